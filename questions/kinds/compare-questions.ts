import { citationsOf, disagreementNote } from "../explain";
import type { Fact, Owner } from "../schema";
import type { Question } from "../types";
import { finaliseChoices, links, type BuildContext } from "./context";

/**
 * Duties that mean the same thing on every service, worded so one question can ask about two.
 * Only duties whose owner does not hinge on a setting: encryption at rest is left out because on
 * most services AWS encrypts by default while the key choice is the customer's.
 */
const COMPARABLE_DUTIES: Record<string, string> = {
  "os-patching": "patching the operating system the workload runs on",
  "engine-patching": "patching the database engine or platform software",
  "access-policies": "writing the policies that decide who can access the resources",
  "network-access": "controlling which network traffic can reach the resources",
  "high-availability": "keeping the workload running when an Availability Zone fails",
  hardware: "maintaining the physical servers and storage",
  data: "answering for the data that is stored",
  "app-code": "securing the application code that is deployed",
  hypervisor: "isolating the workload from other tenants at the virtualization layer",
  credentials: "managing the users and passwords that sign in to the workload",
  backups: "configuring backups and how long they are kept",
};

/** Duties whose owner depends on a launch type a compare prompt cannot state (ECS/EKS on EC2 vs Fargate). */
const DEPENDS_ON_LAUNCH_TYPE = new Set(["ecs.os-patching", "eks.os-patching", "eks.node-patching"]);

/**
 * Services a workload runs or lives on. A compare item asks how one duty shifts between two of
 * them (EC2 vs RDS vs Lambda); on management, network and security tools the same duty key means
 * something else ("who patches the OS" is about their own servers, not a workload).
 */
const HOSTS_WORKLOADS = new Set([
  "ec2",
  "ebs",
  "lightsail",
  "outposts",
  "elastic-beanstalk",
  "ecs",
  "eks",
  "fargate",
  "lambda",
  "app-runner",
  "rds",
  "aurora",
  "dynamodb",
  "elasticache",
  "redshift",
  "opensearch",
  "emr",
  "documentdb",
  "neptune",
  "s3",
  "glacier",
  "efs",
  "fsx",
  "sqs",
  "sns",
  "kinesis",
  "workspaces",
  "sagemaker",
]);

const dutyKeyOf = (fact: Fact) => fact.id.slice(fact.id.indexOf(".") + 1);

/** Pairs of facts with the same duty on two services and different owners. */
export function comparePairs(facts: Fact[]): [Fact, Fact][] {
  const byKey = new Map<string, Fact[]>();
  for (const fact of facts) {
    const key = dutyKeyOf(fact);
    if (
      !(key in COMPARABLE_DUTIES) ||
      fact.service === "aws-cloud" ||
      !HOSTS_WORKLOADS.has(fact.service) ||
      DEPENDS_ON_LAUNCH_TYPE.has(fact.id)
    )
      continue;
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

const OWNER_CLAUSE: Record<Owner, string> = { aws: "AWS does it", customer: "the customer does it", shared: "it is shared" };

export function compare([first, second]: [Fact, Fact], context: BuildContext): Question {
  const { random } = context;
  const a = context.service(first.service);
  const b = context.service(second.service);
  const duty = COMPARABLE_DUTIES[dutyKeyOf(first)];
  const combos: [Owner, Owner][] = [
    [first.owner, second.owner],
    [second.owner, first.owner],
    ["aws", "aws"],
    ["customer", "customer"],
    ["shared", "shared"],
  ];
  const unique = combos.filter((combo, i) => combos.findIndex((c) => c[0] === combo[0] && c[1] === combo[1]) === i).slice(0, 4);
  const text = ([oa, ob]: [Owner, Owner]) => `On ${a.shortName} ${OWNER_CLAUSE[oa]}; on ${b.shortName} ${OWNER_CLAUSE[ob]}`;
  const summary = `On ${a.shortName}: ${first.statement} On ${b.shortName}: ${second.statement}`;
  const wrongPart = (service: string, actual: Owner, claimed: Owner) =>
    actual === claimed ? "" : `On ${service} ${OWNER_CLAUSE[actual]}, not as claimed.`;
  return {
    id: `compare:${first.id}+${second.id}`,
    kind: "compare",
    model: first.model,
    service: first.service,
    topic: first.topic,
    factIds: [first.id, second.id],
    prompt: `A company uses ${a.name} and ${b.name}. Which statement about ${duty} is correct?`,
    choices: finaliseChoices(
      random,
      unique.map((combo, index) => ({
        text: text(combo),
        correct: index === 0,
        explanation:
          index === 0
            ? `Correct. ${summary}`
            : `No. ${wrongPart(a.shortName, first.owner, combo[0])} ${wrongPart(b.shortName, second.owner, combo[1])}`
                .replace(/\s+/g, " ")
                .trim(),
      })),
    ),
    explanation: `${summary} ${first.why}`,
    citations: citationsOf([first, second]),
    disagreement: disagreementNote(first) ?? disagreementNote(second),
    links: links(first.model, first.service),
  };
}
