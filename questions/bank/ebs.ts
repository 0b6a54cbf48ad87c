import { defineFacts } from "../schema";

const EBS_ENCRYPTION = {
  title: "Amazon EBS encryption",
  url: "https://docs.aws.amazon.com/ebs/latest/userguide/ebs-encryption.html",
} as const;

const EBS_VOLUMES = {
  title: "Amazon EBS volumes",
  url: "https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/EBSVolumes.html",
} as const;

export const ebsFacts = defineFacts([
  {
    id: "ebs.encryption-at-rest",
    service: "ebs",
    model: "infrastructure",
    controlType: "shared",
    topic: "encryption",
    owner: "shared",
    duty: "encrypt the data at rest on EBS volumes and their snapshots",
    statement:
      "AWS builds the encryption into EBS and KMS and performs it on the servers that host the instances, but the customer has to turn it on, per volume or through the account's encryption-by-default setting, because it is not on unless they do.",
    why:
      "This is a shared control: AWS provides and runs the encryption machinery, while the decision to protect data at rest belongs to the customer who owns that data.",
    misconception: "Every EBS volume is encrypted automatically, so the customer never has to think about it.",
    split: {
      aws: "Implements EBS encryption with KMS keys and carries it out on the host servers.",
      customer: "Enables encryption for volumes (or encryption by default for the account and Region).",
    },
    citations: [
      {
        kind: "source",
        file: "002_60606b32f3f67887.txt",
        section: "Step 3: EBS encryption with KMS",
        quote:
          "The EBS encryption attribute is an example of a shared control, because AWS will provide these facilities as part of EBS and KMS services",
      },
      {
        kind: "source",
        file: "002_60606b32f3f67887.txt",
        section: "Step 3: EBS encryption with KMS",
        quote: "the client must enable this configuration properties because by default, disks are not encrypted",
      },
      {
        kind: "aws-doc",
        ...EBS_ENCRYPTION,
        quote:
          "Encryption operations occur on the servers that host EC2 instances, ensuring the security of both data-at-rest and data-in-transit between an instance and its attached EBS storage.",
      },
    ],
  },
  {
    id: "ebs.keys",
    service: "ebs",
    model: "infrastructure",
    topic: "keys",
    owner: "customer",
    duty: "choose which KMS key encrypts EBS volumes and control who may use that key",
    statement:
      "The customer decides whether volumes use the AWS managed key for EBS or a customer managed KMS key, and for a customer managed key sets the key policy that says who may use it. AWS runs the key infrastructure underneath.",
    why:
      "AWS removes the burden of building key management, but choosing keys and granting their use is access control over the customer's data, which stays on the customer's side.",
    misconception: "Because KMS is managed by AWS, AWS decides who can use the keys that protect EBS volumes.",
    citations: [
      {
        kind: "source",
        file: "002_60606b32f3f67887.txt",
        section: "Step 3: EBS encryption with KMS",
        quote:
          "EBS volumes can be ciphered on demand by using cryptographic keys provided by the Key Management Service (KMS)",
      },
      {
        kind: "aws-doc",
        ...EBS_ENCRYPTION,
        quote:
          "With Amazon EBS encryption, you aren't required to build, maintain, and secure your own key management infrastructure.",
      },
    ],
  },
  {
    id: "ebs.backups",
    service: "ebs",
    model: "infrastructure",
    topic: "backup",
    owner: "customer",
    duty: "take and keep snapshots of EBS volumes so data can be restored",
    statement:
      "The customer decides when EBS snapshots are taken and how long they are kept, by hand or with a tool such as Amazon Data Lifecycle Manager. AWS does not back up a volume unless the customer sets it up.",
    why:
      "On infrastructure services, data protection including backup is listed on the customer's side; AWS offers the snapshot feature but not the backup plan.",
    misconception: "AWS keeps backups of every EBS volume in case the customer deletes data by mistake.",
    citations: [
      {
        kind: "source",
        file: "004_aa8011a1b640d359.txt",
        section: "Infrastructure services",
        quote: "Data protection (transit, rest and backup)",
      },
      {
        kind: "aws-doc",
        ...EBS_VOLUMES,
        quote: "Amazon EBS provides the ability to create snapshots (backups) of any EBS volume",
      },
      {
        kind: "aws-doc",
        title: "Resilience in Amazon EC2",
        url: "https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/disaster-recovery-resiliency.html",
        quote: "Automating EBS snapshots using Amazon Data Lifecycle Manager",
      },
    ],
  },
  {
    id: "ebs.replication",
    service: "ebs",
    model: "infrastructure",
    topic: "availability",
    owner: "aws",
    duty: "replicate an EBS volume's data within its Availability Zone so one failed disk does not lose it",
    statement:
      "AWS automatically keeps copies of each EBS volume on more than one piece of hardware inside its Availability Zone. This protects against component failure, but it is not a backup and does not cover the loss of a whole zone.",
    why:
      "Durability of the storage hardware belongs to AWS, which owns the storage layer; protecting against deletion, corruption or zone loss still needs the customer's own snapshots.",
    misconception: "Because EBS replicates volumes, snapshots are unnecessary.",
    citations: [
      {
        kind: "source",
        file: "001_1b349d5091cf0d19.txt",
        section: "Shared Responsibility in Infrastructure Services",
        quote: "AWS handles the bare metal servers, hypervisors, storage and core networking",
      },
      {
        kind: "aws-doc",
        ...EBS_VOLUMES,
        quote:
          "When you create an EBS volume in an Availability Zone, it is automatically replicated within that zone to prevent data loss due to failure of any single hardware component.",
      },
    ],
  },
  {
    id: "ebs.storage-sanitization",
    service: "ebs",
    model: "infrastructure",
    topic: "data",
    owner: "aws",
    duty: "make sure storage blocks that held one customer's EBS data are empty before another customer gets them",
    statement:
      "AWS ensures that the raw blocks behind a new EBS volume are logically empty before anyone uses them, so data from a deleted volume cannot surface in someone else's. Customers may still wipe data their own way if a policy requires it.",
    why:
      "Reusing physical storage safely is part of running the shared infrastructure, which is AWS's job in every model.",
    misconception: "Data from a deleted EBS volume could appear on a volume created by another AWS customer.",
    citations: [
      {
        kind: "source",
        file: "002_60606b32f3f67887.txt",
        section: "Step 1: Launch an instance (AMI and virtualization)",
        quote: "Every disk block is zeroized and RAM memory is randomized",
      },
      {
        kind: "aws-doc",
        title: "Data protection in Amazon EC2",
        url: "https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/data-protection.html",
        quote: "the Amazon EBS service ensures that the devices are logically empty",
      },
    ],
  },
  {
    id: "ebs.snapshot-sharing",
    service: "ebs",
    model: "infrastructure",
    topic: "identity",
    owner: "customer",
    duty: "decide which AWS accounts, if any, may use an EBS snapshot",
    statement:
      "The customer controls snapshot permissions: a snapshot can be shared with chosen accounts or even made public, and whoever it is shared with can create a volume holding the same data.",
    why:
      "Who may access the customer's data is always the customer's decision; AWS enforces the permissions but does not choose them.",
    misconception: "EBS snapshots can never be seen outside the account that created them.",
    citations: [
      {
        kind: "source",
        file: "001_1b349d5091cf0d19.txt",
        section: "Shared Responsibility in Infrastructure Services",
        quote:
          "The customer is responsible for securing the User Accounts (IAM policies), VPC access control, operating systems, applications, data integrity, and encryption.",
      },
      {
        kind: "aws-doc",
        ...EBS_VOLUMES,
        quote: "The snapshots can be shared with specific AWS accounts or made public.",
      },
    ],
  },
]);
