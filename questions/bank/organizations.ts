import { defineFacts } from "../schema";

const SCP_DOC = {
  title: "Service control policies",
  url: "https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_policies_scps.html",
} as const;

const SCP_EXAMPLES_DOC = {
  title: "Service control policy examples",
  url: "https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_policies_scps_examples.html",
} as const;

export const organizationsFacts = defineFacts([
  {
    id: "organizations.scp-guardrails",
    service: "organizations",
    model: "abstract",
    topic: "identity",
    owner: "customer",
    duty: "write and attach the service control policies that limit what member accounts can do",
    statement:
      "The customer designs, tests and attaches SCPs to the organisation, its OUs or accounts. SCPs only set the outer limit; the customer still has to grant the actual permissions with IAM or resource policies.",
    why:
      "AWS Organizations supplies the guardrail mechanism, but which services and actions your accounts should be barred from is a governance choice only the customer can make.",
    misconception: "Attaching an SCP that allows a service gives the account's users access to it.",
    citations: [
      {
        kind: "aws-doc",
        ...SCP_EXAMPLES_DOC,
        quote: "Service control policies (SCPs) are meant to be used as coarse-grained guardrails, and they don't directly grant access.",
      },
      {
        kind: "aws-doc",
        ...SCP_EXAMPLES_DOC,
        quote:
          "The administrator must still attach identity-based or resource-based policies to IAM principals or resources in your accounts to actually grant permissions.",
      },
    ],
  },
  {
    id: "organizations.scp-enforcement",
    service: "organizations",
    model: "abstract",
    topic: "identity",
    owner: "aws",
    duty: "enforce attached service control policies on requests made in member accounts",
    statement:
      "Once an SCP is attached, AWS applies it when evaluating requests from IAM users and roles in the affected member accounts, so an action the SCP blocks is refused even if an IAM policy allows it.",
    why:
      "Policy evaluation happens inside AWS's request-handling machinery, which customers cannot see or run. The customer writes the rule; AWS guarantees it is applied.",
    misconception: "Customers must deploy their own tooling in each account to make SCPs take effect.",
    citations: [
      {
        kind: "aws-doc",
        ...SCP_DOC,
        quote: "SCPs offer central control over the maximum available permissions for all accounts in your organization.",
      },
      {
        kind: "aws-doc",
        ...SCP_DOC,
        quote: "However, an SCP never grants permissions.",
      },
    ],
  },
  {
    id: "organizations.management-account",
    service: "organizations",
    model: "abstract",
    topic: "identity",
    owner: "customer",
    duty: "restrict and protect access to the organization's management account",
    statement:
      "SCPs do not limit users or roles in the management account, so the customer must keep that account tightly controlled: few people, strong authentication and no everyday workloads.",
    why:
      "Guardrails AWS enforces only cover member accounts. Protecting the account that controls the whole organisation falls back on the customer's own identity hygiene.",
    misconception: "An SCP attached at the organization root also restricts the management account.",
    citations: [
      {
        kind: "aws-doc",
        ...SCP_DOC,
        quote: "SCPs affect only member accounts in the organization.",
      },
      {
        kind: "source",
        file: "001_1b349d5091cf0d19.txt",
        section: "Shared Responsibility in Abstracted Services",
        quote: "the customer is still responsible for customer IAM, data integrity, and data encryption.",
      },
    ],
  },
]);
