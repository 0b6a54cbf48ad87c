import type { z } from "zod";
import { factSchema, serviceSchema } from "./schema";
import { checkCitation, type BankProblem, type SourceTexts } from "./check-citations";
import { generate } from "./generator";
import { checkQuestionQuality } from "./quality";
import type { Seed } from "./random";
import type { Bank, Question } from "./types";
import { WORDING } from "./wording";

export type { BankProblem, SourceTexts };

const normalise = (text: string) => text.replace(/\s+/g, " ").trim();

/** Each entry that matches its schema, with where it is; schema problems and repeated ids are noted on the way. */
function* validEntries<T extends { id: string }>(kind: string, rows: unknown[], schema: z.ZodType<T>, problems: BankProblem[]) {
  const ids = new Set<string>();
  for (const [index, raw] of rows.entries()) {
    const where = `${kind} ${(raw as { id?: string } | null)?.id ?? `#${index}`}`;
    const parsed = schema.safeParse(raw);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) problems.push({ where, message: `${issue.path.join(".")}: ${issue.message}` });
      continue;
    }
    if (ids.has(parsed.data.id)) problems.push({ where, message: `duplicate ${kind} id` });
    ids.add(parsed.data.id);
    yield { entry: parsed.data, where };
  }
}

/**
 * Validates the whole bank: schemas, unique ids, known services, and (when source texts are given)
 * that every quote stands verbatim in the section it names.
 */
export function checkBank(facts: unknown[], services: unknown[], texts?: SourceTexts): BankProblem[] {
  const problems: BankProblem[] = [];
  const serviceIds = new Set<string>();
  for (const { entry: service, where } of validEntries("service", services, serviceSchema, problems)) {
    serviceIds.add(service.id);
    service.modelCitations.forEach((citation, i) => problems.push(...checkCitation(citation, `${where} modelCitations[${i}]`, texts)));
  }
  const statements = new Set<string>();
  const servicesWithFacts = new Set<string>();
  for (const { entry: fact, where } of validEntries("fact", facts, factSchema, problems)) {
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
    if (!service.retired && !reached.has(service.id))
      problems.push({ where: `service ${service.id}`, message: "no generated question reaches it" });
  }
  problems.push(...checkMoves(bank, questions));
  problems.push(...checkQuestionQuality(bank, questions));
  return problems;
}

/** Every authored move (bank/wording.json) names two services and asks at least one question. */
function checkMoves(bank: Bank, questions: Question[]): BankProblem[] {
  const problems: BankProblem[] = [];
  WORDING.moves.forEach((move, index) => {
    const where = `wording.json moves[${index}] (${move.from} → ${move.to})`;
    for (const id of [move.from, move.to]) {
      if (!bank.services.some((service) => service.id === id)) problems.push({ where, message: `unknown service "${id}"` });
    }
    if (!questions.some((q) => q.id.startsWith(`move:${move.from}.`) && q.id.includes(`+${move.to}.`))) {
      problems.push({ where, message: "no duty is the customer's before the move and AWS's after it, so it asks nothing" });
    }
  });
  return problems;
}
