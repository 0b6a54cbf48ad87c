import { defineFacts } from "../schema";

const F004 = "004_aa8011a1b640d359.txt" as const;

export const snsFacts = defineFacts([
  {
    id: "sns.encryption-at-rest",
    service: "sns",
    model: "abstract",
    topic: "encryption",
    owner: "customer",
    duty: "enable server-side encryption with a KMS key on SNS topics that carry sensitive messages",
    statement:
      "Encrypting messages stored in an SNS topic with a KMS key is a topic setting the customer turns on and for which it picks the key; compliance checks flag topics left without it.",
    why:
      "AWS performs the encryption once asked, but whether a topic carries data that needs KMS protection, and under whose key, is known only to the customer.",
    misconception: "SNS topics are always encrypted with a KMS key, so there is nothing for the customer to configure.",
    citations: [
      {
        kind: "aws-doc",
        title: "sns-encrypted-kms - AWS Config",
        url: "https://docs.aws.amazon.com/config/latest/developerguide/sns-encrypted-kms.html",
        quote: "Checks if SNS topics are encrypted with AWS Key Management Service (AWS KMS).",
      },
      {
        kind: "source",
        file: F004,
        section: "Protect data",
        quote: "By default, all data must be encrypted.",
      },
    ],
  },
  {
    id: "sns.access-policies",
    service: "sns",
    model: "abstract",
    topic: "identity",
    owner: "customer",
    duty: "decide which principals may publish to and subscribe to an SNS topic",
    statement:
      "The customer writes the topic policy and IAM policies that determine who can publish messages and who can subscribe endpoints, applying least privilege.",
    why:
      "A topic open to the wrong publishers or subscribers leaks or injects messages; since those principals are the customer's, the policy that lists them is the customer's too.",
    misconception: "AWS restricts who can subscribe to a topic, so a topic policy is optional hardening.",
    disagreement: {
      file: F004,
      note:
        "004 puts AWS Identity and Access Management on AWS's side of the abstract model. AWS runs IAM; the topic's permissions are configured by the customer.",
    },
    citations: [
      {
        kind: "source",
        file: F004,
        section: "Identity and Access Management (IAM)",
        quote:
          "The management of these access policies must be reviewed before allocation; by default, the minimum access policy is recommended.",
      },
      {
        kind: "source",
        file: "001_1b349d5091cf0d19.txt",
        section: "Shared Responsibility in Abstracted Services",
        quote: "the customer is still responsible for customer IAM, data integrity, and data encryption.",
      },
    ],
  },
  {
    id: "sns.high-availability",
    service: "sns",
    model: "abstract",
    topic: "availability",
    owner: "aws",
    duty: "keep the SNS messaging service available and scaled to the volume of published messages",
    statement:
      "AWS runs SNS as a managed, scalable service; customers do not size brokers or build failover for the messaging layer.",
    why:
      "Messaging is one of the abstract service families, where availability and scaling of the service itself are part of what AWS operates.",
    misconception: "SNS users must add capacity to their topics before a traffic spike.",
    citations: [
      {
        kind: "source",
        file: F004,
        section: "Abstract services",
        quote: "Storage, database or messaging service are the abstract service.",
      },
      {
        kind: "source",
        file: F004,
        section: "Abstract services",
        quote: "High availability / scaling",
      },
    ],
  },
]);
