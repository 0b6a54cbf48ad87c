import { generateItem, selectItems, type BankItem } from "./generator";
import { createRandom, type Seed } from "./random";
import type { FactModel, Topic } from "./schema";
import type { Bank, QuestionKind } from "./types";

/** Every kind a student can answer by choosing: flashcards have no choices, so they are never assigned. */
export const ASSIGNABLE_KINDS: QuestionKind[] = ["scenario", "multi-select", "which-model", "control-type", "compare"];

export interface AssignmentFilter {
  seed: Seed;
  count: number;
  models?: FactModel[];
  services?: string[];
  topics?: Topic[];
  kinds?: QuestionKind[];
}

const factOf = (itemId: string) => itemId.slice(itemId.indexOf(":") + 1);

/**
 * Picks `count` items spread across models, services and kinds (each pick is the candidate whose
 * model, service and kind are least represented so far, ties broken by the seed), one per fact,
 * and no two with the same wording once rendered with the assignment's seed.
 */
export function selectAssignmentItems(bank: Bank, filter: AssignmentFilter): string[] {
  const kinds = filter.kinds?.length ? filter.kinds.filter((k) => ASSIGNABLE_KINDS.includes(k)) : ASSIGNABLE_KINDS;
  if (kinds.length === 0) return [];
  const random = createRandom(filter.seed, "assignment");
  const remaining = new Set(
    random.shuffle(selectItems(bank, { kinds, models: filter.models, services: filter.services, topics: filter.topics })),
  );
  const counts = { model: new Map<string, number>(), service: new Map<string, number>(), kind: new Map<string, number>() };
  const bump = (map: Map<string, number>, key: string) => map.set(key, (map.get(key) ?? 0) + 1);
  const usedFacts = new Set<string>();
  const prompts = new Set<string>();
  const picked: string[] = [];
  while (picked.length < filter.count && remaining.size > 0) {
    let best: BankItem | undefined;
    let bestScore = Infinity;
    for (const item of remaining) {
      const score =
        (counts.model.get(item.model) ?? 0) * 4 +
        (counts.service.get(item.services[0]) ?? 0) * 3 +
        (counts.kind.get(item.kind) ?? 0) * 2 +
        (usedFacts.has(factOf(item.id)) ? 1000 : 0);
      if (score < bestScore) {
        bestScore = score;
        best = item;
      }
    }
    if (!best) break;
    remaining.delete(best);
    const prompt = generateItem(bank, best.id, filter.seed)?.prompt;
    if (!prompt || prompts.has(prompt)) continue;
    prompts.add(prompt);
    picked.push(best.id);
    usedFacts.add(factOf(best.id));
    bump(counts.model, best.model);
    bump(counts.service, best.services[0]);
    bump(counts.kind, best.kind);
  }
  return picked;
}
