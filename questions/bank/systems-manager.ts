import { defineFacts } from "../schema";

const PATCH_MANAGER_DOC = {
  title: "AWS Systems Manager Patch Manager",
  url: "https://docs.aws.amazon.com/systems-manager/latest/userguide/systems-manager-patch.html",
} as const;

const CUSTOM_BASELINES_DOC = {
  title: "Working with custom patch baselines - AWS Systems Manager",
  url: "https://docs.aws.amazon.com/us_en/systems-manager/latest/userguide/patch-manager-manage-patch-baselines.html",
} as const;

export const systemsManagerFacts = defineFacts([
  {
    id: "systems-manager.os-patching",
    service: "systems-manager",
    model: "abstract",
    topic: "patching",
    owner: "customer",
    duty: "keep the guest operating systems of EC2 instances patched when using Patch Manager",
    statement:
      "Patch Manager is a tool the customer uses; it does not transfer the duty. The customer still decides to patch, sets up the patching runs, tests the updates and answers for any instance left unpatched.",
    why:
      "The guest OS of an EC2 instance sits on the customer's side of the infrastructure-model demarc. Using an AWS tool to do the work does not move that line, and AWS does not test the patches it offers.",
    misconception: "Once Patch Manager is enabled, keeping EC2 instances patched becomes AWS's responsibility.",
    citations: [
      {
        kind: "aws-doc",
        ...PATCH_MANAGER_DOC,
        quote: "AWS does not test patches for Windows Server or Linux before making them available in Patch Manager.",
      },
      {
        kind: "source",
        file: "001_1b349d5091cf0d19.txt",
        section: "Shared Responsibility in Infrastructure Services",
        quote: "if a web server is available to the public, is unpatched from a known vulnerability, and it gets exploited, AWS will not be responsible.",
      },
      {
        kind: "source",
        file: "003_53a40e5655bcd60d.txt",
        section: "Customer Responsibilities",
        quote: "Operating System Security: Keeping the OS up-to-date and secure.",
      },
    ],
  },
  {
    id: "systems-manager.patch-baselines",
    service: "systems-manager",
    model: "abstract",
    topic: "patching",
    owner: "customer",
    duty: "choose which patch baseline applies and which patches it approves for your instances",
    statement:
      "The customer picks a predefined baseline or writes a custom one, with its approval rules and approved or rejected patches, and assigns it to its instances. Those choices decide what actually gets installed.",
    why:
      "Which updates are acceptable for a workload, and how soon after release, depends on the customer's applications and change process, so this configuration belongs to the customer.",
    misconception: "AWS decides which operating system patches are installed on my instances.",
    citations: [
      {
        kind: "aws-doc",
        ...PATCH_MANAGER_DOC,
        quote:
          "Patch Manager uses patch baselines, which include rules for auto-approving patches within days of their release, as well as a list of approved and rejected patches.",
      },
      {
        kind: "aws-doc",
        ...CUSTOM_BASELINES_DOC,
        quote: "You can use these patch baselines (you can't customize them), or you can create your own.",
      },
    ],
  },
  {
    id: "systems-manager.predefined-baselines",
    service: "systems-manager",
    model: "abstract",
    topic: "patching",
    owner: "aws",
    duty: "maintain the predefined patch baselines that Patch Manager offers for each operating system",
    statement:
      "AWS publishes and maintains a predefined patch baseline for each supported operating system, and customers cannot edit these. Customers who need different rules create their own baselines.",
    why:
      "The predefined baselines are part of the managed tooling AWS provides; the decision to use them, and the result on the instances, remains with the customer.",
    citations: [
      {
        kind: "aws-doc",
        ...CUSTOM_BASELINES_DOC,
        quote: "Patch Manager includes a predefined patch baseline for each operating system supported by Patch Manager.",
      },
    ],
  },
  {
    id: "systems-manager.parameter-encryption",
    service: "systems-manager",
    model: "abstract",
    topic: "encryption",
    owner: "customer",
    duty: "store sensitive Parameter Store values as SecureString parameters and control who can decrypt them",
    statement:
      "Parameter Store encrypts a value only if the customer creates it as a SecureString, and only the value, not its name or description. The customer also decides, through IAM and KMS permissions, who can decrypt it.",
    why:
      "Classifying data as sensitive and choosing to encrypt it are customer decisions in every model. AWS provides the encryption with KMS once the customer asks for it.",
    misconception: "Every Parameter Store parameter is encrypted automatically.",
    citations: [
      {
        kind: "aws-doc",
        title: "About secure string parameters",
        url: "https://docs.aws.amazon.com/systems-manager/latest/userguide/sysman-paramstore-securestring.html",
        quote: "Only the value of a secure string parameter is encrypted.",
      },
      {
        kind: "aws-doc",
        title: "About secure string parameters",
        url: "https://docs.aws.amazon.com/systems-manager/latest/userguide/sysman-paramstore-securestring.html",
        quote: "To decrypt a secure string value, a user must have permission to call the KMS Decrypt API action.",
      },
      {
        kind: "source",
        file: "004_aa8011a1b640d359.txt",
        section: "Secret Management",
        quote: "AWS KMS, AWS CloudHSM, AWS SSM Parameter Store, AWS Secret Manager.",
      },
    ],
  },
]);
