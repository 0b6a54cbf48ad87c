import type { Random } from "../random";
import type { Fact, Service } from "../schema";
import type { Bank } from "../types";

/** What every question builder gets: the bank with lookups, and a random source seeded for this item. */
export interface BuildContext {
  bank: Bank;
  random: Random;
  service(id: string): Service;
  fact(id: string): Fact;
}

export const LETTERS = ["a", "b", "c", "d", "e", "f"];

/** Shuffles choices and gives them opaque ids, so an id never hints at the answer. */
export function finaliseChoices<T extends { text: string; correct: boolean; explanation: string }>(random: Random, choices: T[]) {
  return random.shuffle(choices).map((choice, index) => ({
    id: LETTERS[index],
    text: choice.text,
    correct: choice.correct,
    explanation: choice.explanation,
  }));
}

export function links(model: string, service: string) {
  return { model: `/models/${model === "all" ? "overview" : model}`, service: `/services/${service}` };
}
