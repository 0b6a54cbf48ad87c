import { defineFacts } from "../schema";

const CLUSTERS_DOC = {
  title: "AWS CloudHSM clusters",
  url: "https://docs.aws.amazon.com/cloudhsm/latest/userguide/clusters.html",
} as const;

export const cloudhsmFacts = defineFacts([
  {
    id: "cloudhsm.hardware",
    service: "cloudhsm",
    model: "infrastructure",
    topic: "physical",
    owner: "aws",
    duty: "provide and maintain the physical HSM appliances behind a CloudHSM cluster",
    statement:
      "AWS supplies the hardware security modules, houses them in AWS-owned infrastructure and keeps the appliances running. The customer reaches each HSM through a network interface placed in its own VPC.",
    why:
      "Even when a service hands the customer a dedicated device, the physical hardware and the data centre around it stay on AWS's side of the demarc, as in every model.",
    misconception: "With CloudHSM you ship or maintain your own HSM hardware in an AWS data centre.",
    citations: [
      {
        kind: "aws-doc",
        ...CLUSTERS_DOC,
        quote: "The HSM resides in a separate VPC in an AWS account that is owned by AWS CloudHSM.",
      },
      {
        kind: "source",
        file: "003_53a40e5655bcd60d.txt",
        section: "CSP Responsibilities",
        quote:
          "Hardware/Global Infrastructure: Providing and securing the physical infrastructure, including data centers, servers, and networking hardware.",
      },
    ],
  },
  {
    id: "cloudhsm.hsm-users",
    service: "cloudhsm",
    model: "infrastructure",
    topic: "identity",
    owner: "customer",
    duty: "create and manage the crypto officers and crypto users on the HSMs",
    statement:
      "Access inside a CloudHSM cluster is governed by HSM users, not IAM. The customer creates the crypto officers and crypto users, sets and guards their credentials, and keeps enough officers to administer the cluster.",
    why:
      "CloudHSM gives the customer sole control of the HSM's contents. AWS keeps only a limited appliance user for syncing and backing up encrypted data, holds no crypto officer or crypto user credentials, and cannot step in if the customer loses them.",
    misconception: "IAM policies control who can use the keys inside a CloudHSM cluster.",
    citations: [
      {
        kind: "aws-doc",
        title: "Users in AWS CloudHSM",
        url: "https://docs.aws.amazon.com/cloudhsm/latest/userguide/hsm-users.html",
        quote: "The HSM authenticates each HSM user by means of credentials that you define and manage.",
      },
      {
        kind: "aws-doc",
        title: "Best Practices for AWS CloudHSM",
        url: "https://docs.aws.amazon.com/cloudhsm/latest/userguide/best-practices.html",
        quote: "We recommend you create at least two cryptographic officers (COs) to administer your cluster.",
      },
    ],
  },
  {
    id: "cloudhsm.keys",
    service: "cloudhsm",
    model: "infrastructure",
    topic: "keys",
    owner: "customer",
    duty: "create, use and manage the cryptographic keys stored on CloudHSM HSMs",
    statement:
      "Keys in CloudHSM are created and owned by the customer's crypto users, and AWS cannot view them or use them. Key life cycle, sharing and deletion are entirely the customer's job.",
    why:
      "This is the sharp contrast with KMS: KMS runs the key management for you behind an API, whereas CloudHSM gives you a single-tenant HSM where AWS runs the appliance but has no access to what is inside it.",
    misconception: "AWS manages and can recover the keys stored in a CloudHSM cluster, as it does in KMS.",
    citations: [
      {
        kind: "aws-doc",
        title: "Keys in AWS CloudHSM",
        url: "https://docs.aws.amazon.com/cloudhsm/latest/userguide/manage-keys.html",
        quote: "Only a CU can create a key. The CU who creates a key owns and manages that key.",
      },
      {
        kind: "aws-doc",
        ...CLUSTERS_DOC,
        quote: "AWS cannot view or modify your users or keys and cannot perform any cryptographic operations using those keys.",
      },
      {
        kind: "source",
        file: "004_aa8011a1b640d359.txt",
        section: "Secret Management",
        quote: "AWS KMS, AWS CloudHSM, AWS SSM Parameter Store, AWS Secret Manager.",
      },
    ],
  },
  {
    id: "cloudhsm.high-availability",
    service: "cloudhsm",
    model: "infrastructure",
    topic: "availability",
    owner: "customer",
    duty: "run enough HSMs across Availability Zones to make a CloudHSM cluster fault tolerant",
    statement:
      "A cluster is only as resilient as the customer makes it: the customer decides how many HSMs to run and in which Availability Zones. With a single HSM, a failure can mean losing keys created since the last backup.",
    why:
      "As with EC2 in the infrastructure model, AWS keeps each appliance running but the customer designs for redundancy. AWS does not add HSMs for you.",
    misconception: "AWS makes every CloudHSM cluster highly available automatically, even with one HSM.",
    citations: [
      {
        kind: "aws-doc",
        title: "Best Practices for AWS CloudHSM",
        url: "https://docs.aws.amazon.com/cloudhsm/latest/userguide/best-practices.html",
        quote: "We do not configure fault tolerance for you. You are responsible for configuring fault tolerance for your HSMs.",
      },
      {
        kind: "aws-doc",
        ...CLUSTERS_DOC,
        quote:
          "We recommend that you have a minimum of two HSMs in each cluster, with each HSM in different Availability Zones within an AWS Region.",
      },
      {
        kind: "source",
        file: "004_aa8011a1b640d359.txt",
        section: "Infrastructure services",
        quote: "High availability",
      },
    ],
  },
  {
    id: "cloudhsm.backups",
    service: "cloudhsm",
    model: "infrastructure",
    topic: "backup",
    owner: "aws",
    duty: "take the periodic encrypted backups of a CloudHSM cluster",
    statement:
      "AWS CloudHSM backs up each cluster automatically, at least once every 24 hours and after events such as adding or removing an HSM. The HSM encrypts the backup before it leaves the device, so AWS stores it without being able to read it.",
    why:
      "The backup mechanism is part of the managed service, so AWS runs it; the contents stay protected by keys only the HSM holds. The customer still owns how many HSMs run and how the cluster is used.",
    misconception: "CloudHSM customers must script their own backups of the HSM contents.",
    citations: [
      {
        kind: "aws-doc",
        title: "AWS CloudHSM cluster backups",
        url: "https://docs.aws.amazon.com/cloudhsm/latest/userguide/backups.html",
        quote: "AWS CloudHSM makes a cluster backup at least once per 24 hours.",
      },
      {
        kind: "aws-doc",
        title: "AWS CloudHSM cluster backups",
        url: "https://docs.aws.amazon.com/cloudhsm/latest/userguide/backups.html",
        quote: "The data never leaves the HSM in plaintext form.",
      },
    ],
  },
]);
