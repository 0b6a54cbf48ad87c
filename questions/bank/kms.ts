import { defineFacts } from "../schema";

const KMS_DATA_PROTECTION = {
  title: "Data protection in AWS Key Management Service",
  url: "https://docs.aws.amazon.com/kms/latest/developerguide/data-protection.html",
} as const;

const KEY_POLICY_SERVICES = {
  title: "Permissions for AWS services in key policies",
  url: "https://docs.aws.amazon.com/kms/latest/developerguide/key-policy-services.html",
} as const;

export const kmsFacts = defineFacts([
  {
    id: "kms.hsm-key-material",
    service: "kms",
    model: "abstract",
    topic: "keys",
    owner: "aws",
    duty: "protect KMS key material inside the hardware security modules that AWS KMS runs",
    statement:
      "AWS generates and stores KMS key material in its own validated hardware security modules and keeps it from ever leaving them unencrypted. Customers never operate, patch or even see those HSMs.",
    why:
      "KMS is an abstracted service: you call an API and AWS owns the hardware and cryptographic machinery behind it. That is the key difference from CloudHSM, where the HSM and its users are yours to run.",
    misconception: "KMS customers are responsible for the hardware security modules that hold their keys.",
    citations: [
      {
        kind: "aws-doc",
        ...KMS_DATA_PROTECTION,
        quote: "The key material that AWS KMS generates for KMS keys never leaves the boundary of AWS KMS HSMs unencrypted.",
      },
      {
        kind: "aws-doc",
        ...KMS_DATA_PROTECTION,
        quote:
          "There are no mechanisms for anyone, including AWS service operators, to export or view the key material or HSM encryption keys in plaintext.",
      },
    ],
  },
  {
    id: "kms.availability",
    service: "kms",
    model: "abstract",
    topic: "availability",
    owner: "aws",
    duty: "keep KMS keys durable and available for cryptographic requests",
    statement:
      "AWS stores KMS key material durably and runs the service so that keys are available whenever a permitted caller asks to encrypt or decrypt. Customers do not size, replicate or back up the KMS fleet.",
    why:
      "Availability and durability of an abstracted service's internals belong to the provider. The customer's availability choices in KMS are about its own keys, for example not disabling or deleting a key that data still depends on.",
    citations: [
      {
        kind: "aws-doc",
        ...KMS_DATA_PROTECTION,
        quote:
          "AWS Key Management Service stores and protects your encryption keys to make them highly available while providing you with strong and flexible access control.",
      },
      {
        kind: "source",
        file: "004_aa8011a1b640d359.txt",
        section: "Abstract services",
        quote: "High availability / scaling",
      },
    ],
  },
  {
    id: "kms.key-choice",
    service: "kms",
    model: "abstract",
    topic: "keys",
    owner: "customer",
    duty: "choose between an AWS managed key and a customer managed key for encrypting a resource",
    statement:
      "Deciding which KMS key protects a resource, an AWS managed key or a customer managed key that you control, is the customer's choice. It should follow the organisation's policy on who must control the keys.",
    why:
      "Encryption settings are part of the customer's data protection in every model. A customer managed key gives the customer control over its policy and rotation; an AWS managed key hands those details to AWS.",
    misconception: "AWS decides which KMS key protects each of my resources.",
    disagreement: {
      file: "000_fdea47f1271acbe3.txt",
      note: "000 abbreviates customer managed key as “CMS”; the usual abbreviation is CMK, and AWS now simply says “customer managed key”.",
    },
    citations: [
      {
        kind: "source",
        file: "000_fdea47f1271acbe3.txt",
        section: "Shared Responsibility Model Example for Abstract Services",
        quote:
          "you must either provide your own Customer Managed Key (CMS) using Key Management Service (KMS) or use the Amazon-managed key to encrypt the data",
      },
      {
        kind: "source",
        file: "000_fdea47f1271acbe3.txt",
        section: "Shared Responsibility Model Example for Abstract Services",
        quote: "the customer manages their data, who has access to it, and the encryption settings.",
      },
    ],
  },
  {
    id: "kms.access-policies",
    service: "kms",
    model: "abstract",
    topic: "keys",
    owner: "customer",
    duty: "write the key policies that decide who can use and administer a customer managed key",
    statement:
      "For a customer managed key, the customer writes and maintains the key policy, and with it decides which principals and AWS services may use or manage the key. Least privilege in that policy is the customer's responsibility.",
    why:
      "Who may decrypt your data is the heart of data access, which the customer owns in every model. AWS enforces the key policy on every request but does not choose its contents.",
    misconception: "Any administrator in the account can use every KMS key, whatever the key policy says.",
    citations: [
      {
        kind: "aws-doc",
        ...KEY_POLICY_SERVICES,
        quote: "However, when you use a customer managed key with an AWS service, you set and maintain the key policy.",
      },
      {
        kind: "aws-doc",
        title: "Key policies in AWS KMS",
        url: "https://docs.aws.amazon.com/kms/latest/developerguide/key-policies.html",
        quote: "The statements in the key policy determine who has permission to use the KMS key and how they can use it.",
      },
    ],
  },
  {
    id: "kms.grants",
    service: "kms",
    model: "abstract",
    topic: "keys",
    owner: "customer",
    duty: "decide which grants give other principals temporary use of a customer managed key",
    statement:
      "Grants let a principal use a KMS key without editing the key policy. The customer controls who may create grants and reviews or revokes them; AWS services create grants on a customer's behalf only with permissions the customer gave.",
    why:
      "A grant is another way of handing out access to encrypted data, so it sits with the customer alongside key policies and IAM policies. AWS supplies the mechanism and honours it.",
    misconception: "KMS grants are internal AWS plumbing that customers cannot see or control.",
    citations: [
      {
        kind: "aws-doc",
        title: "Grants in AWS KMS",
        url: "https://docs.aws.amazon.com/kms/latest/developerguide/grants.html",
        quote:
          "Grants are often used for temporary permissions because you can create one, use its permissions, and delete it without changing your key policies or IAM policies.",
      },
    ],
  },
  {
    id: "kms.aws-managed-key-policies",
    service: "kms",
    model: "abstract",
    topic: "keys",
    owner: "aws",
    duty: "set and maintain the key policies of AWS managed keys",
    statement:
      "For AWS managed keys (aliases such as aws/s3), the AWS service that uses the key sets and maintains its key policy. Customers can view it but cannot change it.",
    why:
      "Choosing an AWS managed key trades control for convenience: the policy and rotation move to AWS's side. Customers who need to control the policy must use a customer managed key instead.",
    misconception: "You can edit the key policy of an AWS managed key to restrict who uses it.",
    citations: [
      {
        kind: "aws-doc",
        ...KEY_POLICY_SERVICES,
        quote: "When a service uses AWS owned keys or AWS managed keys, the service establishes and maintains the key policies for these KMS keys.",
      },
    ],
  },
  {
    id: "kms.customer-managed-key-rotation",
    service: "kms",
    model: "abstract",
    topic: "keys",
    owner: "customer",
    duty: "turn on automatic rotation of a symmetric customer managed key's key material",
    statement:
      "Automatic rotation of a symmetric customer managed key is off until the customer enables it; after that, AWS KMS rotates the key material on schedule (yearly by default). Enabling it and choosing the period are the customer's decisions.",
    why:
      "For customer managed keys, the customer owns the key's configuration. AWS does the cryptographic work of rotating once asked, which is why this is a customer duty rather than a shared one.",
    misconception: "All KMS keys are rotated automatically without the customer doing anything.",
    citations: [
      {
        kind: "aws-doc",
        title: "Enable automatic key rotation",
        url: "https://docs.aws.amazon.com/kms/latest/developerguide/rotating-keys-enable.html",
        quote:
          "By default, when you enable automatic key rotation for a KMS key, AWS KMS generates new cryptographic material for the KMS key every year.",
      },
      {
        kind: "aws-doc",
        title: "EnableKeyRotation - AWS Key Management Service",
        url: "https://docs.aws.amazon.com/kms/latest/APIReference/API_EnableKeyRotation.html",
        quote: "To disable rotation of the key material in a customer managed KMS key, use the DisableKeyRotation operation.",
      },
    ],
  },
  {
    id: "kms.aws-managed-key-rotation",
    service: "kms",
    model: "abstract",
    topic: "keys",
    owner: "aws",
    duty: "rotate the key material of AWS managed keys",
    statement:
      "AWS KMS rotates the key material of every AWS managed key every year, and customers cannot turn this off or change the schedule.",
    why:
      "AWS managed keys are configured by AWS on the customer's behalf, so their rotation sits on AWS's side of the demarc, unlike customer managed keys where rotation must be enabled by the customer.",
    misconception: "AWS managed keys are never rotated unless the customer enables rotation.",
    citations: [
      {
        kind: "aws-doc",
        title: "EnableKeyRotation - AWS Key Management Service",
        url: "https://docs.aws.amazon.com/kms/latest/APIReference/API_EnableKeyRotation.html",
        quote: "AWS KMS always rotates the key material of AWS managed keys every year.",
      },
    ],
  },
]);
