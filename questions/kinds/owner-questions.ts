import { citationsOf, disagreementNote, explainFact } from "../explain";
import { OWNER_NAMES } from "../model-rules";
import { ask, capitalise, scene } from "../scenario-text";
import type { Fact, Owner } from "../schema";
import type { Question } from "../types";
import { finaliseChoices, links, type BuildContext } from "./context";

function base(fact: Fact, context: BuildContext) {
  const service = context.service(fact.service);
  return {
    model: fact.model,
    layer: fact.layer,
    controlType: fact.controlType,
    service: fact.service,
    topic: fact.topic,
    factIds: [fact.id],
    explanation: explainFact(fact, service),
    citations: citationsOf([fact]),
    disagreement: disagreementNote(fact),
    links: links(fact.model, fact.service),
  };
}

const sideOf = (owner: Owner) => (owner === "aws" ? "AWS's" : "the customer's");

/** Why picking `chosen` is right or wrong for this fact, in a sentence or two. */
export function ownerChoiceExplanation(fact: Fact, chosen: Owner): string {
  if (chosen === fact.owner) {
    return fact.owner === "shared" && fact.split
      ? `Correct: it is split. AWS: ${fact.split.aws} Customer: ${fact.split.customer}`
      : `Correct. ${fact.statement}`;
  }
  if (fact.owner === "shared" && fact.split) {
    return chosen === "aws"
      ? `Only part of it. AWS ${lowerFirst(fact.split.aws)} But the customer still ${lowerFirst(fact.split.customer)}`
      : `Only part of it. The customer ${lowerFirst(fact.split.customer)} But AWS ${lowerFirst(fact.split.aws)}`;
  }
  if (chosen === "shared") {
    return `No: this duty is not split. It sits wholly on ${sideOf(fact.owner)} side of the demarc. ${fact.statement}`;
  }
  return `No: this duty sits on ${sideOf(fact.owner)} side of the demarc. ${fact.statement}`;
}

function lowerFirst(text: string) {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

function ownerChoiceText(owner: Owner, company: string) {
  if (owner === "aws") return "AWS";
  if (owner === "customer") return `${capitalise(company)} (the customer)`;
  return `Both: AWS and ${company} each own a part`;
}

/** "Your team runs X on RDS and a kernel CVE lands: who patches the OS?" */
export function ownerScenario(fact: Fact, context: BuildContext): Question {
  const { random } = context;
  const setting = scene(random, context.service(fact.service), fact.topic);
  const owners: Owner[] = ["aws", "customer", "shared"];
  return {
    id: `scenario-owner:${fact.id}`,
    kind: "scenario",
    ...base(fact, context),
    prompt: `${setting.lead} ${setting.incident} ${ask(random, fact.duty)}`,
    choices: finaliseChoices(
      random,
      owners.map((owner) => ({
        text: ownerChoiceText(owner, setting.company),
        correct: owner === fact.owner,
        explanation: ownerChoiceExplanation(fact, owner),
      })),
    ),
  };
}

function claim(owner: Owner, company: string, duty: string, alone: boolean) {
  if (owner === "aws") return `${alone ? "AWS alone" : "AWS"} must ${duty}`;
  if (owner === "customer") return `${company}, not AWS, must ${duty}`;
  return `AWS and ${company} share the duty to ${duty}`;
}

/** A claim about who owns the duty: true states the real owner, false a wrong one. */
export function ownerTrueFalse(fact: Fact, context: BuildContext, truth: boolean): Question {
  const { random } = context;
  const setting = scene(random, context.service(fact.service), fact.topic);
  const claimed: Owner = truth ? fact.owner : fact.owner === "aws" ? "customer" : "aws";
  const statement = claim(claimed, setting.company, fact.duty, fact.owner === "shared");
  const rightExplanation = `Correct. ${fact.owner === "shared" && fact.split ? `It is split. AWS: ${fact.split.aws} Customer: ${fact.split.customer}` : fact.statement}`;
  const wrongExplanation = truth
    ? `No: the claim is accurate. ${ownerChoiceExplanation(fact, fact.owner).replace(/^Correct[.:]\s*/, "")}`
    : `No: the claim gives the duty to ${claimed === "aws" ? (fact.owner === "shared" ? "AWS alone" : "AWS") : "the customer"}, but ${OWNER_NAMES[fact.owner] === "Shared" ? "it is shared" : `it belongs to ${fact.owner === "aws" ? "AWS" : "the customer"}`}. ${fact.statement}`;
  return {
    id: `true-false-${truth ? "true" : "false"}:${fact.id}`,
    kind: "true-false",
    ...base(fact, context),
    prompt: `True or false? ${setting.lead} ${capitalise(statement)}.`,
    choices: [
      { id: "true", text: "True", correct: truth, explanation: truth ? rightExplanation : wrongExplanation },
      { id: "false", text: "False", correct: !truth, explanation: truth ? wrongExplanation : rightExplanation },
    ],
  };
}

/** Front: the duty; back: who owns it and why. */
export function ownerFlashcard(fact: Fact, context: BuildContext): Question {
  const service = context.service(fact.service);
  const answer =
    fact.owner === "shared" && fact.split
      ? `Shared. AWS: ${fact.split.aws} Customer: ${fact.split.customer}`
      : `${OWNER_NAMES[fact.owner]}. ${fact.statement}`;
  return {
    id: `flashcard:${fact.id}`,
    kind: "flashcard",
    ...base(fact, context),
    prompt: `${service.id === "aws-cloud" ? "On AWS" : service.shortName}: who must ${fact.duty}?`,
    choices: [],
    answer,
  };
}
