import { disagreementNote } from "../explain";
import type { Fact } from "../schema";
import type { Question } from "../types";
import { WORDING, type Move } from "../wording";
import { finaliseChoices, type BuildContext } from "./context";
import { base, choiceOf, distractors, hasDistractors } from "./duty-questions";

/**
 * Duty keys that mean the same thing on every service that hosts a workload, so the same key on
 * two services is one duty that a move hands from the customer to AWS. Other keys may share a name
 * and mean something else ("who patches the OS" of a management tool is about its own servers).
 */
const COMPARABLE_DUTIES = new Set([
  "os-patching",
  "engine-patching",
  "access-policies",
  "network-access",
  "high-availability",
  "hardware",
  "data",
  "app-code",
  "hypervisor",
  "credentials",
  "backups",
]);

const dutyKeyOf = (fact: Fact) => fact.id.slice(fact.id.indexOf(".") + 1);

/** One authored move and one duty it hands over: the customer's before, AWS's after. */
export interface MoveItem {
  move: Move;
  before: Fact;
  after: Fact;
}

/** Every duty each authored move hands from the customer to AWS (on a service that can offer four options). */
export function moveItems(context: BuildContext): MoveItem[] {
  const { facts } = context.bank;
  const byId = new Map(facts.map((fact) => [fact.id, fact]));
  return WORDING.moves
    .filter((move) => hasDistractors(context, move.to, "aws", 3))
    .flatMap((move) =>
      facts
        .filter((before) => before.service === move.from && before.owner === "customer" && COMPARABLE_DUTIES.has(dutyKeyOf(before)))
        .flatMap((before) => {
          const after = byId.get(`${move.to}.${dutyKeyOf(before)}`);
          return after?.owner === "aws" && after.options.aws ? [{ move, before, after }] : [];
        }),
    );
}

/** "A company plans to move its MySQL database from EC2 to RDS. Which task will AWS take over?" */
export function moveQuestion({ move, before, after }: MoveItem, context: BuildContext): Question | null {
  const { random } = context;
  const prompt = `${move.situation} ${random.pick(WORDING.moveAsks)}`;
  const right = { fact: after, side: "aws" as const, text: after.options.aws! };
  const wrong = distractors(context, after.service, "aws", 3, { texts: [right.text], prompt, topic: after.topic });
  if (wrong.length < 3) return null;
  const from = context.service(before.service);
  const to = context.service(after.service);
  return {
    id: `move:${before.id}+${after.id}`,
    kind: "compare",
    ...base(after, to, [before.id, after.id], [before, after, ...wrong.map((option) => option.fact)]),
    disagreement: disagreementNote(after) ?? disagreementNote(before),
    prompt,
    choices: finaliseChoices(random, [choiceOf(right, "aws"), ...wrong.map((option) => choiceOf(option, "aws"))]),
    explanation: `On ${from.name}: ${before.statement} On ${to.name}: ${after.statement} ${after.why}`,
  };
}
