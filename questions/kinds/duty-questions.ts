import { citationsOf, disagreementNote, explainFact } from "../explain";
import type { Random } from "../random";
import type { Fact, Service, Topic } from "../schema";
import type { Question } from "../types";
import { finaliseChoices, links, otherSide, type BuildContext, type DraftChoice, type DutyOption, type Side } from "./context";

const SIDE_NAMES: Record<Side, { subject: string; possessive: string }> = {
  aws: { subject: "AWS", possessive: "AWS's" },
  customer: { subject: "the customer", possessive: "the customer's" },
};

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

function choiceOf(option: DutyOption, asked: Side): DraftChoice {
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
function distractors(
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
function base(fact: Fact, service: Service, factIds: string[], facts: Fact[]) {
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

const SCENARIO_ASKS: Record<Side, readonly string[]> = {
  customer: [
    "Under the AWS shared responsibility model, which of the following is the customer's responsibility?",
    "Which of the following tasks is the customer responsible for?",
    "According to the AWS shared responsibility model, which task falls to the customer?",
  ],
  aws: [
    "Under the AWS shared responsibility model, which of the following is AWS's responsibility?",
    "Which of the following tasks does AWS perform?",
    "According to the AWS shared responsibility model, which task falls to AWS?",
  ],
};

/** What the company is looking at when the question is asked: context, never the answer. */
const TOPIC_CONTEXT: Record<Topic, readonly string[]> = {
  patching: [
    "Its operations team is planning how the software stays patched.",
    "A security bulletin has the team asking what needs updating.",
  ],
  encryption: ["Its security team is reviewing how the data is encrypted.", "A new policy requires sensitive data to be encrypted."],
  keys: ["Its security team is reviewing who controls the encryption keys.", "An auditor asks how the encryption keys are managed."],
  network: [
    "Its network team is reviewing which traffic can reach its resources.",
    "A penetration test has raised questions about network exposure.",
  ],
  identity: [
    "Its security team is reviewing who can do what in the account.",
    "An access review is due for the people and applications that use it.",
  ],
  data: ["Its compliance team is reviewing the data the company keeps there.", "A customer has asked how its records are handled."],
  availability: [
    "Its architects are planning for outages and failures.",
    "The business wants the workload to survive the loss of a data centre.",
  ],
  backup: ["Its architects are reviewing how data could be recovered after a mistake.", "The disaster recovery plan is being updated."],
  logging: ["Its auditors want a record of who did what, and when.", "An investigation needs to trace a change made last month."],
  monitoring: [
    "Its operations team wants to hear about problems before customers do.",
    "The security team wants alerts when something looks wrong.",
  ],
  configuration: ["Its security team is reviewing the settings in use.", "A compliance scan has flagged a setting for review."],
  application: ["Its developers are reviewing what they deploy.", "A code review has raised questions about the application."],
  physical: [
    "An auditor asks about the facilities and hardware behind the service.",
    "A risk assessment asks how the hardware is protected.",
  ],
  compliance: ["It is preparing for a compliance audit.", "A regulator has asked for evidence of its controls."],
  models: [
    "A new engineer asks where AWS's part ends and the company's begins.",
    "The team is deciding how much of the stack it wants to run.",
  ],
};

function pickStems(service: Service, topic: Topic): Record<Side, readonly string[]> {
  const using = service.id === "aws-cloud" ? "runs its workloads on AWS" : `uses ${service.name}`;
  const contexts = TOPIC_CONTEXT[topic];
  const [context, other] = [contexts[0], contexts[1]];
  return {
    customer: [
      `A company ${using}. ${context} Under the AWS shared responsibility model, which of the following is the customer's responsibility?`,
      `A company ${using}. ${context} Which of the following is an example of security “in” the cloud?`,
      `A company ${using}. ${context} Which task is the customer responsible for?`,
      `A company ${using}. ${other} Under the AWS shared responsibility model, which of the following is the customer's responsibility?`,
      `A company ${using}. ${other} Which of the following is an example of security “in” the cloud?`,
      `A company ${using}. ${other} Which task is the customer responsible for?`,
    ],
    aws: [
      `A company ${using}. ${context} Under the AWS shared responsibility model, which of the following is AWS's responsibility?`,
      `A company ${using}. ${context} Which of the following is part of security “of” the cloud?`,
      `A company ${using}. ${context} Which task does AWS perform?`,
      `A company ${using}. ${other} Under the AWS shared responsibility model, which of the following is AWS's responsibility?`,
      `A company ${using}. ${other} Which of the following is part of security “of” the cloud?`,
      `A company ${using}. ${other} Which task does AWS perform?`,
    ],
  };
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
  const prompt = `${fact.scenarios[scenarioIndex]} ${context.random.pick(SCENARIO_ASKS[asked])}`;
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

const MULTI_LEADS = [
  "Its security team is drawing up a responsibility matrix.",
  "A new engineer asks which tasks the team still owns.",
  "The team is reviewing its runbook before going live.",
  "An auditor asks who performs which security tasks.",
];

/** "Which TWO of the following are AWS's responsibilities? (Select TWO.)" */
export function multiSelect(pair: [Fact, Fact], side: Side, context: BuildContext): Question | null {
  const { random } = context;
  const [first, second] = pair;
  const service = context.service(first.service);
  const using = service.id === "aws-cloud" ? "runs its workloads on AWS" : `uses ${service.name}`;
  const situation = ` ${random.pick(first.topic === second.topic ? TOPIC_CONTEXT[first.topic] : MULTI_LEADS)}`;
  const prompt = random.pick([
    `A company ${using}.${situation} Which TWO of the following are ${SIDE_NAMES[side].possessive} responsibilities under the AWS shared responsibility model? (Select TWO.)`,
    side === "customer"
      ? `A company ${using}.${situation} Which TWO of the following are examples of security “in” the cloud? (Select TWO.)`
      : `A company ${using}.${situation} Which TWO of the following are part of security “of” the cloud? (Select TWO.)`,
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
