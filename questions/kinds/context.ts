import type { Random } from "../random";
import type { Fact, Service } from "../schema";
import type { Bank, ChoiceView } from "../types";

/** What every question builder gets: the bank with lookups, and a random source seeded for this item. */
export interface BuildContext {
  bank: Bank;
  random: Random;
  service(id: string): Service;
  fact(id: string): Fact;
  /** Every duty option of one service (both sides of a shared fact), in bank order. */
  optionsOf(serviceId: string): DutyOption[];
}

export type Side = "aws" | "customer";

/** One side of one fact, worded as an exam option. */
export interface DutyOption {
  fact: Fact;
  side: Side;
  text: string;
}

export const otherSide = (side: Side): Side => (side === "aws" ? "customer" : "aws");

export function dutyOptions(facts: Fact[]): DutyOption[] {
  return facts.flatMap((fact) =>
    (["aws", "customer"] as const).flatMap((side) => (fact.options[side] ? [{ fact, side, text: fact.options[side]! }] : [])),
  );
}

const LETTERS = ["a", "b", "c", "d", "e", "f"];

export interface DraftChoice {
  text: string;
  correct: boolean;
  explanation: string;
  factId?: string;
  service?: string;
}

/** Shuffles choices and gives them opaque ids, so an id never hints at the answer. */
export function finaliseChoices(random: Random, choices: DraftChoice[]): ChoiceView[] {
  return random.shuffle(choices).map((choice, index) => ({
    id: LETTERS[index],
    text: choice.text,
    correct: choice.correct,
    explanation: choice.explanation,
    ...(choice.factId ? { factId: choice.factId } : {}),
    ...(choice.service ? { service: choice.service } : {}),
  }));
}

export function links(model: string, service: string) {
  return { model: `/models/${model === "all" ? "overview" : model}`, service: `/services/${service}` };
}
