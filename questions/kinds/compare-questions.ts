import { citationsOf, explainFact } from "../explain";
import { capitalise, scene } from "../scenario-text";
import type { Fact, Owner } from "../schema";
import type { Question } from "../types";
import { finaliseChoices, links, type BuildContext } from "./context";

/** Duties that mean the same thing on every service, worded so one question can ask about two. */
export const COMPARABLE_DUTIES: Record<string, string> = {
  "os-patching": "patch the operating system the workload runs on",
  "engine-patching": "patch the database engine or platform software",
  "access-policies": "write the policies that decide who can access the resources",
  "encryption-at-rest": "turn on and choose the encryption of data at rest",
  "encryption-in-transit": "protect traffic between clients and the service with TLS",
  "network-access": "control which network traffic can reach the resources",
  "high-availability": "keep the workload running when an Availability Zone fails",
  hardware: "maintain the physical servers and storage",
  data: "answer for the data that is stored",
  "app-code": "secure the application code that is deployed",
  hypervisor: "isolate the workload from other tenants at the virtualisation layer",
  credentials: "manage the users and passwords that sign in to the workload",
  backups: "configure backups and how long they are kept",
  logging: "turn on and keep activity logs",
};

export const dutyKeyOf = (fact: Fact) => fact.id.slice(fact.id.indexOf(".") + 1);

/** Pairs of facts with the same duty on two services and different owners. */
export function comparePairs(facts: Fact[]): [Fact, Fact][] {
  const byKey = new Map<string, Fact[]>();
  for (const fact of facts) {
    const key = dutyKeyOf(fact);
    if (!(key in COMPARABLE_DUTIES) || fact.service === "aws-cloud") continue;
    byKey.set(key, [...(byKey.get(key) ?? []), fact]);
  }
  const pairs: [Fact, Fact][] = [];
  for (const group of byKey.values()) {
    group.forEach((first, i) => {
      // Each fact meets up to two later facts with another owner: enough variety without a combinatorial flood.
      const partners = group.slice(i + 1).filter((second) => second.owner !== first.owner && second.service !== first.service);
      partners.slice(0, 2).forEach((second) => pairs.push([first, second]));
    });
  }
  return pairs;
}

const ownerWord = (owner: Owner) => (owner === "aws" ? "AWS" : owner === "customer" ? "the customer" : "shared");

export function compare([first, second]: [Fact, Fact], context: BuildContext): Question {
  const { random } = context;
  const a = context.service(first.service);
  const b = context.service(second.service);
  const duty = COMPARABLE_DUTIES[dutyKeyOf(first)];
  const setting = scene(random, a, first.topic);
  const combos: [Owner, Owner][] = [
    [first.owner, second.owner],
    [second.owner, first.owner],
    ["aws", "aws"],
    ["customer", "customer"],
    ["shared", "shared"],
  ];
  const unique = combos.filter((combo, i) => combos.findIndex((c) => c[0] === combo[0] && c[1] === combo[1]) === i).slice(0, 4);
  const text = ([oa, ob]: [Owner, Owner]) => `${a.shortName}: ${ownerWord(oa)} · ${b.shortName}: ${ownerWord(ob)}`;
  const summary = `On ${a.shortName}, ${first.statement} On ${b.shortName}, ${second.statement}`;
  return {
    id: `compare:${first.id}+${second.id}`,
    kind: "compare",
    model: first.model,
    service: first.service,
    topic: first.topic,
    factIds: [first.id, second.id],
    prompt: `${capitalise(setting.company)} runs one workload on ${a.name} and another on ${b.name}. ${a.shortName} vs ${b.shortName}: who must ${duty}?`,
    choices: finaliseChoices(
      random,
      unique.map((combo, index) => ({
        text: text(combo),
        correct: index === 0,
        explanation:
          index === 0
            ? `Correct. ${summary}`
            : `No. ${combo[0] !== first.owner ? `On ${a.shortName} it is ${ownerWord(first.owner)}, not ${ownerWord(combo[0])}.` : ""} ${combo[1] !== second.owner ? `On ${b.shortName} it is ${ownerWord(second.owner)}, not ${ownerWord(combo[1])}.` : ""}`.replace(/\s+/g, " ").trim(),
      })),
    ),
    explanation: `${explainFact(first, a)} Compare ${b.shortName}: ${explainFact(second, b)}`,
    citations: citationsOf([first, second]),
    links: links(first.model, first.service),
  };
}
