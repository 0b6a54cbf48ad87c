import { defineFacts } from "../schema";

const PERMISSION_SETS_DOC = {
  title: "Permission sets",
  url: "https://docs.aws.amazon.com/singlesignon/latest/userguide/permissionsetsconcept.html",
} as const;

export const iamIdentityCenterFacts = defineFacts([
  {
    id: "iam-identity-center.permission-sets",
    service: "iam-identity-center",
    model: "abstract",
    topic: "identity",
    owner: "customer",
    duty: "define permission sets and assign them to workforce users and groups for each AWS account",
    statement:
      "With IAM Identity Center the customer writes the permission sets and decides which users or groups get which permission set in which account. Keeping those assignments to least privilege is the customer's job.",
    why:
      "Single sign-on changes how people sign in, not who decides what they may do. Access decisions remain customer configuration in the cloud, exactly as with plain IAM.",
    misconception: "Moving to IAM Identity Center hands access management over to AWS.",
    disagreement: {
      file: "004_aa8011a1b640d359.txt",
      note:
        "004 lists “AWS Identity and Access Management” on AWS's side of every model and names AWS SSO (now IAM Identity Center) as a service to use. AWS runs the service, but the permission sets and assignments are the customer's configuration.",
    },
    citations: [
      {
        kind: "aws-doc",
        ...PERMISSION_SETS_DOC,
        quote: "A permission set is a collection of administrator-defined policies",
      },
      {
        kind: "source",
        file: "004_aa8011a1b640d359.txt",
        section: "Identity and Access Management (IAM)",
        quote: "AWS IAM, IAM groups, IAM roles, IAM policy, IAM permission boundaries, AWS SSO, AWS STS.",
      },
    ],
  },
  {
    id: "iam-identity-center.mfa",
    service: "iam-identity-center",
    model: "abstract",
    topic: "identity",
    owner: "customer",
    duty: "decide and configure the multi-factor authentication requirements for workforce sign-in",
    statement:
      "The customer chooses the MFA settings for people signing in through IAM Identity Center, such as whether MFA is required and which kinds of authenticator are allowed. AWS provides and runs the MFA feature.",
    why:
      "How strongly your own staff must prove who they are is a security policy decision for the organisation, so it sits on the customer's side even though the sign-in service is fully managed.",
    misconception: "AWS decides how strictly IAM Identity Center users must authenticate.",
    citations: [
      {
        kind: "aws-doc",
        title: "Multi-factor authentication",
        url: "https://docs.aws.amazon.com/singlesignon/latest/userguide/enable-mfa.html",
        quote: "As a security best practice, we strongly recommend that you enable multi-factor authentication.",
      },
      {
        kind: "source",
        file: "001_1b349d5091cf0d19.txt",
        section: "Shared Responsibility in Abstracted Services",
        quote: "use Multi-Factor Authentication whenever possible",
      },
    ],
  },
  {
    id: "iam-identity-center.role-provisioning",
    service: "iam-identity-center",
    model: "abstract",
    topic: "configuration",
    owner: "aws",
    duty: "create the IAM roles in each assigned account that put a permission set into effect",
    statement:
      "When a permission set is assigned to an account, IAM Identity Center itself creates the matching IAM role and trust policy there. The customer does not build these roles by hand; it only defines what the permission set allows.",
    why:
      "The plumbing that turns a central definition into roles in many accounts is part of the managed service. The content of the permissions stays with the customer; the mechanics of delivering them are AWS's.",
    misconception: "Administrators must create an IAM role in every account for each IAM Identity Center permission set.",
    citations: [
      {
        kind: "aws-doc",
        ...PERMISSION_SETS_DOC,
        quote: "Permission sets ultimately get created as IAM roles in a given AWS account",
      },
    ],
  },
]);
