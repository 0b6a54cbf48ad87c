import { citationsOf, disagreementNote, explainFact } from "../explain";
import type { Random } from "../random";
import type { Fact, Service, Topic } from "../schema";
import { WORDING } from "../wording";
import type { Question } from "../types";
import { finaliseChoices, links, otherSide, type BuildContext, type DraftChoice, type DutyOption, type Side } from "./context";

const SIDE_NAMES: Record<Side, { subject: string; possessive: string }> = {
  aws: { subject: "AWS", possessive: "AWS's" },
  customer: { subject: "the customer", possessive: "the customer's" },
};

/** "A company uses Amazon RDS." (or "runs its workloads on AWS" for the account-wide entry) */
const companyUsing = (service: Service) =>
  `A company ${service.id === "aws-cloud" ? "runs its workloads on AWS" : `uses ${service.name}`}.`;

const wordCount = (text: string) => text.split(/\s+/).length;

/** Why an option is right or wrong when the question asks for `asked`'s duties. */
function optionExplanation(option: DutyOption, asked: Side): string {
  const { fact, side } = option;
  const owner = SIDE_NAMES[side].subject;
  const verdict = side === asked ? "Correct" : "No";
  if (fact.owner === "shared" && fact.split) {
    return `${verdict}: this is ${owner}'s part of a shared duty. ${fact.split[side]}`;
  }
  return side === asked ? `${verdict}. ${fact.statement}` : `${verdict}: ${owner} does this. ${fact.statement}`;
}

export function choiceOf(option: DutyOption, asked: Side): DraftChoice {
  return {
    text: option.text,
    correct: option.side === asked,
    explanation: optionExplanation(option, asked),
    factId: option.fact.id,
    service: option.fact.service,
  };
}

/**
 * Wrong answers from the same service: the other side's options, closest in length to the right
 * ones (so no option stands out by its length), never repeating a text or appearing in the prompt.
 */
export function distractors(
  context: BuildContext,
  service: string,
  asked: Side,
  count: number,
  avoid: { texts: string[]; prompt: string; topic: Topic },
): DutyOption[] {
  const targetLength = avoid.texts.reduce((sum, text) => sum + wordCount(text), 0) / Math.max(1, avoid.texts.length);
  const prompt = avoid.prompt.toLowerCase();
  const seen = new Set(avoid.texts.map((text) => text.toLowerCase()));
  // Same-topic duties first (the hardest to tell apart), then the closest in length.
  const candidates = context
    .optionsOf(service)
    .filter((option) => option.side === otherSide(asked) && !prompt.includes(option.text.toLowerCase()))
    .map((option) => ({
      option,
      distance: (option.fact.topic === avoid.topic ? 0 : 3) + Math.abs(wordCount(option.text) - targetLength) + context.random.next() * 2.5,
    }))
    .sort((a, b) => a.distance - b.distance);
  const picked: DutyOption[] = [];
  for (const { option } of candidates) {
    if (picked.length === count) break;
    if (seen.has(option.text.toLowerCase())) continue;
    seen.add(option.text.toLowerCase());
    picked.push(option);
  }
  return picked;
}

/** Whether the service offers enough of the other side's options to ask for `asked`'s duties. */
export function hasDistractors(context: BuildContext, service: string, asked: Side, count: number): boolean {
  return (
    new Set(
      context
        .optionsOf(service)
        .filter((option) => option.side === otherSide(asked))
        .map((o) => o.text),
    ).size >= count
  );
}

/** `factIds` are the facts the question tests; the facts behind wrong options are on each choice. */
export function base(fact: Fact, service: Service, factIds: string[], facts: Fact[]) {
  return {
    model: fact.model,
    layer: fact.layer,
    controlType: fact.controlType,
    service: fact.service,
    topic: fact.topic,
    factIds,
    citations: citationsOf(facts),
    disagreement: disagreementNote(fact),
    links: links(fact.model, service.id),
  };
}

/** "A company uses <service>. <situation> <ask>": each of the topic's situations with each ask. */
function pickStems(service: Service, topic: Topic): Record<Side, readonly string[]> {
  const company = companyUsing(service);
  const stems = (side: Side) =>
    WORDING.situations[topic].flatMap((situation) => WORDING.pickAsks[side].map((ask) => `${company} ${situation} ${ask}`));
  return { customer: stems("customer"), aws: stems("aws") };
}

/** The side a shared fact is asked about: seeded, so another day may ask for the other part. */
const askedSide = (fact: Fact, random: Random): Side => (fact.owner === "shared" ? random.pick(["customer", "aws"] as const) : fact.owner);

function oneAnswer(fact: Fact, asked: Side, prompt: string, id: string, context: BuildContext): Question | null {
  const service = context.service(fact.service);
  const right = { fact, side: asked, text: fact.options[asked]! };
  const wrong = distractors(context, fact.service, asked, 3, { texts: [right.text], prompt, topic: fact.topic });
  if (wrong.length < 3) return null;
  return {
    id,
    kind: "scenario",
    ...base(fact, service, [fact.id], [fact, ...wrong.map((o) => o.fact)]),
    prompt,
    choices: finaliseChoices(context.random, [choiceOf(right, asked), ...wrong.map((o) => choiceOf(o, asked))]),
    explanation: explainFact(fact),
  };
}

/** An authored situation on this service, then "which of these is the customer's (or AWS's) job?" */
export function scenarioQuestion(fact: Fact, scenarioIndex: number, context: BuildContext, id: string): Question | null {
  const asked = askedSide(fact, context.random);
  const prompt = `${fact.scenarios[scenarioIndex]} ${context.random.pick(WORDING.scenarioAsks[asked])}`;
  return oneAnswer(fact, asked, prompt, id, context);
}

/** The classic stem: "A company uses Amazon RDS. Which of the following is AWS's responsibility?" */
export function pickQuestion(fact: Fact, asked: Side, context: BuildContext): Question | null {
  const service = context.service(fact.service);
  const prompt = context.random.pick(pickStems(service, fact.topic)[asked]);
  return oneAnswer(fact, asked, prompt, `pick-${asked}:${fact.id}`, context);
}

/** Pairs of same-side options on one service (different facts), for "Which TWO …?" questions. */
export function multiSelectPairs(context: BuildContext, side: Side): [Fact, Fact][] {
  const pairs: [Fact, Fact][] = [];
  for (const service of context.bank.services) {
    const own = context.optionsOf(service.id).filter((option) => option.side === side);
    if (own.length < 2 || !hasDistractors(context, service.id, side, 3)) continue;
    const count = own.length === 2 ? 1 : own.length;
    for (let i = 0; i < count; i++) pairs.push([own[i].fact, own[(i + 1) % own.length].fact]);
  }
  return pairs;
}

/** "Which TWO of the following are AWS's responsibilities? (Select TWO.)" */
export function multiSelect(pair: [Fact, Fact], side: Side, context: BuildContext): Question | null {
  const { random } = context;
  const [first, second] = pair;
  const service = context.service(first.service);
  const lead = `${companyUsing(service)} ${random.pick(first.topic === second.topic ? WORDING.situations[first.topic] : WORDING.multiSelectLeads)}`;
  const prompt = random.pick([
    `${lead} Which TWO of the following are ${SIDE_NAMES[side].possessive} responsibilities under the AWS shared responsibility model? (Select TWO.)`,
    side === "customer"
      ? `${lead} Which TWO of the following are examples of security “in” the cloud? (Select TWO.)`
      : `${lead} Which TWO of the following are part of security “of” the cloud? (Select TWO.)`,
  ]);
  const rights = [first, second].map((fact) => ({ fact, side, text: fact.options[side]! }));
  if (rights[0].text === rights[1].text) return null;
  const wrong = distractors(context, first.service, side, 3, { texts: rights.map((r) => r.text), prompt, topic: first.topic });
  if (wrong.length < 3) return null;
  return {
    id: `multi-${side}:${first.id}+${second.id}`,
    kind: "multi-select",
    ...base(first, service, [first.id, second.id], [first, second, ...wrong.map((o) => o.fact)]),
    disagreement: disagreementNote(first) ?? disagreementNote(second),
    prompt,
    selectCount: 2,
    choices: finaliseChoices(random, [...rights.map((r) => choiceOf(r, side)), ...wrong.map((o) => choiceOf(o, side))]),
    explanation: [first.statement, second.statement, first.why].join(" "),
  };
}
