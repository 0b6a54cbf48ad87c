import { activeBank, bankItem, generateItem } from "./generator";
import { createRandom, type Seed } from "./random";
import type { FactModel, Topic } from "./schema";
import type { Bank, Question } from "./types";

/**
 * What a learner's card is about: one fact (asked through whichever template the day's seed picks)
 * or one service's model. Questions from exams and assignments map back onto these.
 */
export interface PracticeItem {
  id: string;
  factId?: string;
  service: string;
  model: FactModel;
  topic: Topic;
}

export type PracticeMode = "quiz" | "flashcard";

const FACT_TEMPLATES = ["pick-customer", "pick-aws", "control-type"];
/** A fact has one scenario item per authored scenario: `scenario-owner:<fact>`, then `…/2`, `…/3`. */
const MAX_SCENARIOS = 6;
const scenarioTemplates = (factId: string) =>
  Array.from({ length: MAX_SCENARIOS }, (_, index) => (index === 0 ? `scenario-owner:${factId}` : `scenario-owner:${factId}/${index + 1}`));

const cache = new WeakMap<Bank, PracticeItem[]>();

export function practiceItems(bank: Bank): PracticeItem[] {
  const cached = cache.get(bank);
  if (cached) return cached;
  const active = activeBank(bank);
  const items: PracticeItem[] = active.facts.map((fact) => ({
    id: `fact:${fact.id}`,
    factId: fact.id,
    service: fact.service,
    model: fact.model,
    topic: fact.topic,
  }));
  for (const service of active.services) {
    if (service.modelCitations.length > 0) {
      items.push({ id: `service-model:${service.id}`, service: service.id, model: service.model, topic: "models" });
    }
  }
  cache.set(bank, items);
  return items;
}

/** The bank items a practice item can be asked through, in quiz mode. */
function quizTemplates(bank: Bank, practiceItemId: string): string[] {
  const [kind, key] = splitId(practiceItemId);
  if (kind === "fact") return [...scenarioTemplates(key), ...FACT_TEMPLATES.map((t) => `${t}:${key}`)].filter((id) => bankItem(bank, id));
  if (kind === "service-model") return [`which-model:${key}`, `which-layer:${key}`].filter((id) => bankItem(bank, id));
  return [];
}

function splitId(id: string): [string, string] {
  const at = id.indexOf(":");
  return at < 0 ? [id, ""] : [id.slice(0, at), id.slice(at + 1)];
}

/** A fresh question for a card: the seed picks the template and the scenario. */
export function renderPracticeItem(bank: Bank, practiceItemId: string, seed: Seed, mode: PracticeMode): Question | null {
  const [kind, key] = splitId(practiceItemId);
  if (mode === "flashcard") {
    if (kind === "fact") return generateItem(bank, `flashcard:${key}`, seed);
    const question = generateItem(bank, `which-model:${key}`, seed);
    if (!question) return null;
    const right = question.choices.find((choice) => choice.correct);
    return { ...question, kind: "flashcard", choices: [], answer: `${right?.text}. ${right?.explanation.replace(/^Correct[.:]\s*/, "")}` };
  }
  const templates = quizTemplates(bank, practiceItemId);
  if (templates.length === 0) return null;
  const template = createRandom(seed, practiceItemId, "template").pick(templates);
  return generateItem(bank, template, seed);
}

/** The practice items a question exercises: where a miss in an exam or assignment lands. */
export function practiceItemsForQuestion(question: Pick<Question, "id" | "factIds" | "service" | "kind">): string[] {
  const [template] = splitId(question.id);
  if (template === "which-model" || template === "which-layer") return [`service-model:${question.service}`];
  // Options carry the facts they were drawn from; only the facts the question asks about count.
  const primary = template.startsWith("multi-") || template === "move" ? question.factIds.slice(0, 2) : question.factIds.slice(0, 1);
  return primary.map((factId) => `fact:${factId}`);
}
