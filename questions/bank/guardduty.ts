import { defineFacts } from "../schema";

const GD_DATA_SOURCES = {
  title: "How Amazon GuardDuty uses its data sources",
  url: "https://docs.aws.amazon.com/guardduty/latest/ug/guardduty_data-sources.html",
} as const;
const GD_REMEDIATE = {
  title: "Remediating Security Issues Discovered by GuardDuty",
  url: "https://docs.aws.amazon.com/guardduty/latest/ug/guardduty_remediate.html",
} as const;

export const guarddutyFacts = defineFacts([
  {
    id: "guardduty.threat-detection",
    service: "guardduty",
    model: "abstract",
    topic: "monitoring",
    owner: "aws",
    duty: "collect and analyse the CloudTrail, VPC Flow Log and DNS data that GuardDuty uses to detect threats",
    statement:
      "Once GuardDuty is on, AWS feeds it its own independent copy of the account's CloudTrail events, VPC flow logs and DNS logs and runs the threat analysis; the customer does not have to enable those logs for it.",
    why:
      "GuardDuty is an abstract service: the data pipelines, threat intelligence and detection models behind its endpoint are AWS's to run. The customer only decides where it is on and what to do with findings.",
    misconception: "You must turn on VPC Flow Logs in your account before GuardDuty can analyse network traffic.",
    citations: [
      {
        kind: "aws-doc",
        ...GD_DATA_SOURCES,
        quote:
          "It consumes VPC Flow Log events directly from the VPC Flow Logs feature through an independent and duplicative stream of flow logs.",
      },
      {
        kind: "aws-doc",
        ...GD_DATA_SOURCES,
        quote: "GuardDuty extracts various fields from these logs for profiling and anomaly detection, and then discards the logs.",
      },
    ],
  },
  {
    id: "guardduty.enable-regions",
    service: "guardduty",
    model: "abstract",
    topic: "monitoring",
    owner: "customer",
    duty: "turn on GuardDuty in their accounts and in every AWS Region, including Regions they do not use",
    statement:
      "GuardDuty analyses nothing until the customer enables it, and it works Region by Region, so the customer should enable it in all supported Regions to catch activity in unused ones.",
    why:
      "Choosing which managed security tools to use, and where, is part of configuring the customer's own environment, which is always on the customer's side of the demarc.",
    misconception: "GuardDuty monitors every AWS account and Region automatically.",
    citations: [
      {
        kind: "aws-doc",
        ...GD_DATA_SOURCES,
        quote: "We highly recommend that you enable GuardDuty in all supported AWS Regions.",
      },
      {
        kind: "aws-doc",
        ...GD_DATA_SOURCES,
        quote: "When you enable GuardDuty, it immediately starts analyzing your CloudTrail event logs.",
      },
    ],
  },
  {
    id: "guardduty.remediation",
    service: "guardduty",
    model: "abstract",
    topic: "monitoring",
    owner: "customer",
    duty: "investigate and remediate the compromised instances or credentials that GuardDuty findings point to",
    statement:
      "GuardDuty reports possible compromises; the customer investigates them and acts, for example by cleaning or replacing an instance or rotating exposed credentials.",
    why:
      "The affected instances and credentials are the customer's resources, above the demarc, so responding to what GuardDuty finds is the customer's work.",
    misconception: "GuardDuty automatically isolates compromised EC2 instances and revokes stolen keys.",
    citations: [
      {
        kind: "aws-doc",
        ...GD_REMEDIATE,
        quote: "Investigate the potentially compromised instance for malware and remove any discovered malware.",
      },
      {
        kind: "aws-doc",
        ...GD_REMEDIATE,
        quote: "Amazon GuardDuty generates findings that indicate potential security issues.",
      },
    ],
  },
]);
