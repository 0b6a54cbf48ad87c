import { bank } from "@/questions/bank";
import { generateItem } from "@/questions/generator";
import type { Question } from "@/questions/types";

/*
 * An exam or assignment fixes its questions by item id and seed, and every request of an attempt
 * (start, each saved answer, submit, report) needs them again: a 65-question exam regenerated all
 * 65 on every saved answer, and a class of 300 taking one assignment regenerated the same 65 for
 * each student. The generator is pure, so each question is built once per process and shared.
 * Shared means read-only: entries are frozen, so code that tried to change one would fail loudly.
 */

const LIMIT = 4_000;
const memo = new Map<string, Question | null>();

function deepFreeze<T>(value: T): T {
  if (value && typeof value === "object" && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}

/** The bank question an attempt fixed (item id + seed); null when the bank no longer has the item. */
export function fixedQuestion(itemId: string, seed: string): Question | null {
  const key = `${bank.version}\u0000${seed}\u0000${itemId}`;
  const known = memo.get(key);
  if (known !== undefined) {
    // Refresh its place, so the questions of running attempts stay while old ones age out.
    memo.delete(key);
    memo.set(key, known);
    return known;
  }
  const question = deepFreeze(generateItem(bank, itemId, seed));
  if (memo.size >= LIMIT) memo.delete(memo.keys().next().value!);
  memo.set(key, question);
  return question;
}
