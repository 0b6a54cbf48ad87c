import { factSchema, serviceSchema, type Citation, type Fact, type Service } from "./schema";
import { SOURCE_DOCUMENTS, sourceDocument } from "./sources";
import { generate } from "./generator";
import type { Seed } from "./random";
import type { Bank } from "./types";

/** The text of each source file, keyed by file name; the caller does the reading. */
export type SourceTexts = Record<string, string>;

export interface BankProblem {
  where: string;
  message: string;
}

const normalise = (text: string) => text.replace(/\s+/g, " ").trim();

/** The slice of a source file that a section covers: from its anchor line to the next section's. */
export function sectionText(file: string, sectionName: string, texts: SourceTexts): string | undefined {
  const doc = sourceDocument(file);
  const text = texts[file];
  if (!doc || text === undefined) return undefined;
  const lines = text.split(/\r?\n/);
  const startOf = (anchor: string) => lines.findIndex((line) => line.trim().startsWith(anchor));
  const index = doc.sections.findIndex((section) => section.name === sectionName);
  if (index < 0) return undefined;
  const start = startOf(doc.sections[index].anchor);
  if (start < 0) return undefined;
  const laterStarts = doc.sections
    .slice(index + 1)
    .map((section) => startOf(section.anchor))
    .filter((line) => line > start);
  const end = laterStarts.length > 0 ? Math.min(...laterStarts) : lines.length;
  return lines.slice(start, end).join("\n");
}

function checkCitation(citation: Citation, where: string, texts: SourceTexts | undefined): BankProblem[] {
  if (citation.kind === "aws-doc") {
    const problems: BankProblem[] = [];
    if (!/\.html(#[\w-]+)?$/.test(citation.url) && !citation.url.endsWith("/")) {
      problems.push({ where, message: `AWS documentation URL should name an .html page: ${citation.url}` });
    }
    return problems;
  }
  const doc = sourceDocument(citation.file);
  if (!doc) return [{ where, message: `unknown source file ${citation.file}` }];
  if (!doc.sections.some((section) => section.name === citation.section)) {
    return [
      {
        where,
        message: `section "${citation.section}" is not a section of ${citation.file}; use one of: ${doc.sections.map((s) => `"${s.name}"`).join(", ")}`,
      },
    ];
  }
  if (!texts) return [];
  if (texts[citation.file] === undefined) return [{ where, message: `source file ${citation.file} was not found` }];
  const section = sectionText(citation.file, citation.section, texts);
  if (section === undefined) {
    return [{ where, message: `section "${citation.section}" has no anchor line in ${citation.file}` }];
  }
  if (!normalise(section).includes(normalise(citation.quote))) {
    const elsewhere = normalise(texts[citation.file]).includes(normalise(citation.quote));
    return [
      {
        where,
        message: elsewhere
          ? `quote is in ${citation.file} but not in section "${citation.section}": "${citation.quote}"`
          : `quote not found verbatim in ${citation.file}: "${citation.quote}"`,
      },
    ];
  }
  return [];
}

/**
 * Validates the whole bank: schemas, unique ids, known services, and (when source texts are given)
 * that every quote stands verbatim in the section it names.
 */
export function checkBank(facts: unknown[], services: unknown[], texts?: SourceTexts): BankProblem[] {
  const problems: BankProblem[] = [];
  const serviceIds = new Set<string>();
  for (const [index, raw] of services.entries()) {
    const parsed = serviceSchema.safeParse(raw);
    const where = `service ${(raw as Service)?.id ?? `#${index}`}`;
    if (!parsed.success) {
      for (const issue of parsed.error.issues) problems.push({ where, message: `${issue.path.join(".")}: ${issue.message}` });
      continue;
    }
    if (serviceIds.has(parsed.data.id)) problems.push({ where, message: "duplicate service id" });
    serviceIds.add(parsed.data.id);
    parsed.data.modelCitations.forEach((citation, i) =>
      problems.push(...checkCitation(citation, `${where} modelCitations[${i}]`, texts)),
    );
  }
  const factIds = new Set<string>();
  const statements = new Set<string>();
  const servicesWithFacts = new Set<string>();
  for (const [index, raw] of facts.entries()) {
    const parsed = factSchema.safeParse(raw);
    const where = `fact ${(raw as Fact)?.id ?? `#${index}`}`;
    if (!parsed.success) {
      for (const issue of parsed.error.issues) problems.push({ where, message: `${issue.path.join(".")}: ${issue.message}` });
      continue;
    }
    const fact = parsed.data;
    if (factIds.has(fact.id)) problems.push({ where, message: "duplicate fact id" });
    factIds.add(fact.id);
    if (statements.has(normalise(fact.statement))) problems.push({ where, message: "statement repeats another fact's" });
    statements.add(normalise(fact.statement));
    if (!serviceIds.has(fact.service)) problems.push({ where, message: `unknown service "${fact.service}"` });
    servicesWithFacts.add(fact.service);
    fact.citations.forEach((citation, i) => problems.push(...checkCitation(citation, `${where} citations[${i}]`, texts)));
  }
  for (const id of serviceIds) {
    if (!servicesWithFacts.has(id)) problems.push({ where: `service ${id}`, message: "no fact teaches this service" });
  }
  return problems;
}

export { SOURCE_DOCUMENTS };

/** Checks what the generator makes from the bank: distinct prompts, sound choices, citations, reach. */
export function checkGenerated(bank: Bank, seed: Seed = 1): BankProblem[] {
  const problems: BankProblem[] = [];
  const questions = generate(bank, { seed });
  const prompts = new Map<string, string>();
  const reached = new Set<string>();
  for (const question of questions) {
    const where = `question ${question.id}`;
    const earlier = prompts.get(question.prompt);
    if (earlier) problems.push({ where, message: `same prompt as ${earlier}` });
    prompts.set(question.prompt, question.id);
    reached.add(question.service);
    if (question.citations.length === 0) problems.push({ where, message: "has no citation" });
    if (!question.explanation.trim()) problems.push({ where, message: "has no explanation" });
    if (question.kind === "flashcard") {
      if (!question.answer) problems.push({ where, message: "flashcard has no answer" });
      continue;
    }
    const texts = question.choices.map((choice) => choice.text.toLowerCase());
    if (new Set(texts).size !== texts.length) problems.push({ where, message: "repeats an option" });
    if (question.choices.some((choice) => !choice.explanation.trim())) problems.push({ where, message: "an option has no explanation" });
    const correct = question.choices.filter((choice) => choice.correct).length;
    const expected = question.selectCount ?? 1;
    if (correct !== expected) problems.push({ where, message: `${correct} correct options, expected ${expected}` });
  }
  for (const service of bank.services) {
    if (!reached.has(service.id)) problems.push({ where: `service ${service.id}`, message: "no generated question reaches it" });
  }
  return problems;
}
