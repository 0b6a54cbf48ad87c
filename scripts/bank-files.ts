/** Reading and writing the bank's data files: the I/O that `questions/` itself never does. */
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parse } from "yaml";
import { env } from "../env";
import { z } from "zod";
import { compileBank, type BankFile, type CompiledBank } from "../questions/compile";
import type { BankProblem, SourceTexts } from "../questions/check-citations";
import { citationRegistrySchema, examGuidesSchema, serviceFileSchema, type ExamGuides } from "../questions/schema";
import { SOURCE_DOCUMENTS } from "../questions/sources";

const BANK_DIR = path.resolve(__dirname, "../questions/bank");
const SERVICES_DIR = path.join(BANK_DIR, "services");
const REGISTRY_DIR = path.join(BANK_DIR, "citations");
const COMPILED_FILE = path.join(BANK_DIR, "compiled.json");
const SCHEMA_DIR = path.join(BANK_DIR, "schema");
const GUIDES_FILE = path.join(BANK_DIR, "exam-guides.yaml");
export const COVERAGE_FILE = path.resolve(__dirname, "../docs/coverage.md");

/** The exam guides' topics; a malformed file stops the command with the field that is wrong. */
export function readExamGuides(): ExamGuides {
  const parsed = examGuidesSchema.safeParse(parse(readFileSync(GUIDES_FILE, "utf8")));
  if (!parsed.success) {
    throw new Error(`exam-guides.yaml: ${parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`);
  }
  return parsed.data;
}

export function coverageIsCurrent(markdown: string): boolean {
  return existsSync(COVERAGE_FILE) && readFileSync(COVERAGE_FILE, "utf8") === markdown;
}

function parseYaml(file: string, problems: BankProblem[]): unknown {
  try {
    return parse(readFileSync(file, "utf8"));
  } catch (error) {
    problems.push({ where: path.relative(process.cwd(), file), message: `not valid YAML: ${(error as Error).message.split("\n")[0]}` });
    return undefined;
  }
}

const yamlFilesIn = (dir: string) =>
  readdirSync(dir)
    .filter((name) => name.endsWith(".yaml"))
    .sort()
    .map((name) => path.join(dir, name));

function readAll(files: string[], folder: string, problems: BankProblem[]): BankFile[] {
  return files.map((file) => ({ path: `${folder}/${path.basename(file)}`, data: parseYaml(file, problems) }));
}

/** Reads citations/*.yaml and every services/*.yaml (or only `only`, paths of service files). */
export function readBankFiles(only?: string[]): { registry: BankFile[]; files: BankFile[]; problems: BankProblem[] } {
  const problems: BankProblem[] = [];
  const registry = readAll(yamlFilesIn(REGISTRY_DIR), "citations", problems);
  const wanted = only?.length ? only.map((file) => path.resolve(file)) : yamlFilesIn(SERVICES_DIR);
  return { registry, files: readAll(wanted, "services", problems), problems };
}

export function readSourceTexts(): SourceTexts | undefined {
  const dir = env().DEMARC_SOURCES_DIR ?? path.resolve(process.cwd(), "../shared/sources");
  if (!existsSync(dir)) return undefined;
  const texts: SourceTexts = {};
  for (const doc of SOURCE_DOCUMENTS) {
    const file = path.join(dir, doc.file);
    if (existsSync(file)) texts[doc.file] = readFileSync(file, "utf8");
  }
  return texts;
}

/** The compiled bank as the app imports it: stable key order, one fact per line group. */
function compiledText(bank: CompiledBank): string {
  return `${JSON.stringify(bank, null, 1)}\n`;
}

export function compileFromDisk(texts?: SourceTexts, only?: string[]) {
  const read = readBankFiles(only);
  const { bank, problems } = compileBank(read.registry, read.files, texts);
  // Checking a few files: citations the other files use are not "unused".
  const relevant = only?.length ? problems.filter((p) => !p.message.startsWith("no fact or service cites")) : problems;
  return { bank, problems: [...read.problems, ...relevant] };
}

export function writeCompiled(bank: CompiledBank) {
  writeFileSync(COMPILED_FILE, compiledText(bank));
  const schemas = {
    "service-file.schema.json": serviceFileSchema,
    "citations.schema.json": citationRegistrySchema,
    "exam-guides.schema.json": examGuidesSchema,
  };
  for (const [name, schema] of Object.entries(schemas)) {
    const json = z.toJSONSchema(schema, { io: "input", unrepresentable: "any" });
    writeFileSync(path.join(SCHEMA_DIR, name), `${JSON.stringify(json, null, 2)}\n`);
  }
}

export function compiledIsCurrent(bank: CompiledBank): boolean {
  return existsSync(COMPILED_FILE) && readFileSync(COMPILED_FILE, "utf8") === compiledText(bank);
}

/** Validates some service files (or all) without compiling: what an editor runs while writing. */
export function checkFiles(files: string[]) {
  const { bank: compiled, problems } = compileFromDisk(readSourceTexts(), files);
  for (const problem of problems) console.error(`✗ ${problem.where}: ${problem.message}`);
  const optionsBySide = (service: string, side: "aws" | "customer") =>
    compiled.facts.filter((f) => f.service === service && f.options[side]).length;
  for (const service of compiled.services) {
    console.log(
      `${service.id}: ${compiled.facts.filter((f) => f.service === service.id).length} facts, options AWS ${optionsBySide(service.id, "aws")} / customer ${optionsBySide(service.id, "customer")}`,
    );
  }
  console.log(problems.length === 0 ? "✓ no problems" : `${problems.length} problem(s)`);
  process.exit(problems.length > 0 ? 1 : 0);
}
