import { citationsOf, explainFact, modelSentence } from "../explain";
import { capitalise, scene } from "../scenario-text";
import type { Fact } from "../schema";
import type { Question } from "../types";
import { finaliseChoices, links, type BuildContext } from "./context";

export type Side = "customer" | "aws";

const sideLabel = (side: Side) => (side === "customer" ? "the customer" : "AWS");

/**
 * Plausible wrong answers: duties the other side owns, first on the same service, then on other
 * services of the same model. Never shared duties, which would be half right.
 */
function distractorPools(context: BuildContext, anchor: Fact, side: Side, exclude: Set<string>) {
  const other: Side = side === "customer" ? "aws" : "customer";
  const usable = (fact: Fact) => fact.owner === other && !exclude.has(fact.id) && fact.service !== "aws-cloud";
  return {
    sameService: context.bank.facts.filter((fact) => fact.service === anchor.service && usable(fact)),
    sameModel: context.bank.facts.filter((fact) => fact.service !== anchor.service && fact.model === anchor.model && usable(fact)),
  };
}

export function dutyDistractors(context: BuildContext, anchor: Fact, side: Side, count: number, exclude: Set<string>): Fact[] {
  const { sameService, sameModel } = distractorPools(context, anchor, side, exclude);
  const seenDuties = new Set<string>();
  const picked: Fact[] = [];
  for (const fact of [...context.random.shuffle(sameService), ...context.random.shuffle(sameModel)]) {
    if (picked.length === count) break;
    if (seenDuties.has(fact.duty)) continue;
    seenDuties.add(fact.duty);
    picked.push(fact);
  }
  return picked;
}

function dutyChoice(fact: Fact, correct: boolean, side: Side, context: BuildContext) {
  const service = context.service(fact.service);
  const where = fact.service === "aws-cloud" ? "" : ` on ${service.shortName}`;
  return {
    text: capitalise(fact.duty),
    correct,
    explanation: correct
      ? `Correct: this stays with ${sideLabel(side)}${where}. ${fact.statement}`
      : `No: ${fact.owner === "aws" ? "AWS" : "the customer"} owns this${where}, not ${sideLabel(side)}. ${fact.statement}`,
  };
}

/** Whether a pick question can be built: enough plausible distractors exist. */
export function canPickDuty(context: BuildContext, fact: Fact, side: Side): boolean {
  if (fact.owner !== side || fact.service === "aws-cloud") return false;
  const { sameService, sameModel } = distractorPools(context, fact, side, new Set([fact.id]));
  return new Set([...sameService, ...sameModel].map((candidate) => candidate.duty)).size >= 3;
}

/** "After moving X to Lambda, which of these is still your team's job?" */
export function pickDuty(fact: Fact, side: Side, context: BuildContext): Question {
  const { random } = context;
  const service = context.service(fact.service);
  const setting = scene(random, service, fact.topic);
  const distractors = dutyDistractors(context, fact, side, 3, new Set([fact.id]));
  const question =
    side === "customer"
      ? random.pick(["Which of these duties stays with the customer?", "Which of these is still the customer's job?"])
      : random.pick(["Which of these duties does AWS take care of?", "Which of these is AWS's job, not the customer's?"]);
  return {
    id: `pick-${side}:${fact.id}`,
    kind: "scenario",
    model: fact.model,
    layer: fact.layer,
    service: fact.service,
    topic: fact.topic,
    factIds: [fact.id, ...distractors.map((d) => d.id)],
    prompt: `${setting.lead} ${question}`,
    choices: finaliseChoices(random, [dutyChoice(fact, true, side, context), ...distractors.map((d) => dutyChoice(d, false, side, context))]),
    explanation: explainFact(fact, service),
    citations: citationsOf([fact, ...distractors]),
    links: links(fact.model, fact.service),
  };
}

/** Pairs of same-side duties on one service, for "select TWO" questions. */
export function multiSelectPairs(context: BuildContext, side: Side): [Fact, Fact][] {
  const pairs: [Fact, Fact][] = [];
  for (const service of context.bank.services) {
    if (service.id === "aws-cloud") continue;
    const own = context.bank.facts.filter((fact) => fact.service === service.id && fact.owner === side);
    if (own.length < 2) continue;
    const count = own.length === 2 ? 1 : own.length;
    for (let i = 0; i < count; i++) pairs.push([own[i], own[(i + 1) % own.length]]);
  }
  return pairs;
}

/** "Select TWO duties that stay with the customer when …" */
export function multiSelect(pair: [Fact, Fact], side: Side, context: BuildContext): Question | null {
  const { random } = context;
  const [first, second] = pair;
  const service = context.service(first.service);
  const distractors = dutyDistractors(context, first, side, 3, new Set([first.id, second.id]));
  if (distractors.length < 2 || first.duty === second.duty) return null;
  const setting = scene(random, service, first.topic);
  const who = side === "customer" ? "stay with the customer" : "AWS takes care of";
  return {
    id: `multi-${side}:${first.id}+${second.id}`,
    kind: "multi-select",
    model: first.model,
    service: first.service,
    topic: first.topic,
    factIds: [first.id, second.id, ...distractors.map((d) => d.id)],
    prompt: `${setting.lead} Select TWO duties that ${who}.`,
    selectCount: 2,
    choices: finaliseChoices(random, [
      dutyChoice(first, true, side, context),
      dutyChoice(second, true, side, context),
      ...distractors.map((d) => dutyChoice(d, false, side, context)),
    ]),
    explanation: [modelSentence(first, service), first.statement, second.statement, first.why].join(" "),
    citations: citationsOf([first, second, ...distractors]),
    links: links(first.model, first.service),
  };
}
