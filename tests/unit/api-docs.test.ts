import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { openApiDocument } from "@/server/openapi/document";
import { apiMarkdown } from "@/server/openapi/markdown";

describe("docs/api.md", () => {
  it("is exactly what the OpenAPI document renders (run npm run api-docs after changing an API schema)", () => {
    const onDisk = readFileSync(path.join(import.meta.dirname, "..", "..", "docs", "api.md"), "utf8");
    expect(onDisk).toBe(apiMarkdown(openApiDocument()));
  });

  it("documents the review rules a client cannot guess from the schemas", () => {
    const doc = readFileSync(path.join(import.meta.dirname, "..", "..", "docs", "api.md"), "utf8");
    const reviews = doc.slice(doc.indexOf("### `POST /api/v1/reviews`"), doc.indexOf("### `POST /api/v1/reviews/{reviewId}/rating`"));
    expect(reviews).toMatch(/409\*\* The card is not the one `\/api\/v1\/practice\/next` is showing/);
    expect(reviews).toMatch(/`durationMs` .* is optional/);
    const request = doc.slice(doc.indexOf("### ReviewRequest"), doc.indexOf("###", doc.indexOf("### ReviewRequest") + 5));
    expect(request).toMatch(/`durationMs` \(integer, optional\)/);
    expect(doc).toMatch(/`enable_fuzz: true`/);
  });
});
