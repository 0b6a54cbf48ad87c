import { defineFacts } from "../schema";

export const glacierFacts = defineFacts([
  {
    id: "glacier.vault-lock",
    service: "glacier",
    model: "abstract",
    topic: "compliance",
    owner: "customer",
    duty: "write, test and lock the Vault Lock policy that enforces retention on an S3 Glacier vault",
    statement:
      "The customer drafts the Vault Lock policy (for example, no deletions for seven years), tests it during the 24-hour in-progress window, and then completes the lock; after that the policy cannot be changed.",
    why:
      "Retention rules come from the customer's own regulators and records policy, so only the customer can decide them. AWS provides the mechanism that makes a locked policy immutable, which is why getting it right before locking matters.",
    misconception: "AWS sets the retention rules of a Glacier vault to meet the customer's compliance requirements.",
    citations: [
      {
        kind: "source",
        file: "004_aa8011a1b640d359.txt",
        section: "Protect data",
        quote: "AWS S3 Glacier Vault-lock.",
      },
      {
        kind: "aws-doc",
        title: "Complete Vault Lock (POST lockId) - Amazon S3 Glacier",
        url: "https://docs.aws.amazon.com/amazonglacier/latest/dev/api-CompleteVaultLock.html",
        quote:
          "This operation completes the vault locking process by transitioning the vault lock from the InProgress state to the Locked state, which causes the vault lock policy to become unchangeable.",
      },
      {
        kind: "aws-doc",
        title: "Get Vault Lock (GET lock-policy) - Amazon Glacier",
        url: "https://docs.aws.amazon.com/amazonglacier/latest/dev/api-GetVaultLock.html",
        quote: "The vault lock policy set on the vault.",
      },
    ],
  },
  {
    id: "glacier.access-policies",
    service: "glacier",
    model: "abstract",
    topic: "identity",
    owner: "customer",
    duty: "decide which users and accounts may upload, retrieve or delete archives in a vault",
    statement:
      "Access to archived data is granted by the customer through IAM policies and vault access policies; AWS only enforces what the customer has written.",
    why:
      "Even for a fully managed archive, deciding who may touch the data is identity configuration, which stays with the customer in every service model.",
    misconception: "Archived data in Glacier is locked down by AWS, so the customer does not need to manage access to it.",
    disagreement: {
      file: "004_aa8011a1b640d359.txt",
      note:
        "004 places AWS Identity and Access Management on AWS's side for abstract services. AWS runs the IAM service; configuring who may access the vault is the customer's.",
    },
    citations: [
      {
        kind: "source",
        file: "001_1b349d5091cf0d19.txt",
        section: "Shared Responsibility in Abstracted Services",
        quote: "the customer is still responsible for customer IAM, data integrity, and data encryption.",
      },
      {
        kind: "source",
        file: "004_aa8011a1b640d359.txt",
        section: "Identity and Access Management (IAM)",
        quote:
          "The management of these access policies must be reviewed before allocation; by default, the minimum access policy is recommended.",
      },
    ],
  },
  {
    id: "glacier.infrastructure-security",
    service: "glacier",
    model: "abstract",
    topic: "network",
    owner: "aws",
    duty: "protect the network and infrastructure behind the S3 Glacier API endpoints",
    statement:
      "The data centres, storage systems and network that S3 Glacier runs on are secured by AWS under its global network security procedures; customers interact only through signed API calls over TLS.",
    why:
      "The abstract model hands AWS everything below the service endpoint, so infrastructure protection for an archive service is AWS's in the same way it is for any managed service.",
    misconception: "Glacier customers must configure firewalls for the storage servers that hold their archives.",
    citations: [
      {
        kind: "aws-doc",
        title: "Infrastructure Security in Amazon S3 Glacier - Amazon S3 Glacier",
        url: "https://docs.aws.amazon.com/amazonglacier/latest/dev/network-isolation.html",
        quote:
          "As a managed service, Amazon S3 Glacier (S3 Glacier) is protected by the AWS global network security procedures",
      },
      {
        kind: "source",
        file: "001_1b349d5091cf0d19.txt",
        section: "Shared Responsibility in Abstracted Services",
        quote: "AWS becomes responsible for almost all of the infrastructure",
      },
    ],
  },
]);
