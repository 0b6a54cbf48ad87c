import type { BankItem } from "./generator";
import type { QuestionKind } from "./types";

/**
 * The share of a paper each kind aims for, close to the real exams' mix: mostly scenarios, a few
 * "Select TWO", and only a handful of the short model and control-category questions, whose
 * prompts are alike and would read machine-made if they filled a fifth of the paper each.
 */
const KIND_SHARES: Partial<Record<QuestionKind, number>> = {
  scenario: 0.56,
  "multi-select": 0.2,
  "which-model": 0.06,
  "control-type": 0.04,
  compare: 0.14,
};

/** Every kind a paper (an exam or an assignment) can hold: flashcards have no choices. */
export const PAPER_KINDS = Object.keys(KIND_SHARES) as QuestionKind[];

/** "scenario-owner:rds.backups/2" and "pick-customer:rds.backups" test the same fact. */
const factOf = (itemId: string) => itemId.slice(itemId.indexOf(":") + 1).replace(/\/\d+$/, "");

export interface SpreadOptions {
  count: number;
  /** Items to leave out unless nothing else is left (the learner's last attempt). */
  avoid?: Set<string>;
  /** A last say on each pick: an item it refuses is passed over (an assignment's repeated wording). */
  accept?: (item: BankItem) => boolean;
}

/**
 * Picks up to `count` of the candidates (in the order given, which breaks ties), spread across
 * models and services, with kinds in their shares of the kinds on offer, and one item per fact:
 * each pick is the candidate whose model, service and kind are least represented so far.
 */
export function spreadPick(candidates: BankItem[], { count, avoid, accept = () => true }: SpreadOptions): string[] {
  const offered = new Set(candidates.map((item) => item.kind));
  const totalShare = [...offered].reduce((sum, kind) => sum + (KIND_SHARES[kind] ?? 0), 0);
  const share = (kind: QuestionKind) => (KIND_SHARES[kind] ?? 0) / totalShare;
  const counts = { model: new Map<string, number>(), service: new Map<string, number>(), kind: new Map<string, number>() };
  const countOf = (map: Map<string, number>, key: string) => map.get(key) ?? 0;
  const bump = (map: Map<string, number>, key: string) => map.set(key, countOf(map, key) + 1);
  const usedFacts = new Set<string>();
  const remaining = new Set(candidates);
  const picked: string[] = [];
  while (picked.length < count && remaining.size > 0) {
    let best: BankItem | undefined;
    let bestScore = Infinity;
    for (const item of remaining) {
      const score =
        countOf(counts.model, item.model) * 4 +
        countOf(counts.service, item.services[0]) * 3 +
        (countOf(counts.kind, item.kind) / share(item.kind)) * 0.4 +
        (usedFacts.has(factOf(item.id)) ? 1000 : 0) +
        (avoid?.has(item.id) ? 500 : 0);
      if (score < bestScore) {
        bestScore = score;
        best = item;
      }
    }
    if (!best) break;
    remaining.delete(best);
    if (!accept(best)) continue;
    picked.push(best.id);
    usedFacts.add(factOf(best.id));
    bump(counts.model, best.model);
    bump(counts.service, best.services[0]);
    bump(counts.kind, best.kind);
  }
  return picked;
}
