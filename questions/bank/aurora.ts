import { defineFacts } from "../schema";

const AURORA_OVERVIEW = {
  title: "Amazon Aurora DB clusters - Amazon Aurora",
  url: "https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/Aurora.Overview.html",
} as const;

export const auroraFacts = defineFacts([
  {
    id: "aurora.storage-replication",
    service: "aurora",
    model: "container",
    layer: "PaaS",
    topic: "availability",
    owner: "aws",
    duty: "keep copies of an Aurora cluster's storage volume in several Availability Zones",
    statement:
      "Aurora's storage layer automatically keeps copies of the cluster volume in three Availability Zones, even when the cluster has only one DB instance; the customer neither configures nor manages that replication.",
    why:
      "The storage subsystem is part of the managed platform below the demarc, so its redundancy is built and run by AWS rather than configured by the customer.",
    misconception: "An Aurora cluster with a single DB instance keeps its data in only one Availability Zone.",
    citations: [
      {
        kind: "aws-doc",
        ...AURORA_OVERVIEW,
        quote: "An Aurora cluster volume is a virtual database storage volume that spans multiple Availability Zones, with each Availability Zone having a copy of the DB cluster data.",
      },
      {
        kind: "aws-doc",
        title: "availabilityZone (CreateDbInstanceRequest) - AWS SDK for Kotlin API reference",
        url: "https://docs.aws.amazon.com/sdk-for-kotlin/api/latest/rds/aws.sdk.kotlin.services.rds.model/-create-db-instance-request/availability-zone.html",
        quote: "For Amazon Aurora, each Aurora DB cluster hosts copies of its storage in three separate Availability Zones.",
      },
    ],
  },
  {
    id: "aurora.high-availability",
    service: "aurora",
    model: "container",
    layer: "PaaS",
    topic: "availability",
    owner: "shared",
    duty: "keep an Aurora cluster's database instances serving when the writer instance or its Availability Zone fails",
    statement:
      "AWS detects a failed Aurora writer and fails over to an Aurora Replica, but fast failover needs replicas the customer has created in other Availability Zones; without one, Aurora has to recreate the writer, which takes longer.",
    why:
      "AWS runs the failover mechanism; how many reader instances exist and where they are placed is a cost and design choice made by the customer.",
    misconception: "Aurora's multi-AZ storage alone means a cluster with one instance fails over instantly.",
    split: {
      aws: "Monitors the writer instance and automatically promotes an Aurora Replica when the primary becomes unavailable.",
      customer: "Creates Aurora Replicas in separate Availability Zones and sets their failover priority.",
    },
    disagreement: {
      file: "004_aa8011a1b640d359.txt",
      note: "004 puts high availability/scaling wholly on the customer for container services. AWS documentation shows Aurora performing the failover itself, with the customer supplying the replicas, so the bank treats it as shared.",
    },
    citations: [
      {
        kind: "aws-doc",
        ...AURORA_OVERVIEW,
        quote: "Maintain high availability by locating Aurora Replicas in separate Availability Zones. Aurora automatically fails over to an Aurora Replica in case the primary DB instance becomes unavailable.",
      },
    ],
  },
  {
    id: "aurora.os-patching",
    service: "aurora",
    model: "container",
    layer: "PaaS",
    topic: "patching",
    owner: "aws",
    duty: "patch the operating system beneath the DB instances of an Aurora cluster",
    statement:
      "As with the rest of RDS, AWS maintains and patches the operating system under Aurora DB instances; the customer only influences timing through the cluster's maintenance window.",
    why:
      "Aurora is run as part of Amazon RDS, a container service whose demarc sits above the operating system, so host OS security updates are AWS's work.",
    misconception: "Aurora customers must patch the Linux hosts under their database instances.",
    citations: [
      {
        kind: "aws-doc",
        title: "Maintaining an Amazon Aurora DB cluster - Amazon Aurora",
        url: "https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/USER_UpgradeDBInstance.Maintenance.html",
        quote: "Periodically, Amazon RDS performs maintenance on Amazon RDS resources.",
      },
      {
        kind: "source",
        file: "000_fdea47f1271acbe3.txt",
        section: "Shared Responsibility Model Example for Container Services",
        quote: "customers do not have access to the underlying operating system that the RDS databases are running on.",
      },
    ],
  },
  {
    id: "aurora.credentials",
    service: "aurora",
    model: "container",
    layer: "PaaS",
    topic: "identity",
    owner: "customer",
    duty: "manage the database users, passwords and privileges inside an Aurora cluster",
    statement:
      "Inside an Aurora cluster the customer creates the database accounts, keeps their passwords strong (or uses IAM database authentication) and grants each account only the privileges it needs.",
    why:
      "Deciding who may touch the data stays with the data owner whatever the service model; AWS only provides the authentication mechanisms.",
    misconception: "AWS manages the user accounts inside an Aurora database because Aurora is an AWS-built engine.",
    citations: [
      {
        kind: "source",
        file: "004_aa8011a1b640d359.txt",
        section: "Container services",
        quote: "Client identity and access management (database users, table permissions)",
      },
      {
        kind: "source",
        file: "001_1b349d5091cf0d19.txt",
        section: "Shared Responsibility in Container Services",
        quote: "Here, the customer is still responsible for customer IAM, customer data integrity, data encryption, and network traffic protection.",
      },
    ],
  },
]);
