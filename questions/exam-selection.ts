import { selectItems } from "./generator";
import { createRandom, type Seed } from "./random";
import type { FactModel, Topic } from "./schema";
import { PAPER_KINDS, spreadPick } from "./spread-selection";
import type { Bank } from "./types";

export interface ExamSelection {
  seed: Seed;
  count: number;
  models?: FactModel[];
  services?: string[];
  topics?: Topic[];
  /** Items the learner saw in their last attempt: used only when nothing else is left. */
  avoid?: Set<string>;
}

/** A mock exam's items: spread across models, services and kinds (see spreadPick), avoiding the last attempt's where it can. */
export function selectExamItems(bank: Bank, selection: ExamSelection): string[] {
  const random = createRandom(selection.seed, "exam");
  const candidates = random.shuffle(
    selectItems(bank, { kinds: PAPER_KINDS, models: selection.models, services: selection.services, topics: selection.topics }),
  );
  return spreadPick(candidates, { count: selection.count, avoid: selection.avoid });
}
