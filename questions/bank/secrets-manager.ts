import { defineFacts } from "../schema";

const SM_DATA_PROTECTION = {
  title: "Data protection in AWS Secrets Manager",
  url: "https://docs.aws.amazon.com/secretsmanager/latest/userguide/data-protection.html",
} as const;

export const secretsManagerFacts = defineFacts([
  {
    id: "secrets-manager.service-infrastructure",
    service: "secrets-manager",
    model: "abstract",
    topic: "physical",
    owner: "aws",
    duty: "secure the infrastructure that stores and serves Secrets Manager secrets",
    statement:
      "AWS runs and protects the servers, storage and network behind Secrets Manager. Customers interact only with the API and never patch or host any part of the service.",
    why:
      "Secrets Manager is an abstracted service, so everything beneath its endpoint is AWS's. What the customer puts into it, and who may read it, stays on the customer's side.",
    citations: [
      {
        kind: "aws-doc",
        ...SM_DATA_PROTECTION,
        quote: "As described in this model, AWS is responsible for protecting the global infrastructure that runs all of the AWS Cloud.",
      },
    ],
  },
  {
    id: "secrets-manager.encryption-at-rest",
    service: "secrets-manager",
    model: "abstract",
    topic: "encryption",
    owner: "aws",
    duty: "encrypt stored secret values at rest",
    statement:
      "Secrets Manager always encrypts secret values at rest with an AWS KMS key; there is no unencrypted option to forget to change. The customer may pick a customer managed key instead of the default AWS managed key.",
    why:
      "Encryption at rest is built into the abstracted service, so AWS performs it for every secret. The customer's remaining choices are which KMS key to use and who may decrypt with it.",
    misconception: "Secrets in Secrets Manager are stored in plaintext unless the customer enables encryption.",
    citations: [
      {
        kind: "aws-doc",
        ...SM_DATA_PROTECTION,
        quote:
          "Secrets Manager uses encryption via AWS Key Management Service (AWS KMS) to protect the confidentiality of data at rest.",
      },
      {
        kind: "source",
        file: "004_aa8011a1b640d359.txt",
        section: "Abstract services",
        quote: "Data protection (at rest – SSE, in transit)",
      },
    ],
  },
  {
    id: "secrets-manager.rotation",
    service: "secrets-manager",
    model: "abstract",
    topic: "keys",
    owner: "customer",
    duty: "turn on and configure automatic rotation for a secret",
    statement:
      "Storing a secret does not rotate it. The customer must turn on rotation, set the schedule and provide or choose the rotation function, and make sure that function can reach the database or service whose password changes.",
    why:
      "Secrets Manager supplies the rotation machinery, but only the customer knows which credentials should change, how often, and on which systems. Credentials are customer-side in every model.",
    misconception: "Secrets Manager rotates every stored secret automatically from the moment it is created.",
    citations: [
      {
        kind: "aws-doc",
        title: "Rotate AWS Secrets Manager secrets",
        url: "https://docs.aws.amazon.com/secretsmanager/latest/userguide/rotating-secrets.html",
        quote: "In Secrets Manager, you can set up automatic rotation for your secrets.",
      },
      {
        kind: "aws-doc",
        title: "Rotate AWS Secrets Manager secrets",
        url: "https://docs.aws.amazon.com/secretsmanager/latest/userguide/rotating-secrets.html",
        quote: "To turn on automatic rotation, you need administrator permissions.",
      },
      {
        kind: "source",
        file: "004_aa8011a1b640d359.txt",
        section: "Secret Management",
        quote: "The best option is to store this critical information in a safe that manages the rotation of access keys or has IAM control.",
      },
    ],
  },
  {
    id: "secrets-manager.access-policies",
    service: "secrets-manager",
    model: "abstract",
    topic: "identity",
    owner: "customer",
    duty: "decide which principals can read or change each secret",
    statement:
      "The customer controls who can retrieve or modify a secret, through IAM policies, the secret's resource-based policy and the KMS key policy. A secret readable by too many roles is the customer's exposure.",
    why:
      "A secret is customer data, and access to customer data is always the customer's to configure. AWS only enforces the policies the customer writes.",
    misconception: "AWS decides which applications and people are allowed to read a secret.",
    citations: [
      {
        kind: "aws-doc",
        title: "Resource-based policies - AWS Secrets Manager",
        url: "https://docs.aws.amazon.com/secretsmanager/latest/userguide/manage_secret-policy.html",
        quote: "In a resource-based policy, you specify who can access the secret and the actions they can perform on the secret.",
      },
      {
        kind: "source",
        file: "000_fdea47f1271acbe3.txt",
        section: "Shared Responsibility Model Example for Abstract Services",
        quote: "the customer manages their data, who has access to it, and the encryption settings.",
      },
    ],
  },
]);
