/** Writes docs/api.md from the OpenAPI document; `--check` fails when the file is out of date. */
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { openApiDocument } from "@/server/openapi/document";
import { apiMarkdown } from "@/server/openapi/markdown";

const file = path.join(import.meta.dirname, "..", "docs", "api.md");
const rendered = apiMarkdown(openApiDocument());
if (process.argv.includes("--check")) {
  if (readFileSync(file, "utf8") !== rendered) {
    console.error("docs/api.md is out of date: run npm run api-docs");
    process.exit(1);
  }
  console.log("docs/api.md is current");
} else {
  writeFileSync(file, rendered);
  console.log(`wrote ${path.relative(process.cwd(), file)}`);
}
