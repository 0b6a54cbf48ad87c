import { citationsOf, disagreementNote, explainFact } from "../explain";
import { OWNER_NAMES } from "../model-rules";
import type { Fact } from "../schema";
import type { Question } from "../types";
import { links, type BuildContext } from "./context";

/** Front: the duty on its service; back: who owns it, each side's part, and why. */
export function ownerFlashcard(fact: Fact, context: BuildContext): Question {
  const service = context.service(fact.service);
  const answer =
    fact.owner === "shared" && fact.split
      ? `Shared. AWS: ${fact.split.aws} Customer: ${fact.split.customer}`
      : `${OWNER_NAMES[fact.owner]}. ${fact.statement}`;
  return {
    id: `flashcard:${fact.id}`,
    kind: "flashcard",
    model: fact.model,
    layer: fact.layer,
    controlType: fact.controlType,
    service: fact.service,
    topic: fact.topic,
    factIds: [fact.id],
    prompt: `${service.id === "aws-cloud" ? "On AWS" : service.name}: who must ${fact.duty}?`,
    choices: [],
    answer,
    explanation: explainFact(fact),
    citations: citationsOf([fact]),
    disagreement: disagreementNote(fact),
    links: links(fact.model, fact.service),
  };
}
