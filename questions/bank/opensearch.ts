import { defineFacts } from "../schema";

export const opensearchFacts = defineFacts([
  {
    id: "opensearch.engine-patching",
    service: "opensearch",
    model: "container",
    topic: "patching",
    owner: "aws",
    duty: "release and apply required service software updates to an OpenSearch Service domain",
    statement:
      "AWS releases service software updates for OpenSearch Service domains and applies required ones itself if the customer has not started them within the notice period; moving to a newer OpenSearch engine version is a separate upgrade the customer initiates.",
    why:
      "The service software is part of the managed platform below the demarc; the customer may pick an earlier, quieter time, but AWS ensures required fixes land.",
    misconception: "If an OpenSearch Service domain's owner ignores a required update, the domain stays unpatched indefinitely.",
    citations: [
      {
        kind: "aws-doc",
        title: "Service software updates in Amazon OpenSearch Service - Amazon OpenSearch Service",
        url: "https://docs.aws.amazon.com/opensearch-service/latest/developerguide/service-software.html",
        quote: "If you take no action on required updates, OpenSearch Service still updates your domain service software automatically after a certain timeframe (typically two weeks).",
      },
    ],
  },
  {
    id: "opensearch.encryption-at-rest",
    service: "opensearch",
    model: "container",
    topic: "encryption",
    owner: "customer",
    duty: "turn on encryption of data at rest for an OpenSearch Service domain and choose its KMS key",
    statement:
      "The customer enables encryption at rest for a domain and chooses the KMS key; once on, indexes, logs, swap files and automated snapshots are encrypted, and the setting cannot be turned off again.",
    why:
      "AWS provides the encryption and key service, but whether the domain's data must be encrypted, and under whose key, is the data owner's decision.",
    misconception: "Every OpenSearch Service domain is encrypted at rest with a key the customer never has to think about.",
    citations: [
      {
        kind: "aws-doc",
        title: "Encryption of data at rest for Amazon OpenSearch Service - Amazon OpenSearch Service",
        url: "https://docs.aws.amazon.com/opensearch-service/latest/developerguide/encryption-at-rest.html",
        quote: "OpenSearch Service domains offer encryption of data at rest, a security feature that helps prevent unauthorized access to your data.",
      },
      {
        kind: "aws-doc",
        title: "Encryption of data at rest for Amazon OpenSearch Service - Amazon OpenSearch Service",
        url: "https://docs.aws.amazon.com/opensearch-service/latest/developerguide/encryption-at-rest.html",
        quote: "After you configure a domain to encrypt data at rest, you can't disable the setting.",
      },
    ],
  },
  {
    id: "opensearch.access-policies",
    service: "opensearch",
    model: "container",
    topic: "identity",
    owner: "customer",
    duty: "write the domain access policy that decides who can reach an OpenSearch Service domain's indexes and APIs",
    statement:
      "The customer writes the domain's resource-based access policy (and any identity-based or IP-based policies, or fine-grained access control) that decides which principals can call its indexes and APIs.",
    why:
      "AWS enforces the policies, but writing them is access configuration, which is always on the customer's side; an open access policy exposes the data no matter how well AWS runs the cluster.",
    misconception: "AWS keeps an OpenSearch Service domain private even if its access policy allows everyone.",
    disagreement: {
      file: "004_aa8011a1b640d359.txt",
      note: "004 lists AWS Identity and Access Management on AWS's side of every model. AWS runs the policy engine, but the domain access policy and any IAM policies granting access are written by the customer.",
    },
    citations: [
      {
        kind: "aws-doc",
        title: "Identity and Access Management in Amazon OpenSearch Service",
        url: "https://docs.aws.amazon.com/en_gb/opensearch-service/latest/developerguide/ac.html",
        quote: "You add a resource-based policy, often called the domain access policy, when you create a domain.",
      },
    ],
  },
]);
