import { createRandom, type Seed } from "./random";
import type { Fact, FactModel, Service, Topic } from "./schema";
import { QUESTION_KINDS, type Bank, type Question, type QuestionKind } from "./types";
import { dutyOptions, type BuildContext, type DutyOption } from "./kinds/context";
import { ownerFlashcard } from "./kinds/owner-questions";
import { hasDistractors, multiSelect, multiSelectPairs, pickQuestion, scenarioQuestion } from "./kinds/duty-questions";
import { canAskControlType, controlType, hasCitedLayer, whichLayer, whichModel } from "./kinds/model-questions";
import { moveItems, moveQuestion } from "./kinds/compare-questions";

export interface GenerateOptions {
  seed: Seed;
  count?: number;
  models?: FactModel[];
  services?: string[];
  topics?: Topic[];
  kinds?: QuestionKind[];
}

/** One question template applied to one fact (or pair, or service): the unit of progress. */
export interface BankItem {
  id: string;
  kind: QuestionKind;
  model: FactModel;
  services: string[];
  topic: Topic;
  build: (context: BuildContext) => Question | null;
}

interface Lookups {
  services: Map<string, Service>;
  facts: Map<string, Fact>;
  options: Map<string, DutyOption[]>;
}

const lookupCache = new WeakMap<Bank, Lookups>();

function lookups(bank: Bank): Lookups {
  let found = lookupCache.get(bank);
  if (!found) {
    const options = new Map<string, DutyOption[]>();
    for (const option of dutyOptions(bank.facts)) options.set(option.fact.service, [...(options.get(option.fact.service) ?? []), option]);
    found = { services: new Map(bank.services.map((s) => [s.id, s])), facts: new Map(bank.facts.map((f) => [f.id, f])), options };
    lookupCache.set(bank, found);
  }
  return found;
}

function contextFor(fullBank: Bank, seed: Seed, itemId: string): BuildContext {
  const bank = activeBank(fullBank);
  const { services, facts, options } = lookups(bank);
  return {
    bank,
    random: createRandom(seed, itemId),
    service: (id) => services.get(id) ?? missing("service", id),
    fact: (id) => facts.get(id) ?? missing("fact", id),
    optionsOf: (id) => options.get(id) ?? [],
  };
}

const activeCache = new WeakMap<Bank, Bank>();

/** Retired services stay in the bank for the record; nothing is generated from them. */
export function activeBank(bank: Bank): Bank {
  const cached = activeCache.get(bank);
  if (cached) return cached;
  const retired = new Set(bank.services.filter((s) => s.retired).map((s) => s.id));
  const active =
    retired.size === 0
      ? bank
      : { ...bank, services: bank.services.filter((s) => !retired.has(s.id)), facts: bank.facts.filter((f) => !retired.has(f.service)) };
  activeCache.set(bank, active);
  activeCache.set(active, active);
  return active;
}

function missing(what: string, id: string): never {
  throw new Error(`The bank has no ${what} "${id}"`);
}

const itemCache = new WeakMap<Bank, BankItem[]>();

/** Every item the bank can ask, in a fixed order. */
export function bankItems(bank: Bank): BankItem[] {
  const cached = itemCache.get(bank);
  if (cached) return cached;
  const items: BankItem[] = [];
  const active = activeBank(bank);
  const probe = contextFor(active, 0, "probe");
  const factItem = (id: string, kind: QuestionKind, fact: Fact, build: BankItem["build"], extra: string[] = []) =>
    items.push({ id, kind, model: fact.model, services: [fact.service, ...extra], topic: fact.topic, build });
  const serviceItem = (id: string, service: Service, build: BankItem["build"]) =>
    items.push({ id, kind: "which-model", model: service.model, services: [service.id], topic: "models", build });

  for (const fact of active.facts) {
    const asked = fact.owner === "shared" ? (["customer", "aws"] as const) : [fact.owner];
    if (asked.every((side) => hasDistractors(probe, fact.service, side, 3))) {
      // The first scenario keeps the id cards and exams have always used; later ones get a suffix.
      fact.scenarios.forEach((_, index) => {
        const id = index === 0 ? `scenario-owner:${fact.id}` : `scenario-owner:${fact.id}/${index + 1}`;
        factItem(id, "scenario", fact, (c) => scenarioQuestion(fact, index, c, id));
      });
    }
    for (const side of ["customer", "aws"] as const) {
      if (fact.options[side] && hasDistractors(probe, fact.service, side, 3)) {
        factItem(`pick-${side}:${fact.id}`, "scenario", fact, (c) => pickQuestion(fact, side, c));
      }
    }
    if (fact.controlType && canAskControlType(probe, fact))
      factItem(`control-type:${fact.id}`, "control-type", fact, (c) => controlType(fact, c));
    factItem(`flashcard:${fact.id}`, "flashcard", fact, (c) => ownerFlashcard(fact, c));
  }
  for (const side of ["customer", "aws"] as const) {
    for (const pair of multiSelectPairs(probe, side)) {
      factItem(`multi-${side}:${pair[0].id}+${pair[1].id}`, "multi-select", pair[0], (c) => multiSelect(pair, side, c));
    }
  }
  for (const item of moveItems(probe)) {
    const { before, after } = item;
    factItem(`move:${before.id}+${after.id}`, "compare", after, (c) => moveQuestion(item, c), [before.service]);
  }
  for (const service of active.services) {
    if (service.modelCitations.length > 0) serviceItem(`which-model:${service.id}`, service, (c) => whichModel(service, c));
    if (hasCitedLayer(service)) serviceItem(`which-layer:${service.id}`, service, (c) => whichLayer(service, c));
  }
  itemCache.set(bank, items);
  return items;
}

function matches(item: BankItem, options: Omit<GenerateOptions, "seed" | "count">): boolean {
  if (options.kinds?.length && !options.kinds.includes(item.kind)) return false;
  if (options.models?.length && !options.models.includes(item.model)) return false;
  if (options.services?.length && !item.services.some((s) => options.services!.includes(s))) return false;
  if (options.topics?.length && !options.topics.includes(item.topic)) return false;
  return true;
}

export function selectItems(bank: Bank, options: Omit<GenerateOptions, "seed" | "count">): BankItem[] {
  return bankItems(bank).filter((item) => matches(item, options));
}

const itemIndexCache = new WeakMap<Bank, Map<string, BankItem>>();

export function bankItem(bank: Bank, itemId: string): BankItem | undefined {
  let index = itemIndexCache.get(bank);
  if (!index) {
    index = new Map(bankItems(bank).map((item) => [item.id, item]));
    itemIndexCache.set(bank, index);
  }
  return index.get(itemId);
}

/** Builds one item's question for a seed: a card's fresh scenario each time it comes up. */
export function generateItem(bank: Bank, itemId: string, seed: Seed): Question | null {
  const item = bankItem(bank, itemId);
  return item ? item.build(contextFor(bank, seed, item.id)) : null;
}

const MAX_REDRAWS = 8;

/** Takes `count` items, rotating through kinds so no kind crowds the others out. */
function balancedSample(items: BankItem[], count: number, seed: Seed): BankItem[] {
  const random = createRandom(seed, "sample");
  const byKind = QUESTION_KINDS.map((kind) => random.shuffle(items.filter((item) => item.kind === kind))).filter((g) => g.length);
  const picked: BankItem[] = [];
  for (let round = 0; picked.length < count && byKind.some((g) => g.length > round); round++) {
    for (const group of byKind) {
      if (picked.length === count) break;
      if (group[round]) picked.push(group[round]);
    }
  }
  return random.shuffle(picked);
}

/**
 * Pure and seeded: the same bank, seed and filters give the same questions; another seed gives
 * other wordings, scenarios and choice orders (and, with `count`, another sample).
 */
export function generate(bank: Bank, options: GenerateOptions): Question[] {
  const items = selectItems(bank, options);
  const chosen = options.count !== undefined ? balancedSample(items, options.count, options.seed) : items;
  const questions: Question[] = [];
  const prompts = new Set<string>();
  for (const item of chosen) {
    // Two items can draw the same scenario wording; redraw (deterministically) so every prompt is distinct.
    let question = item.build(contextFor(bank, options.seed, item.id));
    for (let attempt = 1; question && prompts.has(question.prompt) && attempt <= MAX_REDRAWS; attempt++) {
      question = item.build(contextFor(bank, `${options.seed}~${attempt}`, item.id));
    }
    if (!question || prompts.has(question.prompt)) continue;
    prompts.add(question.prompt);
    questions.push(question);
  }
  return questions;
}
