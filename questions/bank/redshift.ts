import { defineFacts } from "../schema";

export const redshiftFacts = defineFacts([
  {
    id: "redshift.engine-patching",
    service: "redshift",
    model: "container",
    topic: "patching",
    owner: "aws",
    duty: "apply mandatory security and hardware updates to a provisioned Redshift cluster",
    statement:
      "AWS maintains provisioned Redshift clusters and applies upgrades in the cluster's maintenance window; the customer can move the window, pick the current or trailing maintenance track and defer optional maintenance, but mandatory security and hardware updates are still applied.",
    why:
      "The warehouse software and hardware are part of the managed platform, so AWS owns applying their fixes; the customer only influences timing.",
    misconception: "Redshift customers must patch the database software on their cluster nodes.",
    citations: [
      {
        kind: "aws-doc",
        title: "Considerations for using Amazon Redshift provisioned clusters - Amazon Redshift",
        url: "https://docs.aws.amazon.com/redshift/latest/mgmt/managing-cluster-considerations.html",
        quote: "If you defer maintenance, Amazon Redshift will still apply hardware updates or other mandatory security updates to your cluster.",
      },
      {
        kind: "aws-doc",
        title: "Considerations for using Amazon Redshift provisioned clusters - Amazon Redshift",
        url: "https://docs.aws.amazon.com/redshift/latest/mgmt/managing-cluster-considerations.html",
        quote: "Amazon Redshift periodically performs maintenance to apply upgrades to your cluster.",
      },
    ],
  },
  {
    id: "redshift.encryption-at-rest",
    service: "redshift",
    model: "container",
    topic: "keys",
    owner: "customer",
    duty: "decide which KMS key protects a Redshift cluster's data at rest",
    statement:
      "Redshift encrypts data blocks, system metadata and snapshots through a key hierarchy, and the customer decides whether a customer managed KMS key, whose policy, rotation and use they control, sits at the top instead of a default key.",
    why:
      "AWS performs the encryption, but control over the key that guards the data follows the customer's data classification and compliance needs.",
    misconception: "Encryption keys for a Redshift warehouse are always chosen and controlled by AWS.",
    citations: [
      {
        kind: "source",
        file: "004_aa8011a1b640d359.txt",
        section: "Protect data",
        quote: "AWS Redshift instance encryption",
      },
      {
        kind: "source",
        file: "001_1b349d5091cf0d19.txt",
        section: "Shared Responsibility in Container Services",
        quote: "the customer is still responsible for customer IAM, customer data integrity, data encryption",
      },
    ],
  },
  {
    id: "redshift.credentials",
    service: "redshift",
    model: "container",
    topic: "identity",
    owner: "customer",
    duty: "create Redshift database users and grant their privileges on schemas and tables",
    statement:
      "The customer creates the warehouse's database users and groups, sets their credentials, and grants each one only the schema and table privileges it needs.",
    why:
      "Access to the data inside a managed warehouse is identity configuration, which stays with the customer in every model.",
    misconception: "AWS controls which analysts can query which tables in a Redshift warehouse.",
    citations: [
      {
        kind: "source",
        file: "004_aa8011a1b640d359.txt",
        section: "Container services",
        quote: "Client identity and access management (database users, table permissions)",
      },
    ],
  },
]);
