import { defineFacts } from "../schema";

const DISAGREE_004 = {
  file: "004_aa8011a1b640d359.txt",
  note:
    "004 lists “AWS Identity and Access Management” on AWS's side of every model. That holds only for running the IAM service itself; creating identities and writing their permissions is always the customer's job, as 001, 002, 003 and AWS's own documentation say.",
} as const;

const IAM_DATA_PROTECTION = {
  title: "Data protection in AWS Identity and Access Management",
  url: "https://docs.aws.amazon.com/IAM/latest/UserGuide/data-protection.html",
} as const;

export const iamFacts = defineFacts([
  {
    id: "iam.service-infrastructure",
    service: "iam",
    model: "abstract",
    topic: "physical",
    owner: "aws",
    duty: "run and secure the infrastructure and endpoints that the IAM service itself runs on",
    statement:
      "AWS operates the IAM service: the servers, data centres and global endpoints that authenticate and authorise every request. Customers never see or maintain any of that machinery.",
    why:
      "IAM is a managed, abstracted service reached only through its API, so everything underneath the API is on AWS's side of the demarc. This is the one sense in which “IAM is AWS's responsibility” is true.",
    misconception: "Because IAM is an AWS service, everything to do with IAM is AWS's job.",
    citations: [
      {
        kind: "aws-doc",
        ...IAM_DATA_PROTECTION,
        quote: "AWS is responsible for protecting the global infrastructure that runs all of the AWS Cloud.",
      },
      {
        kind: "source",
        file: "004_aa8011a1b640d359.txt",
        section: "Abstract services",
        quote: "AWS Identity and Access Management",
      },
    ],
  },
  {
    id: "iam.encryption-at-rest",
    service: "iam",
    model: "abstract",
    topic: "encryption",
    owner: "aws",
    duty: "encrypt or hash the passwords and account metadata that IAM stores internally",
    statement:
      "AWS protects the data the IAM service keeps about your account, such as user passwords and account metadata, by encrypting or hashing it at rest. There is no setting for the customer to turn on.",
    why:
      "Data that lives inside the service's own storage, out of the customer's reach, can only be protected by the provider. The customer's job is the identities and permissions, not IAM's database.",
    misconception: "Customers must switch on encryption for the passwords stored in IAM.",
    citations: [
      {
        kind: "aws-doc",
        ...IAM_DATA_PROTECTION,
        quote: "Data that is collected and stored by IAM is encrypted at rest.",
      },
      {
        kind: "aws-doc",
        ...IAM_DATA_PROTECTION,
        quote: "Customer account metadata and customer identifying data are encrypted at rest using AES 256 or is hashed using SHA 256.",
      },
    ],
  },
  {
    id: "iam.users-and-roles",
    service: "iam",
    model: "abstract",
    controlType: "customer-specific",
    topic: "identity",
    owner: "customer",
    duty: "create and manage the IAM users, groups and roles in an AWS account",
    statement:
      "The customer decides which IAM users, groups and roles exist, who they belong to, and when they are removed. AWS supplies the service but never creates or tidies up a customer's identities.",
    why:
      "Who may act in your account is a business decision only you can make, so identity configuration stays on the customer's side in every model, from EC2 to fully abstracted services.",
    misconception: "AWS manages the IAM users and roles in my account because IAM is an AWS service.",
    disagreement: DISAGREE_004,
    citations: [
      {
        kind: "source",
        file: "002_60606b32f3f67887.txt",
        section: "Step 2: Network, IAM role and tenancy",
        quote: "IAM operations are customer-related, and this represents a specific customer control.",
      },
      {
        kind: "source",
        file: "002_60606b32f3f67887.txt",
        section: "Step 2: Network, IAM role and tenancy",
        quote: "IAM roles and all the account access must be managed properly by the client.",
      },
      {
        kind: "source",
        file: "003_53a40e5655bcd60d.txt",
        section: "Customer Responsibilities",
        quote: "Identity and Access Management (IAM): Configuring and managing user permissions and access controls.",
      },
    ],
  },
  {
    id: "iam.access-policies",
    service: "iam",
    model: "abstract",
    topic: "identity",
    owner: "customer",
    duty: "write the IAM policies that grant each identity only the permissions it needs",
    statement:
      "The customer writes and attaches the IAM policies, and is responsible for keeping them to least privilege. An over-broad policy is the customer's mistake, not AWS's.",
    why:
      "AWS enforces whatever policies exist but cannot know what each person or workload should be allowed to do. Granting permissions is configuration in the cloud, so it is the customer's in every model.",
    misconception: "AWS reviews IAM policies and stops customers from granting too much access.",
    disagreement: DISAGREE_004,
    citations: [
      {
        kind: "source",
        file: "001_1b349d5091cf0d19.txt",
        section: "Shared Responsibility in Infrastructure Services",
        quote: "The customer is responsible for securing the User Accounts (IAM policies), VPC access control, operating systems",
      },
      {
        kind: "source",
        file: "004_aa8011a1b640d359.txt",
        section: "Identity and Access Management (IAM)",
        quote: "The management of these access policies must be reviewed before allocation; by default, the minimum access policy is recommended.",
      },
      {
        kind: "aws-doc",
        ...IAM_DATA_PROTECTION,
        quote: "That way, each user is given only the permissions necessary to fulfill their job duties.",
      },
    ],
  },
  {
    id: "iam.mfa",
    service: "iam",
    model: "abstract",
    topic: "identity",
    owner: "customer",
    duty: "turn on multi-factor authentication for the people who sign in to the account",
    statement:
      "Enabling and requiring MFA for IAM users is the customer's task. AWS supports MFA and verifies each sign-in challenge, but it does not decide which users must use it.",
    why:
      "MFA protects the customer's credentials, and credentials are on the customer's side of the demarc whatever service is used. AWS provides the feature; using it is a configuration choice.",
    misconception: "AWS automatically enforces MFA on every IAM user.",
    disagreement: DISAGREE_004,
    citations: [
      {
        kind: "source",
        file: "001_1b349d5091cf0d19.txt",
        section: "Shared Responsibility in Abstracted Services",
        quote: "use Multi-Factor Authentication whenever possible",
      },
      {
        kind: "aws-doc",
        ...IAM_DATA_PROTECTION,
        quote: "Use multi-factor authentication (MFA) with each account.",
      },
    ],
  },
  {
    id: "iam.root-user",
    service: "iam",
    model: "abstract",
    topic: "identity",
    owner: "customer",
    duty: "protect the AWS account root user with MFA and keep it free of access keys",
    statement:
      "Safeguarding the root user is the customer's job: give it MFA and a strong password, avoid creating access keys for it, and keep it out of everyday work.",
    why:
      "The root user holds unrestricted power over the account, and only the account owner holds its credentials. AWS cannot protect a password or key it never sees.",
    misconception: "AWS locks down the root user for you, so using it day to day is safe.",
    citations: [
      {
        kind: "aws-doc",
        title: "Create access keys for the root user",
        url: "https://docs.aws.amazon.com/accounts/latest/reference/root-user-access-key.html",
        quote: "We strongly recommend that you do not create access key pairs for your root user.",
      },
      {
        kind: "aws-doc",
        title: "Security best practices in IAM",
        url: "https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html",
        quote: "Enable AWS multi-factor authentication (MFA) on your AWS account root user account.",
      },
    ],
  },
  {
    id: "iam.access-key-rotation",
    service: "iam",
    model: "abstract",
    topic: "keys",
    owner: "customer",
    duty: "rotate the long-term access keys of IAM users",
    statement:
      "When IAM users have long-term access keys, the customer must rotate them regularly and delete the ones no longer used. AWS does not rotate user access keys on its own.",
    why:
      "Long-term access keys are credentials the customer created and distributed, so their life cycle is the customer's to manage. Where possible, short-lived role credentials avoid the chore altogether.",
    misconception: "AWS rotates IAM users' access keys automatically.",
    citations: [
      {
        kind: "aws-doc",
        title: "Managing access keys for IAM users",
        url: "https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_access-keys.html",
        quote: "As a security best practice, we recommend that you regularly rotate (change) IAM user access keys.",
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
    id: "iam.role-credential-rotation",
    service: "iam",
    model: "abstract",
    topic: "keys",
    owner: "aws",
    duty: "rotate the temporary credentials that an IAM role delivers to an EC2 instance",
    statement:
      "When an application on EC2 uses an instance role, AWS issues it short-lived credentials and replaces them automatically before they expire. The customer only decides what the role is allowed to do.",
    why:
      "Temporary credentials are generated and delivered by the service, so their rotation sits with AWS. This is why AWS recommends roles over long-term keys: it moves a credential chore across the demarc.",
    misconception: "Applications using an EC2 instance role must rotate its credentials themselves.",
    citations: [
      {
        kind: "aws-doc",
        title: "Security best practices in IAM",
        url: "https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html",
        quote:
          "In the case of Amazon EC2, IAM dynamically provides temporary credentials to the EC2 instance, and these credentials are automatically rotated for you.",
      },
    ],
  },
  {
    id: "iam.permissions-boundaries",
    service: "iam",
    model: "abstract",
    topic: "identity",
    owner: "customer",
    duty: "set permissions boundaries that cap what delegated administrators can grant",
    statement:
      "If the customer lets others create users or roles, it is up to the customer to attach permissions boundaries that limit the most those identities can ever do. AWS only enforces the boundaries the customer sets.",
    why:
      "A boundary is just another customer-written policy. AWS evaluates it on every request, but choosing the limits is part of permission design, which never leaves the customer's side.",
    misconception: "Permissions boundaries are set by AWS to stop customers over-granting access.",
    citations: [
      {
        kind: "aws-doc",
        title: "Permissions boundaries for IAM entities",
        url: "https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_boundaries.html",
        quote: "That policy limits the maximum permissions for the user or role.",
      },
      {
        kind: "source",
        file: "004_aa8011a1b640d359.txt",
        section: "Identity and Access Management (IAM)",
        quote: "AWS IAM, IAM groups, IAM roles, IAM policy, IAM permission boundaries, AWS SSO, AWS STS.",
      },
    ],
  },
]);
