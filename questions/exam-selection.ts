import { selectItems } from "./generator";
import { createRandom, type Seed } from "./random";
import type { FactModel, Topic } from "./schema";
import type { Bank, QuestionKind } from "./types";

/**
 * The share of an exam each kind aims for, close to the real exams' mix: mostly scenarios, a few
 * "Select TWO", and only a handful of the short model and control-category questions, whose
 * prompts are alike and would read machine-made if they filled a fifth of the paper each.
 */
const EXAM_KIND_SHARES: Partial<Record<QuestionKind, number>> = {
  scenario: 0.56,
  "multi-select": 0.2,
  compare: 0.14,
  "which-model": 0.06,
  "control-type": 0.04,
};
const EXAM_KINDS = Object.keys(EXAM_KIND_SHARES) as QuestionKind[];

export interface ExamSelection {
  seed: Seed;
  count: number;
  models?: FactModel[];
  services?: string[];
  topics?: Topic[];
  /** Items the learner saw in their last attempt: used only when nothing else is left. */
  avoid?: Set<string>;
}

/**
 * Picks exam items that spread across models and services, with kinds in their shares: each pick is
 * the candidate whose model, service and kind are least represented so far, ties broken by the seed.
 * Only one item per fact, so two questions never test the same duty.
 */
export function selectExamItems(bank: Bank, selection: ExamSelection): string[] {
  const random = createRandom(selection.seed, "exam");
  const candidates = random.shuffle(
    selectItems(bank, { kinds: EXAM_KINDS, models: selection.models, services: selection.services, topics: selection.topics }),
  );
  const modelCount = new Map<string, number>();
  const serviceCount = new Map<string, number>();
  const kindCount = new Map<string, number>();
  const usedFacts = new Set<string>();
  const picked: string[] = [];
  // "scenario-owner:rds.backups/2" and "pick-customer:rds.backups" test the same fact.
  const factOf = (id: string) => id.slice(id.indexOf(":") + 1).replace(/\/\d+$/, "");
  const remaining = new Set(candidates);
  while (picked.length < selection.count && remaining.size > 0) {
    let best: (typeof candidates)[number] | undefined;
    let bestScore = Infinity;
    for (const item of remaining) {
      const score =
        (modelCount.get(item.model) ?? 0) * 4 +
        (serviceCount.get(item.services[0]) ?? 0) * 3 +
        ((kindCount.get(item.kind) ?? 0) / EXAM_KIND_SHARES[item.kind]!) * 0.4 +
        (usedFacts.has(factOf(item.id)) ? 1000 : 0) +
        (selection.avoid?.has(item.id) ? 500 : 0);
      if (score < bestScore) {
        bestScore = score;
        best = item;
      }
    }
    if (!best) break;
    remaining.delete(best);
    picked.push(best.id);
    usedFacts.add(factOf(best.id));
    modelCount.set(best.model, (modelCount.get(best.model) ?? 0) + 1);
    serviceCount.set(best.services[0], (serviceCount.get(best.services[0]) ?? 0) + 1);
    kindCount.set(best.kind, (kindCount.get(best.kind) ?? 0) + 1);
  }
  return picked;
}
