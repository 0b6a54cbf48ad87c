import { generateItem, selectItems, type BankItem } from "./generator";
import { createRandom, type Seed } from "./random";
import type { FactModel, Topic } from "./schema";
import { PAPER_KINDS, spreadPick } from "./spread-selection";
import type { Bank, QuestionKind } from "./types";

/** Every kind a student can answer by choosing: flashcards have no choices, so they are never assigned. */
export const ASSIGNABLE_KINDS: QuestionKind[] = PAPER_KINDS;

export interface AssignmentFilter {
  seed: Seed;
  count: number;
  models?: FactModel[];
  services?: string[];
  topics?: Topic[];
  kinds?: QuestionKind[];
}

/**
 * An assignment's items from the instructor's filters: spread across models, services and kinds
 * (see spreadPick), and no two with the same wording once rendered with the assignment's seed.
 */
export function selectAssignmentItems(bank: Bank, filter: AssignmentFilter): string[] {
  const kinds = filter.kinds?.length ? filter.kinds.filter((k) => ASSIGNABLE_KINDS.includes(k)) : ASSIGNABLE_KINDS;
  if (kinds.length === 0) return [];
  const random = createRandom(filter.seed, "assignment");
  const candidates = random.shuffle(selectItems(bank, { kinds, models: filter.models, services: filter.services, topics: filter.topics }));
  const prompts = new Set<string>();
  const newWording = (item: BankItem) => {
    const prompt = generateItem(bank, item.id, filter.seed)?.prompt;
    if (!prompt || prompts.has(prompt)) return false;
    prompts.add(prompt);
    return true;
  };
  return spreadPick(candidates, { count: filter.count, accept: newWording });
}
