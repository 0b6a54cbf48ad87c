import { defineFacts } from "../schema";

const F000 = "000_fdea47f1271acbe3.txt" as const;
const F001 = "001_1b349d5091cf0d19.txt" as const;
const F004 = "004_aa8011a1b640d359.txt" as const;
const DDB_AT_REST = {
  title: "DynamoDB encryption at rest - Amazon DynamoDB",
  url: "https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/EncryptionAtRest.html",
} as const;

export const dynamodbFacts = defineFacts([
  {
    id: "dynamodb.encryption-at-rest",
    service: "dynamodb",
    model: "abstract",
    topic: "encryption",
    owner: "aws",
    duty: "encrypt DynamoDB table data, indexes, streams and backups at rest",
    statement:
      "DynamoDB encrypts all stored table data at rest, including indexes, streams and backups, and this server-side encryption cannot be turned off.",
    why:
      "Server-side encryption inside an abstract service is implemented and run by AWS; for DynamoDB AWS goes further and makes it mandatory, so there is no unencrypted option for a customer to forget.",
    misconception: "DynamoDB tables are stored unencrypted unless the customer enables encryption.",
    citations: [
      {
        kind: "aws-doc",
        ...DDB_AT_REST,
        quote: "All user data stored in Amazon DynamoDB is fully encrypted at rest.",
      },
      {
        kind: "source",
        file: F000,
        section: "Shared Responsibility Model for Abstract Services",
        quote:
          "This model retains the level of security AWS must manage from the previous two models (infrastructure and container) and adds server-side encryption and network traffic protection.",
      },
    ],
  },
  {
    id: "dynamodb.key-choice",
    service: "dynamodb",
    model: "abstract",
    topic: "keys",
    owner: "customer",
    duty: "choose whether a table is encrypted with an AWS owned key, the AWS managed key or a customer managed KMS key",
    statement:
      "Encryption itself is automatic, but the customer selects which kind of KMS key protects each table, and with a customer managed key it also controls that key's policy and lifecycle.",
    why:
      "The key type decides who can audit, restrict or revoke access to the data, which is a governance decision only the data owner can make; AWS supplies the options.",
    misconception: "Because DynamoDB always encrypts, the customer has no choice about the keys involved.",
    citations: [
      {
        kind: "aws-doc",
        ...DDB_AT_REST,
        quote:
          "Encryption at rest integrates with AWS KMS for managing the encryption keys that are used to encrypt your tables.",
      },
      {
        kind: "source",
        file: F001,
        section: "Shared Responsibility in Abstracted Services",
        quote: "the customer is still responsible for customer IAM, data integrity, and data encryption.",
      },
    ],
  },
  {
    id: "dynamodb.backups",
    service: "dynamodb",
    model: "abstract",
    topic: "backup",
    owner: "customer",
    duty: "enable point-in-time recovery or on-demand backups for DynamoDB tables",
    statement:
      "Point-in-time recovery is a per-table option that the customer turns on (and pays for); without it, or on-demand backups, a table damaged by a bad write cannot be rolled back.",
    why:
      "AWS's replication keeps a table available through hardware failure but faithfully replicates the customer's own mistakes too. Recovering from those needs backups, a data-protection choice on the customer's side.",
    misconception: "DynamoDB's multi-facility replication already lets you restore a table to yesterday's state.",
    citations: [
      {
        kind: "aws-doc",
        title: "Enable point-in-time recovery in DynamoDB - Amazon DynamoDB",
        url: "https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/PointInTimeRecovery_Howitworks.html",
        quote: "You're billed for PITR usage until you turn off PITR for each table.",
      },
      {
        kind: "source",
        file: F001,
        section: "Shared Responsibility in Abstracted Services",
        quote: "the customer is still responsible for customer IAM, data integrity, and data encryption.",
      },
    ],
  },
  {
    id: "dynamodb.high-availability",
    service: "dynamodb",
    model: "abstract",
    topic: "availability",
    owner: "aws",
    duty: "replicate table data across multiple facilities within a Region",
    statement:
      "DynamoDB stores every table redundantly on multiple devices in multiple facilities of its Region without the customer configuring any replicas.",
    why:
      "For abstract services, high availability is built into the service AWS runs; the customer only decides on extras such as global tables in other Regions.",
    misconception: "DynamoDB users must set up standby replicas in another Availability Zone for each table.",
    citations: [
      {
        kind: "aws-doc",
        title: "Data protection in DynamoDB - Amazon DynamoDB",
        url: "https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/data-protection.html",
        quote: "Data is redundantly stored on multiple devices across multiple facilities in an Amazon DynamoDB Region.",
      },
      {
        kind: "source",
        file: F004,
        section: "Abstract services",
        quote: "High availability / scaling",
      },
    ],
  },
  {
    id: "dynamodb.access-policies",
    service: "dynamodb",
    model: "abstract",
    topic: "identity",
    owner: "customer",
    duty: "write the IAM policies that control which principals can read and write each DynamoDB table",
    statement:
      "DynamoDB has no database users of its own; the customer controls table access entirely through IAM policies it writes, down to individual items and attributes if needed.",
    why:
      "AWS runs IAM and enforces its decisions, but the permissions themselves describe the customer's applications and data, so configuring them stays with the customer in every model.",
    misconception: "DynamoDB access is managed by AWS because the service is serverless.",
    disagreement: {
      file: F004,
      note:
        "004 lists AWS Identity and Access Management on AWS's side of the abstract model. AWS operates the IAM service; the policies granting table access are the customer's.",
    },
    citations: [
      {
        kind: "source",
        file: F001,
        section: "Shared Responsibility in Abstracted Services",
        quote: "the customer is still responsible for customer IAM, data integrity, and data encryption.",
      },
      {
        kind: "source",
        file: F004,
        section: "Identity and Access Management (IAM)",
        quote:
          "The management of these access policies must be reviewed before allocation; by default, the minimum access policy is recommended.",
      },
    ],
  },
  {
    id: "dynamodb.os-patching",
    service: "dynamodb",
    model: "abstract",
    topic: "patching",
    owner: "aws",
    duty: "patch the operating systems and database software that run DynamoDB",
    statement:
      "AWS patches the hosts and the database engine behind DynamoDB; customers have no server, engine version or maintenance window to manage.",
    why:
      "The customer reaches DynamoDB only through its endpoint, with no access to the OS or platform, so both layers of patching fall to AWS in the abstract model.",
    misconception: "DynamoDB customers choose when to apply database engine patches, as with RDS maintenance windows.",
    citations: [
      {
        kind: "source",
        file: F000,
        section: "Shared Responsibility Model for Abstract Services",
        quote:
          "Customers do not have access to the underlying operating system (infrastructure) or the actual platform running these services (container).",
      },
      {
        kind: "source",
        file: F000,
        section: "Shared Responsibility Model for Abstract Services",
        quote:
          "the customer is totally abstracted away from maintaining security updates for the operating system or any platform patches and security management.",
      },
    ],
  },
]);
