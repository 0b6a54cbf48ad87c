import type { Random } from "./random";
import type { Service, Topic } from "./schema";

export const COMPANIES = [
  "Northwind Traders",
  "Contoso Health",
  "a three-person fintech start-up",
  "Fabrikam Logistics",
  "a regional hospital group",
  "Tailspin Airlines",
  "a city council",
  "Adatum Insurance",
  "an online bookshop",
  "a university research lab",
  "Wingtip Games",
  "a retail bank",
  "Litware Media",
  "a national charity",
  "Proseware Robotics",
  "an e-learning company",
] as const;

/** Events that make a duty urgent, by topic: the learner must spot which duty it touches. */
const INCIDENTS: Record<Topic, readonly string[]> = {
  patching: [
    "A critical kernel CVE is published this morning.",
    "A vendor bulletin announces a serious security flaw in the software stack.",
    "The monthly patch review comes round.",
    "A scanner reports missing security updates.",
  ],
  encryption: [
    "An auditor asks how the data is protected at rest and in transit.",
    "A new company policy says every record must be encrypted.",
    "A customer contract now requires encryption of personal data.",
  ],
  keys: [
    "The security team asks who controls the encryption keys.",
    "The annual key rotation review is due.",
    "A regulator asks who can use and rotate the keys that protect the data.",
  ],
  network: [
    "A penetration test finds a port that should not be reachable.",
    "The network team reviews what can reach the workload.",
    "Traffic from an unknown address range shows up in the logs.",
  ],
  identity: [
    "An access key turns up in a public Git repository.",
    "An engineer leaves the company and their access must go today.",
    "An audit finds users with far more permissions than they need.",
  ],
  data: [
    "A customer asks what is stored about them and who is accountable for it.",
    "The legal team asks who is answerable for the records that are kept.",
    "A data-classification exercise begins.",
  ],
  availability: [
    "An Availability Zone outage hits the Region.",
    "The business asks what happens if a data centre fails.",
    "Traffic triples during a seasonal sale.",
  ],
  backup: [
    "Someone deletes important records by mistake.",
    "Ransomware hits a laptop and the team wants to know what can be restored.",
    "The disaster-recovery plan is being reviewed.",
  ],
  logging: [
    "An investigator needs to know who changed a setting last week.",
    "The auditors want a year of activity records.",
    "A suspicious change was made and nobody remembers making it.",
  ],
  monitoring: [
    "The on-call engineer wants an alarm when errors rise.",
    "A threat-detection finding appears on the dashboard.",
    "Nobody noticed the last incident until customers complained.",
  ],
  configuration: [
    "A compliance scan flags a setting as non-compliant.",
    "A review finds configuration drift between environments.",
    "A new security baseline has to be applied.",
  ],
  application: [
    "A SQL injection flaw is found in the team's code.",
    "A library the code depends on has a known vulnerability.",
    "A code review finds secrets hard-coded in the application.",
  ],
  physical: [
    "An auditor asks how access to the data centres is controlled.",
    "A customer asks who guards the buildings where the servers run.",
    "A risk assessment asks about fire, power and flood protection.",
  ],
  models: [
    "A new engineer asks where AWS's job ends and the team's begins.",
    "The architecture review asks which parts of the stack the team still runs.",
  ],
  compliance: [
    "An auditor asks for evidence for a SOC 2 report.",
    "A PCI DSS assessment is scheduled.",
    "A customer sends a security questionnaire.",
  ],
};

const LEADS = [
  (company: string, workload: string, service: string) => `${capitalise(company)} runs ${workload} on ${service}.`,
  (company: string, workload: string, service: string) => `Your team at ${company} has moved ${workload} to ${service}.`,
  (company: string, workload: string, service: string) => `At ${company}, the team keeps ${workload} on ${service}.`,
  (company: string, workload: string, service: string) => `${capitalise(company)} has built ${workload} on ${service}.`,
] as const;

const ASKS = [
  (duty: string) => `Who must ${duty}?`,
  (duty: string) => `Under the shared responsibility model, whose responsibility is it to ${duty}?`,
  (duty: string) => `Whose job is it to ${duty}?`,
] as const;

export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export interface Scene {
  company: string;
  workload: string;
  lead: string;
  incident: string;
}

/** A company, one of the service's workloads, and an event on the fact's topic. */
export function scene(random: Random, service: Service, topic: Topic): Scene {
  const company = random.pick(COMPANIES);
  const workload = random.pick(service.workloads);
  const serviceName = service.id === "aws-cloud" ? "AWS" : service.name;
  const lead = random.pick(LEADS)(company, workload, serviceName);
  return { company, workload, lead, incident: random.pick(INCIDENTS[topic]) };
}

export function ask(random: Random, duty: string): string {
  return random.pick(ASKS)(duty);
}
