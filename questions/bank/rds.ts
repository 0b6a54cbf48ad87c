import { defineFacts } from "../schema";

const RDS_MAINTENANCE = {
  title: "Maintaining a DB instance - Amazon Relational Database Service",
  url: "https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_UpgradeDBInstance.html",
} as const;

export const rdsFacts = defineFacts([
  {
    id: "rds.os-patching",
    service: "rds",
    model: "container",
    layer: "PaaS",
    topic: "patching",
    owner: "aws",
    duty: "patch the operating system of the hosts that run RDS DB instances",
    statement:
      "AWS keeps the operating system under every RDS DB instance patched. Customers get no shell on the host, so they neither can nor need to patch it; required OS security fixes are scheduled by RDS into the instance's maintenance window.",
    why:
      "RDS is a container (PaaS) service: the demarc sits above the operating system. Because the customer is only handed a database endpoint, everything from the hardware up through the host OS is maintained by AWS.",
    misconception: "RDS customers still have to log in to the database server and install operating system security patches.",
    citations: [
      {
        kind: "source",
        file: "000_fdea47f1271acbe3.txt",
        section: "Shared Responsibility Model Example for Container Services",
        quote: "customers cannot patch the operating system. This security task has been shifted from the customer to AWS.",
      },
      {
        kind: "aws-doc",
        ...RDS_MAINTENANCE,
        quote: "Periodically, Amazon RDS performs maintenance on Amazon RDS resources.",
      },
    ],
  },
  {
    id: "rds.engine-patching",
    service: "rds",
    model: "container",
    layer: "PaaS",
    topic: "patching",
    owner: "shared",
    duty: "keep the database engine version of an RDS DB instance patched and upgraded",
    statement:
      "AWS produces engine patches and new engine versions and automatically schedules required security and reliability patching; the customer picks the maintenance window, chooses whether minor versions upgrade automatically, and decides when to apply optional and major-version upgrades.",
    why:
      "AWS runs the database software, but only the customer knows when downtime is acceptable and whether the application is ready for a new engine version, so the timing and version choices stay with the customer.",
    misconception: "AWS silently moves every RDS database to the newest engine version, so customers never plan engine upgrades.",
    split: {
      aws: "Builds and tests engine patches and versions, and applies required security and reliability patches during the maintenance window.",
      customer: "Sets the maintenance window, turns auto minor version upgrade on or off, and schedules optional and major-version upgrades after testing the application.",
    },
    citations: [
      {
        kind: "aws-doc",
        ...RDS_MAINTENANCE,
        quote: "Required patching is automatically scheduled only for patches that are related to security and instance reliability.",
      },
      {
        kind: "source",
        file: "000_fdea47f1271acbe3.txt",
        section: "Shared Responsibility Model Example for Container Services",
        quote: "platform and application management have also been passed to AWS.",
      },
    ],
  },
  {
    id: "rds.high-availability",
    service: "rds",
    model: "container",
    layer: "PaaS",
    topic: "availability",
    owner: "shared",
    duty: "provide a standby in another Availability Zone and fail over to it when an RDS primary fails",
    statement:
      "The customer decides whether an RDS DB instance runs as a Multi-AZ deployment; once it does, AWS provisions the standby in a second Availability Zone, keeps it synchronously replicated and performs the failover.",
    why:
      "AWS operates the replication and failover machinery, but availability is a design and cost choice: a Single-AZ instance has no standby, and nothing turns Multi-AZ on unless the customer asks for it.",
    misconception: "Every RDS database is automatically protected against an Availability Zone outage.",
    split: {
      aws: "Creates and maintains the synchronous standby, detects failure of the primary and fails over automatically.",
      customer: "Chooses a Multi-AZ deployment when creating or modifying the instance, and builds clients that reconnect after a failover.",
    },
    disagreement: {
      file: "004_aa8011a1b640d359.txt",
      note: "004 lists high availability/scaling only on the customer's side for container services. For RDS the customer opts in to Multi-AZ while AWS provisions the standby and runs the failover, so the bank treats the duty as shared.",
    },
    citations: [
      {
        kind: "source",
        file: "001_1b349d5091cf0d19.txt",
        section: "Shared Responsibility in Container Services",
        quote: "AWS handles all the replicating to read replicas and Multi-AZ as well as replacing hosts when needed.",
      },
      {
        kind: "aws-doc",
        title: "Configuring and managing a Multi-AZ deployment for Amazon RDS - Amazon Relational Database Service",
        url: "https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/Concepts.MultiAZ.html",
        quote: "A Multi-AZ DB instance deployment has one standby DB instance that provides failover support, but doesn't serve read traffic.",
      },
    ],
  },
  {
    id: "rds.backups",
    service: "rds",
    model: "container",
    layer: "PaaS",
    topic: "backup",
    owner: "customer",
    duty: "set the automated backup retention period and backup window of an RDS DB instance",
    statement:
      "RDS takes the automated snapshots and keeps the transaction logs, but the customer sets how many days they are kept (0 turns automated backups off), when the backup window runs, and takes manual snapshots for anything that must outlive that period.",
    why:
      "AWS performs the backup mechanics, yet how much history a business needs is a data-protection decision only the data owner can make, so the retention setting stays on the customer's side of the demarc.",
    misconception: "Because RDS is managed, AWS decides how long database backups are kept.",
    citations: [
      {
        kind: "aws-doc",
        title: "Introduction to backups - Amazon Relational Database Service",
        url: "https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_WorkingWithAutomatedBackups.html",
        quote: "RDS saves the automated backups of your DB instance according to the backup retention period that you specify.",
      },
      {
        kind: "aws-doc",
        title: "Enabling automated backups - Amazon Relational Database Service",
        url: "https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_WorkingWithAutomatedBackups.Enabling.html",
        quote: "You enable automated backups by setting the backup retention period to a positive nonzero value.",
      },
      {
        kind: "source",
        file: "004_aa8011a1b640d359.txt",
        section: "Container services",
        quote: "Data protection (in transit, at rest and backup)",
      },
    ],
  },
  {
    id: "rds.encryption-at-rest",
    service: "rds",
    model: "container",
    layer: "PaaS",
    topic: "encryption",
    owner: "customer",
    duty: "choose to encrypt an RDS DB instance's storage at rest, and with which KMS key, when the instance is created",
    statement:
      "Whether an RDS DB instance is encrypted at rest, and whether the AWS managed key or a customer managed KMS key protects it, is the customer's setting; it is chosen at creation, and then AWS encrypts the storage, automated backups, snapshots and read replicas transparently.",
    why:
      "AWS supplies the encryption feature and KMS, but whether data must be encrypted and who controls the key follows from the customer's data classification, which never moves to AWS.",
    misconception: "AWS decides whether an RDS database is encrypted, so there is nothing for the customer to choose.",
    citations: [
      {
        kind: "aws-doc",
        title: "storageEncrypted (CreateDbInstanceRequest) - AWS SDK for Kotlin API reference",
        url: "https://docs.aws.amazon.com/sdk-for-kotlin/api/latest/rds/aws.sdk.kotlin.services.rds.model/-create-db-instance-request/storage-encrypted.html",
        quote: "Specifes whether the DB instance is encrypted. By default, it isn't encrypted.",
      },
      {
        kind: "source",
        file: "004_aa8011a1b640d359.txt",
        section: "Protect data",
        quote: "RDS instance encryption",
      },
    ],
  },
  {
    id: "rds.encryption-in-transit",
    service: "rds",
    model: "container",
    layer: "PaaS",
    topic: "encryption",
    owner: "customer",
    duty: "make database clients connect to an RDS DB instance over SSL/TLS",
    statement:
      "RDS endpoints support SSL/TLS, but the customer must configure clients to use it and can make the database refuse unencrypted connections; traffic is only protected if the customer's side is set up that way.",
    why:
      "In container services the customer still owns network traffic protection for their data: AWS offers the TLS endpoint, the customer's applications decide whether to use it.",
    misconception: "Every connection to an RDS database is encrypted automatically, whatever the client does.",
    citations: [
      {
        kind: "aws-doc",
        title: "Encrypting client connections with SSL/TLS to MySQL DB instances on Amazon RDS - Amazon Relational Database Service",
        url: "https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/mysql-ssl-connections.html",
        quote: "Using SSL/TLS, you can encrypt a connection between your application client and your MySQL DB instance.",
      },
      {
        kind: "source",
        file: "001_1b349d5091cf0d19.txt",
        section: "Shared Responsibility in Container Services",
        quote: "security and transport of that data, and the application accessing it lies with the customer.",
      },
    ],
  },
  {
    id: "rds.network-access",
    service: "rds",
    model: "container",
    layer: "PaaS",
    topic: "network",
    owner: "customer",
    duty: "control which networks and hosts can reach an RDS DB instance",
    statement:
      "The customer places the DB instance in VPC subnets, decides whether it is publicly accessible, and writes the security group rules that let traffic reach the database port.",
    why:
      "AWS secures the network fabric, but the firewall rules around a specific database express the customer's own architecture, so they sit on the customer's side of the demarc in every model that has a VPC.",
    misconception: "AWS decides who can connect to an RDS database, so an instance opened to 0.0.0.0/0 is AWS's problem.",
    citations: [
      {
        kind: "aws-doc",
        title: "Infrastructure security in Amazon RDS",
        url: "https://docs.aws.amazon.com/hi_in/AmazonRDS/latest/UserGuide/infrastructure-security.html",
        quote: "Security groups control the access that traffic has in and out of a DB instance. By default, network access is turned off to a DB instance.",
      },
      {
        kind: "source",
        file: "004_aa8011a1b640d359.txt",
        section: "Container services",
        quote: "Firewall (virtual private cloud)",
      },
    ],
  },
  {
    id: "rds.credentials",
    service: "rds",
    model: "container",
    layer: "PaaS",
    topic: "identity",
    owner: "customer",
    duty: "create database users, set their passwords and grant table permissions in an RDS database",
    statement:
      "The customer chooses the master user password (or has RDS keep it in Secrets Manager), creates the other database users, and grants their privileges on schemas and tables.",
    why:
      "Who may read or change data is always the data owner's decision; a managed engine changes who patches the software, not who is allowed into the database.",
    misconception: "Because AWS manages RDS, AWS also manages the database logins and their passwords.",
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
        quote: "Like with Infrastructure Services, weak passwords are still an issue, as well as lack of encryption.",
      },
    ],
  },
  {
    id: "rds.iam-database-auth",
    service: "rds",
    model: "container",
    layer: "PaaS",
    topic: "identity",
    owner: "customer",
    duty: "turn on IAM database authentication for an RDS DB instance and grant the IAM permissions to connect",
    statement:
      "For MariaDB, MySQL and PostgreSQL the customer can switch on IAM database authentication, map database users to it and write the IAM policies that allow connecting; clients then present short-lived tokens instead of stored passwords.",
    why:
      "AWS runs the IAM service and generates the tokens, but configuring identities and policies is the customer's job in every model.",
    misconception: "IAM database authentication is part of AWS's side because IAM is an AWS service.",
    disagreement: {
      file: "004_aa8011a1b640d359.txt",
      note: "004 lists AWS Identity and Access Management on AWS's side of every model. AWS operates the IAM service, but enabling IAM authentication and writing the policies that grant database access is the customer's configuration.",
    },
    citations: [
      {
        kind: "aws-doc",
        title: "IAM database authentication for MariaDB, MySQL, and PostgreSQL - Amazon Relational Database Service",
        url: "https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/UsingWithRDS.IAMDBAuth.html",
        quote: "You can use IAM to centrally manage access to your database resources, instead of managing access individually on each DB instance.",
      },
    ],
  },
  {
    id: "rds.hardware",
    service: "rds",
    model: "container",
    layer: "PaaS",
    topic: "physical",
    owner: "aws",
    duty: "maintain and replace the servers and storage hardware that RDS DB instances run on",
    statement:
      "AWS owns the physical servers, storage and network gear under RDS and replaces failed hosts; the customer never touches hardware.",
    why:
      "Physical infrastructure is AWS's in every model; a container service only adds the OS and platform to AWS's side on top of it.",
    citations: [
      {
        kind: "source",
        file: "001_1b349d5091cf0d19.txt",
        section: "Shared Responsibility in Infrastructure Services",
        quote: "AWS handles the bare metal servers, hypervisors, storage and core networking",
      },
      {
        kind: "source",
        file: "001_1b349d5091cf0d19.txt",
        section: "Shared Responsibility in Container Services",
        quote: "as well as replacing hosts when needed.",
      },
    ],
  },
]);
