import { defineFacts } from "../schema";

const EC_SERVICE_UPDATES = {
  title: "Service updates in ElastiCache - Amazon ElastiCache",
  url: "https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/Self-Service-Updates.html",
} as const;

export const elasticacheFacts = defineFacts([
  {
    id: "elasticache.encryption-in-transit",
    service: "elasticache",
    model: "container",
    topic: "encryption",
    owner: "customer",
    duty: "enable TLS in-transit encryption on a node-based ElastiCache cluster",
    statement:
      "Serverless caches always use in-transit encryption, but on a node-based (self-designed) cluster the customer must turn it on and configure clients to connect with TLS.",
    why:
      "AWS supplies the encryption capability, while protecting the customer's own traffic is a configuration choice on the customer's side of a container service.",
    misconception: "Every ElastiCache cluster encrypts client traffic automatically.",
    citations: [
      {
        kind: "aws-doc",
        title: "Enabling in-transit encryption - Amazon ElastiCache",
        url: "https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/in-transit-encryption-enable.html",
        quote: "All serverless caches have in-transit encryption enabled. On a self-designed cluster, you can enable in-transit encryption using the AWS Management Console, the AWS CLI, or the ElastiCache API.",
      },
      {
        kind: "source",
        file: "001_1b349d5091cf0d19.txt",
        section: "Shared Responsibility in Container Services",
        quote: "Here, the customer is still responsible for customer IAM, customer data integrity, data encryption, and network traffic protection.",
      },
    ],
  },
  {
    id: "elasticache.engine-patching",
    service: "elasticache",
    model: "container",
    topic: "patching",
    owner: "shared",
    duty: "apply service updates to the nodes of a node-based ElastiCache cluster",
    statement:
      "On node-based clusters ElastiCache applies critical security updates automatically in the maintenance window the customer has set, while other service updates are self-service: the customer decides when and which to apply.",
    why:
      "AWS produces and ships the fixes for the managed engine, but the customer owns the schedule of their cluster, so timing is split between them.",
    misconception: "ElastiCache applies every service update to node-based clusters with no customer involvement.",
    split: {
      aws: "Releases service updates and automatically applies critical security updates during the cluster's maintenance window.",
      customer: "Sets the maintenance window and chooses when to apply the remaining self-service updates.",
    },
    citations: [
      {
        kind: "aws-doc",
        ...EC_SERVICE_UPDATES,
        quote: "For node-based clusters, you set up a predefined maintenance window. Critical security updates will automatically be applied in these maintenance windows.",
      },
      {
        kind: "aws-doc",
        ...EC_SERVICE_UPDATES,
        quote: "With self-service updates, you control when and which updates are applied to your node-based clusters.",
      },
    ],
  },
  {
    id: "elasticache.serverless-patching",
    service: "elasticache",
    model: "container",
    topic: "patching",
    owner: "aws",
    duty: "apply service updates to ElastiCache Serverless caches",
    statement:
      "For ElastiCache Serverless, AWS applies service updates automatically and transparently; there are no nodes or maintenance windows for the customer to manage.",
    why:
      "The serverless option removes the nodes from the customer's view, so the demarc rises and the whole update process becomes AWS's.",
    misconception: "ElastiCache Serverless users still schedule and apply engine patches themselves.",
    citations: [
      {
        kind: "aws-doc",
        ...EC_SERVICE_UPDATES,
        quote: "Service updates for serverless caches are automatically and transparently applied.",
      },
    ],
  },
]);
