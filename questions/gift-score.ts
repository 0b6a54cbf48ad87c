import type { GiftKind } from "./gift-parse";

export interface WeightedChoice {
  id: string;
  /** GIFT's percentage weight, -100 to 100. */
  weight: number;
}

/**
 * A response's score from 0 to 1 by GIFT weights, as Moodle grades them. The kind matters: a
 * multiple-choice or true/false question takes one answer and scores its weight (so `=right
 * ~%50%half ~wrong` gives 1, 0.5 or 0); choosing several scores 0, or picking everything would
 * collect the best weight. A multiple-answer question adds the weights of every answer chosen.
 * Penalties lower the score within the question but never below 0; ids not among the choices
 * count for nothing.
 */
export function scoreByWeight(choices: readonly WeightedChoice[], chosenIds: readonly string[], kind: GiftKind): number {
  const chosen = choices.filter((choice) => chosenIds.includes(choice.id));
  if (kind !== "multiple-answer" && chosen.length !== 1) return 0;
  const total = chosen.reduce((sum, choice) => sum + choice.weight, 0) / 100;
  // Weights like 33.33333% add up to 0.9999999: a full answer is worth exactly 1.
  return Math.min(1, Math.max(0, Math.round(total * 10_000) / 10_000));
}
