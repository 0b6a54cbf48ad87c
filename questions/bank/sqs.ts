import { defineFacts } from "../schema";

const F000 = "000_fdea47f1271acbe3.txt" as const;
const SQS_SSE = {
  title: "Using server-side encryption with Amazon SQS queues - Amazon Simple Queue Service",
  url: "https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-java-configure-sse.html",
} as const;

export const sqsFacts = defineFacts([
  {
    id: "sqs.encryption-at-rest",
    service: "sqs",
    model: "abstract",
    topic: "encryption",
    owner: "customer",
    duty: "configure server-side encryption on a queue and choose its key (SSE-SQS or a KMS key)",
    statement:
      "The customer sets each queue's encryption attributes, deciding between SQS-managed keys and a KMS key, and which KMS key to use when message contents are sensitive.",
    why:
      "AWS implements the encryption, but how strongly a queue's messages must be protected, and who should control the key, depends on what the customer puts in them.",
    misconception: "SQS queue encryption settings are fixed by AWS and cannot be chosen by the customer.",
    disagreement: {
      file: "004_aa8011a1b640d359.txt",
      note:
        "004 puts server-side data protection at rest on AWS's side for abstract services. AWS runs the encryption, but AWS documentation shows the queue's encryption and key settings are configured by the customer.",
    },
    citations: [
      {
        kind: "aws-doc",
        ...SQS_SSE,
        quote:
          "To enable server-side encryption for an existing queue, use the SetQueueAttributes method to set the KmsMasterKeyId attribute.",
      },
      {
        kind: "source",
        file: "001_1b349d5091cf0d19.txt",
        section: "Shared Responsibility in Abstracted Services",
        quote: "the customer is still responsible for customer IAM, data integrity, and data encryption.",
      },
    ],
  },
  {
    id: "sqs.server-side-encryption",
    service: "sqs",
    model: "abstract",
    topic: "encryption",
    owner: "aws",
    duty: "carry out the server-side encryption and decryption of messages stored in an encrypted queue",
    statement:
      "Once a queue is set to encrypt, SQS itself encrypts messages as they arrive and decrypts them for authorised consumers, using either the SQS-managed key or the KMS key the customer selected.",
    why:
      "The encryption algorithm runs inside a service the customer cannot reach, so its correct implementation is AWS's, just as with SSE-S3.",
    misconception: "Producers must encrypt each message themselves for an SSE-enabled queue to store it encrypted.",
    citations: [
      {
        kind: "aws-doc",
        ...SQS_SSE,
        quote: "Each queue uses an AWS Key Management Service (AWS KMS) KMS key to generate the data encryption keys.",
      },
      {
        kind: "source",
        file: F000,
        section: "Shared Responsibility Model for Abstract Services",
        quote:
          "AWS is responsible for implementing and controlling any server-side encryption algorithms, such as Amazon S3 Server-Side Encryption (SSE-S3).",
      },
    ],
  },
  {
    id: "sqs.access-policies",
    service: "sqs",
    model: "abstract",
    topic: "identity",
    owner: "customer",
    duty: "write the queue access policies and IAM policies that decide who may send and receive messages",
    statement:
      "The queue owner grants send, receive and delete rights through IAM policies and the queue's access policy, including any access for other AWS accounts.",
    why:
      "Permissions on a queue describe the customer's own producers and consumers, so they are customer configuration even though AWS evaluates them.",
    misconception: "Any authenticated AWS user can read messages from an SQS queue unless AWS blocks it.",
    disagreement: {
      file: "004_aa8011a1b640d359.txt",
      note:
        "004 lists AWS Identity and Access Management on AWS's side for abstract services; AWS runs IAM, but the queue and IAM policies are written by the customer.",
    },
    citations: [
      {
        kind: "aws-doc",
        title: "Basic examples of Amazon SQS policies - Amazon Simple Queue Service",
        url: "https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-customer-managed-policy-examples.html",
        quote:
          "The following example policy grants AWS account number 111122223333 the SendMessage permission for the queue named 444455556666/queue1 in the US East (Ohio) region.",
      },
      {
        kind: "source",
        file: "001_1b349d5091cf0d19.txt",
        section: "Shared Responsibility in Abstracted Services",
        quote: "the customer is still responsible for customer IAM, data integrity, and data encryption.",
      },
    ],
  },
  {
    id: "sqs.os-patching",
    service: "sqs",
    model: "abstract",
    topic: "patching",
    owner: "aws",
    duty: "patch the operating systems and messaging platform that run Amazon SQS",
    statement:
      "AWS keeps the servers and queueing software behind SQS updated; customers work only with queues through the SQS endpoint.",
    why:
      "SQS is one of the textbook abstract services: neither the OS nor the platform is visible to the customer, so neither can be the customer's to patch.",
    misconception: "SQS users are responsible for updating the message broker software behind their queues.",
    citations: [
      {
        kind: "source",
        file: F000,
        section: "Shared Responsibility Model for Abstract Services",
        quote: "Amazon Simple Queue Service (SQS)",
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
