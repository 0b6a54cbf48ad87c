/**
 * npm run questions -- --check                      validate the bank and every citation
 * npm run questions -- --json [--seed N] [--count N] [--model M] [--service S] [--topic T] [--kind K]
 * npm run questions -- --facts                      the facts as JSON
 * npm run questions -- --gift [filters]             the questions in Moodle GIFT
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { env } from "../env";
import { pathToFileURL } from "node:url";
import { bank } from "../questions/bank";
import { checkBank, checkGenerated, type SourceTexts } from "../questions/check";
import { generate, type GenerateOptions } from "../questions/generator";
import { questionsToGift } from "../questions/gift";
import { SOURCE_DOCUMENTS } from "../questions/sources";
import { services } from "../questions/bank/services";
import { factModelSchema, topicSchema } from "../questions/schema";
import { QUESTION_KINDS, type QuestionKind } from "../questions/types";

const args = process.argv.slice(2);
const flag = (name: string) => args.includes(`--${name}`);
const options = (name: string) => args.flatMap((arg, i) => (arg === `--${name}` && args[i + 1] ? [args[i + 1]] : []));
const option = (name: string) => options(name)[0];

function fail(message: string): never {
  console.error(`error: ${message}`);
  process.exit(2);
}

function readSources(): SourceTexts | undefined {
  const dir = env().DEMARC_SOURCES_DIR ?? path.resolve(process.cwd(), "../shared/sources");
  if (!existsSync(dir)) return undefined;
  const texts: SourceTexts = {};
  for (const doc of SOURCE_DOCUMENTS) {
    const file = path.join(dir, doc.file);
    if (existsSync(file)) texts[doc.file] = readFileSync(file, "utf8");
  }
  return texts;
}

function generateOptions(): GenerateOptions {
  const seedText = option("seed") ?? "1";
  const seed = /^-?\d+$/.test(seedText) ? Number(seedText) : seedText;
  const countText = option("count");
  const count = countText === undefined ? undefined : Number(countText);
  if (count !== undefined && (!Number.isInteger(count) || count < 1)) fail(`--count must be a positive whole number, not "${countText}"`);
  const models = options("model").map((m) => factModelSchema.safeParse(m).data ?? fail(`unknown model "${m}"`));
  const topics = options("topic").map((t) => topicSchema.safeParse(t).data ?? fail(`unknown topic "${t}"`));
  const kinds = options("kind").map((k) => (QUESTION_KINDS.includes(k as QuestionKind) ? (k as QuestionKind) : fail(`unknown kind "${k}"`)));
  const serviceIds = options("service");
  for (const id of serviceIds) if (!services.some((s) => s.id === id)) fail(`unknown service "${id}"`);
  return { seed, count, models, topics, kinds, services: serviceIds };
}

async function check() {
  const texts = readSources();
  if (!texts) {
    console.error("✗ the source texts were not found: set DEMARC_SOURCES_DIR to the folder holding 000_…txt to 004_…txt");
    process.exit(1);
  }
  const file = option("file");
  const facts = file
    ? (Object.values(await import(pathToFileURL(path.resolve(file)).href)).filter(Array.isArray) as unknown[][]).flat()
    : bank.facts;
  let problems = checkBank(facts, services, texts);
  if (file) {
    problems = problems.filter((p) => !p.where.startsWith("service "));
  } else {
    problems.push(...checkGenerated(bank));
  }
  for (const problem of problems) console.error(`✗ ${problem.where}: ${problem.message}`);
  if (!file) {
    const questions = generate(bank, { seed: 1 });
    const byKind = Object.fromEntries(QUESTION_KINDS.map((k) => [k, questions.filter((q) => q.kind === k).length]));
    const citedServices = new Set(bank.facts.map((f) => f.service));
    console.log(
      `bank ${bank.version}: ${bank.facts.length} facts, ${citedServices.size} services (${bank.services.length} in the registry), ` +
        `${bank.facts.reduce((n, f) => n + f.citations.length, 0)} citations, ${questions.length} questions from seed 1`,
    );
    console.log(`questions by kind: ${Object.entries(byKind).map(([k, n]) => `${k} ${n}`).join(", ")}`);
  }
  console.log(problems.length === 0 ? "✓ no problems" : `${problems.length} problem(s)`);
  process.exit(problems.length > 0 ? 1 : 0);
}

async function main() {
  if (flag("check")) return check();
  if (flag("facts")) return console.log(JSON.stringify(bank.facts, null, 2));
  if (flag("json") || flag("gift")) {
    const questions = generate(bank, generateOptions());
    if (flag("gift")) return process.stdout.write(questionsToGift(questions));
    const output = questions.map((q) => ({
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
    }));
    return console.log(JSON.stringify(output, null, 2));
  }
  console.log("usage: npm run questions -- --check | --json [--seed N] [--count N] [--model M] [--service S] [--topic T] [--kind K] | --facts | --gift");
  process.exit(2);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
