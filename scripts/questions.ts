/**
 * npm run questions -- --compile                    validate questions/bank/**.yaml and write compiled.json
 * npm run questions -- --check                      everything CI checks: files, citations, compiled.json current, question quality
 * npm run questions -- --check-files FILE.yaml …    check some service files while editing them
 * npm run questions -- --json [--seed N] [--count N] [--model M] [--service S] [--topic T] [--kind K]
 * npm run questions -- --sample 40 [--seed N] --markdown   a review sheet to read as a learner would
 * npm run questions -- --services --json            every service with its model, layer and fact count
 * npm run questions -- --coverage                   write docs/coverage.md: exam-guide topics and the facts that teach them
 * npm run questions -- --facts                      the facts as JSON
 * npm run questions -- --gift [filters]             the questions in Moodle GIFT
 */
import { bank } from "../questions/bank";
import { checkBank, checkGenerated } from "../questions/check";
import { generate, type GenerateOptions } from "../questions/generator";
import { questionsToGift } from "../questions/gift";
import { questionMeasures } from "../questions/quality";
import { factModelSchema, topicSchema } from "../questions/schema";
import { QUESTION_KINDS, type Question, type QuestionKind } from "../questions/types";
import { writeFileSync } from "node:fs";
import { coverageMarkdown, unknownGuideIds } from "../questions/coverage";
import {
  checkFiles,
  compiledIsCurrent,
  compileFromDisk,
  COVERAGE_FILE,
  coverageIsCurrent,
  readExamGuides,
  readSourceTexts,
  writeCompiled,
} from "./bank-files";
import { reviewSheet } from "./review-sheet";

const args = process.argv.slice(2);
const flag = (name: string) => args.includes(`--${name}`);
const options = (name: string) => args.flatMap((arg, i) => (arg === `--${name}` && args[i + 1] ? [args[i + 1]] : []));
const option = (name: string) => options(name)[0];

function fail(message: string): never {
  console.error(`error: ${message}`);
  process.exit(2);
}

function positive(name: string): number | undefined {
  const text = option(name);
  if (text === undefined) return undefined;
  const value = Number(text);
  if (!Number.isInteger(value) || value < 1) fail(`--${name} must be a positive whole number, not "${text}"`);
  return value;
}

function generateOptions(): GenerateOptions {
  const seedText = option("seed") ?? "1";
  const seed = /^-?\d+$/.test(seedText) ? Number(seedText) : seedText;
  const models = options("model").map((m) => factModelSchema.safeParse(m).data ?? fail(`unknown model "${m}"`));
  const topics = options("topic").map((t) => topicSchema.safeParse(t).data ?? fail(`unknown topic "${t}"`));
  const kinds = options("kind").map((k) =>
    QUESTION_KINDS.includes(k as QuestionKind) ? (k as QuestionKind) : fail(`unknown kind "${k}"`),
  );
  const serviceIds = options("service");
  for (const id of serviceIds) if (!bank.services.some((s) => s.id === id)) fail(`unknown service "${id}"`);
  return { seed, count: positive("count") ?? positive("sample"), models, topics, kinds, services: serviceIds };
}

function report(problems: { where: string; message: string }[]) {
  for (const problem of problems) console.error(`✗ ${problem.where}: ${problem.message}`);
}

function compile() {
  const { bank: compiled, problems } = compileFromDisk(readSourceTexts());
  report(problems);
  if (problems.length > 0) {
    console.error(`${problems.length} problem(s): compiled.json not written`);
    process.exit(1);
  }
  writeCompiled(compiled);
  console.log(`✓ compiled ${compiled.facts.length} facts over ${compiled.services.length} services into questions/bank/compiled.json`);
}

function check() {
  const texts = readSourceTexts();
  if (!texts) {
    console.error("✗ the source texts were not found: set DEMARC_SOURCES_DIR to the folder holding 000_…txt to 004_…txt");
    process.exit(1);
  }
  const { bank: compiled, problems } = compileFromDisk(texts);
  if (problems.length === 0 && !compiledIsCurrent(compiled)) {
    problems.push({ where: "questions/bank/compiled.json", message: "is older than the YAML files: run npm run questions -- --compile" });
  }
  const guides = readExamGuides();
  for (const id of unknownGuideIds(bank, guides).facts) problems.push({ where: "exam-guides.yaml", message: `no fact "${id}"` });
  if (!coverageIsCurrent(coverageMarkdown(bank, guides))) {
    problems.push({ where: "docs/coverage.md", message: "is out of date: run npm run questions -- --coverage" });
  }
  problems.push(...checkBank(bank.facts, bank.services, texts), ...checkGenerated(bank));
  report(problems);
  const questions = generate(bank, { seed: 1 });
  const byKind = Object.fromEntries(QUESTION_KINDS.map((k) => [k, questions.filter((q) => q.kind === k).length]));
  const measures = questionMeasures(questions);
  console.log(
    `bank ${bank.version}: ${bank.facts.length} facts, ${bank.services.length} services (${bank.services.filter((s) => s.retired).length} retired), ` +
      `${bank.facts.reduce((n, f) => n + f.citations.length, 0)} citations, ${questions.length} questions from seed 1`,
  );
  console.log(
    `questions by kind: ${Object.entries(byKind)
      .map(([k, n]) => `${k} ${n}`)
      .join(", ")}`,
  );
  console.log(
    `distinct prompts ${measures.distinctPrompts}; mean option length ${measures.meanOptionWords.toFixed(1)} words; ` +
      `off-service options in ${measures.offServiceQuestions} of ${measures.singleServiceQuestions} single-service questions; "Hybrid" offered in ${measures.hybridOptions}`,
  );
  console.log(problems.length === 0 ? "✓ no problems" : `${problems.length} problem(s)`);
  process.exit(problems.length > 0 ? 1 : 0);
}

const auditView = (q: Question) => ({
  id: q.id,
  kind: q.kind,
  model: q.model,
  service: q.service,
  topic: q.topic,
  prompt: q.prompt,
  ...(q.kind === "flashcard" ? { answer: q.answer } : { choices: q.choices }),
  explanation: q.explanation,
  citations: q.citations,
  ...(q.disagreement ? { disagreement: q.disagreement } : {}),
});

function services() {
  const rows = bank.services.map((s) => ({
    id: s.id,
    name: s.name,
    model: s.model,
    layer: s.layer ?? null,
    facts: bank.facts.filter((f) => f.service === s.id).length,
    ...(s.retired ? { retired: s.retired } : {}),
  }));
  if (flag("json")) return console.log(JSON.stringify(rows, null, 2));
  for (const row of rows)
    console.log(
      `${row.id.padEnd(22)} ${row.model.padEnd(15)} ${String(row.layer ?? "").padEnd(5)} ${row.facts} facts${row.retired ? " (retired)" : ""}`,
    );
}

function coverage() {
  const guides = readExamGuides();
  const markdown = coverageMarkdown(bank, guides);
  if (flag("stdout")) return process.stdout.write(markdown);
  writeFileSync(COVERAGE_FILE, markdown);
  const unknown = unknownGuideIds(bank, guides);
  console.log(
    `✓ wrote docs/coverage.md${unknown.services.length ? `; services named but not yet in the bank: ${unknown.services.join(", ")}` : ""}`,
  );
}

function main() {
  if (flag("coverage")) return coverage();
  if (flag("check-files")) return checkFiles(args.filter((arg) => arg.endsWith(".yaml")));
  if (flag("compile")) return compile();
  if (flag("check")) return check();
  if (flag("services")) return services();
  if (flag("facts")) return console.log(JSON.stringify(bank.facts, null, 2));
  if (flag("json") || flag("gift") || flag("sample")) {
    const questions = generate(bank, generateOptions());
    if (flag("gift")) return process.stdout.write(questionsToGift(questions));
    if (flag("sample") && !flag("json")) return process.stdout.write(reviewSheet(questions, option("seed") ?? "1"));
    return console.log(JSON.stringify(questions.map(auditView), null, 2));
  }
  console.log(
    "usage: npm run questions -- --compile | --coverage | --check | --check-files FILE… | --json [filters] | --sample N [--seed N] --markdown | --services [--json] | --facts | --gift",
  );
  process.exit(2);
}

main();
