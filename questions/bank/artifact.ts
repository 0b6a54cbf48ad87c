import { defineFacts } from "../schema";

const ARTIFACT_WHAT_IS = {
  title: "What is AWS Artifact?",
  url: "https://docs.aws.amazon.com/artifact/latest/ug/what-is-aws-artifact.html",
} as const;
const RUBY_COMPLIANCE = {
  title: "Compliance Validation for AWS SDK for Ruby",
  url: "https://docs.aws.amazon.com/sdk-for-ruby/v3/developer-guide/compliance-validation.html",
} as const;

export const artifactFacts = defineFacts([
  {
    id: "artifact.aws-compliance-reports",
    service: "artifact",
    model: "abstract",
    topic: "compliance",
    owner: "aws",
    duty: "provide the third-party audit reports and certifications (such as SOC, PCI DSS and ISO) that cover AWS's infrastructure and services",
    statement:
      "AWS publishes the auditors' reports and certifications for its own infrastructure and services in AWS Artifact, free of charge, for customers to download and hand to their auditors.",
    why:
      "These reports evidence AWS's side of the demarc. Customers inherit them as proof that the cloud underneath their workload is controlled.",
    misconception: "To audit AWS's data-centre controls, customers must commission their own audit of AWS.",
    citations: [
      {
        kind: "aws-doc",
        ...ARTIFACT_WHAT_IS,
        quote:
          "AWS Artifact provides on-demand downloads of AWS security and compliance documents, such as AWS ISO certifications, Payment Card Industry (PCI), and Service Organization Control (SOC) reports.",
      },
      {
        kind: "aws-doc",
        ...RUBY_COMPLIANCE,
        quote: "Third-party audit reports are available for you to download using AWS Artifact.",
      },
    ],
  },
  {
    id: "artifact.customer-compliance-evidence",
    service: "artifact",
    model: "abstract",
    topic: "compliance",
    owner: "customer",
    duty: "produce the compliance evidence for their own company and workloads",
    statement:
      "Artifact's documents describe AWS only. Evidence that the customer's own applications, configurations and processes comply has to come from the customer.",
    why:
      "An AWS audit report stops at AWS's side of the demarc; everything the customer builds on top is assessed as the customer's.",
    misconception: "An AWS SOC 2 report downloaded from Artifact is enough to pass the customer's own SOC 2 audit.",
    citations: [
      {
        kind: "aws-doc",
        ...ARTIFACT_WHAT_IS,
        quote: "AWS Artifact provides documents about AWS only.",
      },
      {
        kind: "aws-doc",
        ...ARTIFACT_WHAT_IS,
        quote:
          "AWS customers are responsible for developing or obtaining documents that demonstrate the security and compliance of their companies.",
      },
    ],
  },
  {
    id: "artifact.agreements",
    service: "artifact",
    model: "abstract",
    topic: "compliance",
    owner: "customer",
    duty: "review and accept agreements such as the HIPAA Business Associate Addendum for the accounts that will handle regulated data",
    statement:
      "If a customer needs an agreement such as the BAA, it must review and accept it in AWS Artifact and designate the accounts that will process the protected information.",
    why:
      "Whether a workload is subject to HIPAA, and which accounts hold that data, is something only the customer knows, so entering the agreement is the customer's step.",
    misconception: "Every AWS account is automatically covered by a HIPAA BAA.",
    citations: [
      {
        kind: "aws-doc",
        ...ARTIFACT_WHAT_IS,
        quote: "You can also use AWS Artifact to review, accept, and track the status of AWS agreements such as the Business Associate Addendum (BAA).",
      },
      {
        kind: "aws-doc",
        ...ARTIFACT_WHAT_IS,
        quote:
          "With AWS Artifact, you can accept agreements with AWS and designate AWS accounts that can legally process restricted information.",
      },
    ],
  },
]);
