import { readFileSync, existsSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { checkBank, type SourceTexts } from "../questions/check";
import { SOURCE_DOCUMENTS } from "../questions/sources";
import { services } from "../questions/bank/services";

const args = process.argv.slice(2);
const flag = (name: string) => args.includes(`--${name}`);
const option = (name: string) => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 ? args[at + 1] : undefined;
};

function readSources(): SourceTexts | undefined {
  const dir = process.env.DEMARC_SOURCES_DIR ?? path.resolve(process.cwd(), "../shared/sources");
  if (!existsSync(dir)) return undefined;
  const texts: SourceTexts = {};
  for (const doc of SOURCE_DOCUMENTS) {
    const file = path.join(dir, doc.file);
    if (existsSync(file)) texts[doc.file] = readFileSync(file, "utf8");
  }
  return texts;
}

async function loadFacts(): Promise<unknown[]> {
  const file = option("file");
  if (file) {
    const mod = await import(pathToFileURL(path.resolve(file)).href);
    const arrays = Object.values(mod).filter(Array.isArray) as unknown[][];
    return arrays.flat();
  }
  const { facts } = await import("../questions/bank/index");
  return facts;
}

async function main() {
  if (flag("check")) {
    const texts = readSources();
    if (!texts) console.warn("warning: ../shared/sources not found (set DEMARC_SOURCES_DIR); quotes not verified");
    const facts = await loadFacts();
    const single = option("file") !== undefined;
    const problems = checkBank(facts, services, texts).filter(
      (p) => !(single && (p.message === "no fact teaches this service" || p.where.startsWith("service "))),
    );
    for (const problem of problems) console.error(`✗ ${problem.where}: ${problem.message}`);
    console.log(`${facts.length} facts checked, ${problems.length} problem(s)`);
    process.exit(problems.length > 0 ? 1 : 0);
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
