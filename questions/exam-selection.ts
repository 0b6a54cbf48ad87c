import { selectItems } from "./generator";
import { createRandom, type Seed } from "./random";
import type { FactModel, Topic } from "./schema";
import type { Bank, QuestionKind } from "./types";

const EXAM_KINDS: QuestionKind[] = ["scenario", "multi-select", "which-model", "control-type", "compare"];

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
 * Picks exam items that spread across models, services and question kinds: each pick is the
 * candidate whose model, service and kind are least represented so far, ties broken by the seed.
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
        (kindCount.get(item.kind) ?? 0) * 2 +
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
