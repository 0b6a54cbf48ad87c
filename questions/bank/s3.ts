import { defineFacts } from "../schema";

const S000_ABSTRACT = "Shared Responsibility Model for Abstract Services";
const S000_EXAMPLE = "Shared Responsibility Model Example for Abstract Services";
const F000 = "000_fdea47f1271acbe3.txt" as const;
const F001 = "001_1b349d5091cf0d19.txt" as const;
const F004 = "004_aa8011a1b640d359.txt" as const;

const KMS_CONCEPTS = {
  title: "Basic concepts - AWS Key Management Service",
  url: "https://docs.aws.amazon.com/kms/latest/cryptographic-details/basic-concepts.html",
} as const;
const KMS_EDITING = {
  title: "Editing keys - AWS Key Management Service",
  url: "https://docs.aws.amazon.com/us_en/kms/latest/developerguide/editing-keys.html",
} as const;
const SSE_C = {
  title: "Using server-side encryption with customer-provided keys (SSE-C) - Amazon Simple Storage Service",
  url: "https://docs.aws.amazon.com/AmazonS3/latest/userguide/ServerSideEncryptionCustomerKeys.html",
} as const;

export const s3Facts = defineFacts([
  {
    id: "s3.sse-s3-keys",
    service: "s3",
    model: "abstract",
    topic: "keys",
    owner: "aws",
    duty: "generate, store and rotate the keys used for SSE-S3 (Amazon S3 managed keys) encryption",
    statement:
      "With SSE-S3, Amazon S3 creates the per-object keys, protects them with a key it rotates itself, and does all the encrypting and decrypting; the customer never sees or handles these keys.",
    why:
      "In the abstract model the server side of the service belongs to AWS, so an encryption option that lives entirely inside S3 is run by AWS end to end. The price of that convenience is that the customer gets no say over those keys.",
    misconception: "With SSE-S3 the customer still has to rotate the S3-managed keys on a schedule.",
    citations: [
      {
        kind: "source",
        file: F000,
        section: S000_ABSTRACT,
        quote:
          "AWS is responsible for implementing and controlling any server-side encryption algorithms, such as Amazon S3 Server-Side Encryption (SSE-S3).",
      },
      {
        kind: "source",
        file: F000,
        section: S000_ABSTRACT,
        quote: "Therefore, the customer has no control over the access keys used for this encryption method",
      },
      {
        kind: "aws-doc",
        title: "Amazon Simple Storage Service - AWS Prescriptive Guidance (encryption best practices)",
        url: "https://docs.aws.amazon.com/prescriptive-guidance/latest/encryption-best-practices/s3.html",
        quote:
          "Amazon S3 applies server-side encryption with Amazon S3 managed keys (SSE-S3) as the base level of encryption for every bucket in Amazon S3.",
      },
    ],
  },
  {
    id: "s3.encryption-at-rest",
    service: "s3",
    model: "abstract",
    topic: "encryption",
    owner: "customer",
    duty: "decide which encryption option (SSE-S3, SSE-KMS, SSE-C or client-side) protects the objects in a bucket",
    statement:
      "Checking its own policies and data sensitivity, the customer chooses how its objects are encrypted: the SSE-S3 baseline, SSE-KMS with a KMS key, SSE-C with its own keys, or encryption before upload.",
    why:
      "AWS supplies the encryption machinery, but only the data owner knows what regulations and internal rules apply to the data, so selecting and configuring the option is a customer setting on the customer's side of the demarc.",
    misconception: "Because S3 encrypts new objects by default, the choice of encryption method is AWS's responsibility.",
    disagreement: {
      file: F004,
      note:
        "004 lists server-side data protection at rest (SSE) on AWS's side for abstract services. AWS does perform server-side encryption, but AWS documentation and 000 make choosing and configuring the encryption option the customer's decision.",
    },
    citations: [
      {
        kind: "source",
        file: F000,
        section: S000_EXAMPLE,
        quote:
          "you need to refer to your organizational policies to see if encryption at rest is required. Your first decision is whether you will do client- or server-side encryption.",
      },
      {
        kind: "source",
        file: F001,
        section: "Shared Responsibility in Abstracted Services",
        quote: "the customer is still responsible for customer IAM, data integrity, and data encryption.",
      },
      {
        kind: "aws-doc",
        title: "Client-side and server-side encryption - Amazon S3 Encryption Client",
        url: "https://docs.aws.amazon.com/amazon-s3-encryption-client/latest/developerguide/client-server-side.html",
        quote: "The tools that you choose depend on your security requirements and the sensitivity of your data.",
      },
    ],
  },
  {
    id: "s3.sse-kms-aws-managed-key",
    service: "s3",
    model: "abstract",
    topic: "keys",
    owner: "aws",
    duty: "set the key policy and rotation schedule of the AWS managed KMS key (aws/s3) used for SSE-KMS",
    statement:
      "When a bucket uses SSE-KMS with the AWS managed key aws/s3, AWS writes that key's policy and runs its rotation; the customer can view the key and its CloudTrail events but cannot change it.",
    why:
      "An AWS managed key sits in the customer's account but is owned operationally by the AWS service that created it. Customers who need to control the policy or rotation must switch to a customer managed key.",
    misconception: "A customer can edit the key policy of the aws/s3 key to share encrypted objects with another account.",
    citations: [
      {
        kind: "aws-doc",
        ...KMS_CONCEPTS,
        quote:
          "AWS creates and controls the lifecycle and key policies of AWS managed keys, which are resources in a customer",
      },
      {
        kind: "aws-doc",
        ...KMS_EDITING,
        quote: "You cannot edit any properties of AWS managed keys or AWS owned keys.",
      },
      {
        kind: "source",
        file: F000,
        section: S000_EXAMPLE,
        quote:
          "you must either provide your own Customer Managed Key (CMS) using Key Management Service (KMS) or use the Amazon-managed key",
      },
    ],
  },
  {
    id: "s3.sse-kms-customer-managed-key",
    service: "s3",
    model: "abstract",
    topic: "keys",
    owner: "customer",
    duty: "write the key policy, enable rotation and schedule deletion of a customer managed KMS key used for SSE-KMS",
    statement:
      "If the customer encrypts S3 objects with its own customer managed KMS key, it decides who may use and administer the key, whether automatic rotation is on, and when the key is disabled or deleted.",
    why:
      "A customer managed key is created by the customer for exactly this control, so its lifecycle and permissions sit on the customer's side; AWS still runs the KMS service and the hardware that protects the key material.",
    misconception: "AWS rotates and manages customer managed keys just as it does AWS managed keys.",
    disagreement: {
      file: F000,
      note: "000 abbreviates customer managed key as \"CMS\"; the usual abbreviation is CMK (AWS now says \"customer managed key\").",
    },
    citations: [
      {
        kind: "aws-doc",
        ...KMS_CONCEPTS,
        quote: "Customers create and control the lifecycle and key policies of customer managed keys.",
      },
      {
        kind: "aws-doc",
        ...KMS_EDITING,
        quote:
          "You can enable and disable automatic key rotation on the Key rotation tab of the details page for the customer managed key",
      },
      {
        kind: "source",
        file: F000,
        section: S000_EXAMPLE,
        quote:
          "you must either provide your own Customer Managed Key (CMS) using Key Management Service (KMS) or use the Amazon-managed key",
      },
    ],
  },
  {
    id: "s3.sse-c-key-custody",
    service: "s3",
    model: "abstract",
    topic: "keys",
    owner: "customer",
    duty: "store and safeguard the encryption keys supplied with SSE-C requests",
    statement:
      "Under SSE-C the customer generates the key, keeps it, and must send the same key with every upload and download; S3 does not keep a copy, so a lost key means objects that can no longer be read.",
    why:
      "SSE-C moves key custody deliberately to the customer while leaving the cryptographic work to S3. Since AWS holds only a salted HMAC to validate requests, nobody at AWS can recover a lost key.",
    misconception: "AWS keeps a backup of SSE-C keys and can restore access if the customer loses one.",
    citations: [
      {
        kind: "aws-doc",
        ...SSE_C,
        quote: "The only thing that you need to do is manage the encryption keys that you provide.",
      },
      {
        kind: "aws-doc",
        ...SSE_C,
        quote: "Amazon S3 does not store the encryption key that you provide.",
      },
    ],
  },
  {
    id: "s3.sse-c-encryption",
    service: "s3",
    model: "abstract",
    topic: "encryption",
    owner: "aws",
    duty: "perform the AES-256 encryption and decryption of objects uploaded with SSE-C",
    statement:
      "With SSE-C, Amazon S3 itself encrypts each object with the supplied key as it writes to disk, decrypts it on retrieval, and then discards the key from memory.",
    why:
      "Server-side encryption algorithms run inside the abstracted service, which only AWS operates; SSE-C changes who holds the key, not who executes the cipher.",
    misconception: "SSE-C means the customer has to run its own encryption code before uploading.",
    citations: [
      {
        kind: "aws-doc",
        ...SSE_C,
        quote:
          "Amazon S3 manages data encryption as it writes to disks and data decryption when you access your objects.",
      },
      {
        kind: "source",
        file: F000,
        section: S000_ABSTRACT,
        quote:
          "AWS is responsible for implementing and controlling any server-side encryption algorithms, such as Amazon S3 Server-Side Encryption (SSE-S3).",
      },
    ],
  },
  {
    id: "s3.client-side-encryption",
    service: "s3",
    model: "abstract",
    topic: "encryption",
    owner: "customer",
    duty: "encrypt objects and manage the keys when using client-side encryption before upload",
    statement:
      "With client-side encryption the customer encrypts data in its own environment, manages the keys, and uploads only ciphertext; S3 stores the objects without knowing they are encrypted.",
    why:
      "Everything happens before the data crosses into AWS, so the encryption, the keys and their loss are wholly the customer's. The upside is that plaintext is never exposed to AWS.",
    misconception: "S3 can decrypt client-side encrypted objects for you if you lose the key.",
    citations: [
      {
        kind: "source",
        file: F000,
        section: S000_EXAMPLE,
        quote: "encrypt the document, and then upload the encrypted payload to the S3 bucket.",
      },
      {
        kind: "source",
        file: F004,
        section: "Abstract services",
        quote: "Data protection (at rest – CSE)",
      },
      {
        kind: "aws-doc",
        title: "Protecting data by using client-side encryption - Amazon Simple Storage Service",
        url: "https://docs.aws.amazon.com/AmazonS3/latest/userguide/UsingClientSideEncryption.html",
        quote:
          "Amazon S3 receives your objects already encrypted; Amazon S3 does not play a role in encrypting or decrypting your objects.",
      },
    ],
  },
  {
    id: "s3.access-policies",
    service: "s3",
    model: "abstract",
    topic: "identity",
    owner: "customer",
    duty: "grant access to a bucket with IAM policies for internal users and bucket policies for other accounts",
    statement:
      "The bucket owner decides who may read and write its data: identity-based IAM policies suit its own users and roles, while a bucket policy is the way to let principals from another AWS account in.",
    why:
      "AWS runs the IAM and S3 policy engines, but which principals get which permissions is a statement about the customer's data, so it is the customer's configuration in every model.",
    misconception: "Because S3 is fully managed, AWS decides which IAM users may read a bucket.",
    disagreement: {
      file: F004,
      note:
        "004 lists AWS Identity and Access Management on AWS's side for abstract services. AWS operates the IAM service, but writing the IAM and bucket policies that grant access is always the customer's job.",
    },
    citations: [
      {
        kind: "source",
        file: F000,
        section: S000_EXAMPLE,
        quote: "You can create an IAM policy if access is limited to internal users.",
      },
      {
        kind: "source",
        file: F000,
        section: S000_EXAMPLE,
        quote:
          "If users from another organization need to access the data and documents, you will craft a bucket policy with the correct permissions.",
      },
    ],
  },
  {
    id: "s3.public-access",
    service: "s3",
    model: "abstract",
    topic: "configuration",
    owner: "customer",
    duty: "keep buckets and objects from being publicly readable, for example with S3 Block Public Access",
    statement:
      "New buckets start private, but if the customer grants public read through a policy or ACL the data is open to the internet; keeping Block Public Access on at account and bucket level is the customer's job.",
    why:
      "Exposure through permissions is a configuration choice inside the customer's account. AWS provides safe defaults and guardrails, but a bucket the customer makes public is the customer's breach, not AWS's.",
    misconception: "If an S3 bucket is left publicly readable, AWS is responsible for the resulting data leak.",
    citations: [
      {
        kind: "source",
        file: F001,
        section: "Shared Responsibility in Abstracted Services",
        quote:
          "For example, if the customer leaves public read permissions open on an S3 bucket, that data is fully accessible on the open internet and AWS is not to blame.",
      },
      {
        kind: "aws-doc",
        title: "Configuring block public access settings for your account - Amazon Simple Storage Service",
        url: "https://docs.aws.amazon.com/AmazonS3/latest/user-guide/block-public-access-account.html",
        quote: "By default, new buckets, access points, and objects do not allow public access.",
      },
      {
        kind: "aws-doc",
        title: "Configuring block public access settings for your S3 buckets - Amazon Simple Storage Service",
        url: "https://docs.aws.amazon.com/AmazonS3/latest/userguide/configuring-block-public-access-bucket.html",
        quote: "You can also block public access to buckets that are already public.",
      },
    ],
  },
  {
    id: "s3.versioning",
    service: "s3",
    model: "abstract",
    topic: "backup",
    owner: "customer",
    duty: "turn on S3 Versioning so that overwritten or deleted objects can be recovered",
    statement:
      "Versioning is off until the customer enables it on a bucket; once on, S3 keeps earlier versions so the customer can roll back accidental overwrites and deletions.",
    why:
      "AWS's durability protects against hardware loss, not against the customer's own mistaken writes or deletes. Guarding against those is a data-protection setting the customer must choose and pay for.",
    misconception: "S3's eleven-nines durability means deleted objects can always be recovered without versioning.",
    citations: [
      {
        kind: "source",
        file: F004,
        section: "Protect data",
        quote:
          "it is recommended to use versioning to store the data with, in the best of cases, replication between different regions.",
      },
      {
        kind: "aws-doc",
        title: "Retrieving object versions from a versioning-enabled bucket - Amazon Simple Storage Service",
        url: "https://docs.aws.amazon.com/AmazonS3/latest/userguide/RetrievingObjectVersions.html",
        quote: "Versioning in Amazon S3 is a way of keeping multiple variants of an object in the same bucket.",
      },
      {
        kind: "aws-doc",
        title: "Restoring previous versions - Amazon Simple Storage Service",
        url: "https://docs.aws.amazon.com/AmazonS3/latest/userguide/RestoringPreviousVersions.html",
        quote: "You can use versioning to retrieve previous versions of an object.",
      },
    ],
  },
  {
    id: "s3.cross-region-replication",
    service: "s3",
    model: "abstract",
    topic: "availability",
    owner: "customer",
    duty: "configure Cross-Region Replication to keep copies of objects in another AWS Region",
    statement:
      "S3 does not copy data out of its Region on its own; the customer must set up replication rules (and versioning) if it wants copies in a second Region for disaster recovery or compliance.",
    why:
      "AWS keeps data resilient inside the Region the customer picked, but where data may live, and whether it should be duplicated across Regions, is a customer decision with cost and data-residency consequences.",
    misconception: "S3 automatically replicates every bucket to a second AWS Region.",
    citations: [
      {
        kind: "source",
        file: F004,
        section: "Protect data",
        quote:
          "it is recommended to use versioning to store the data with, in the best of cases, replication between different regions.",
      },
      {
        kind: "aws-doc",
        title: "s3-bucket-cross-region-replication-enabled - AWS Config",
        url: "https://docs.aws.amazon.com/config/latest/developerguide/s3-bucket-cross-region-replication-enabled.html",
        quote: "Checks if you have enabled S3 Cross-Region Replication for your Amazon S3 buckets.",
      },
    ],
  },
  {
    id: "s3.high-availability",
    service: "s3",
    model: "abstract",
    topic: "availability",
    owner: "aws",
    duty: "store each object redundantly across multiple Availability Zones within its Region",
    statement:
      "For the standard storage classes, S3 itself copies objects onto devices in several Availability Zones and repairs lost redundancy, with no replication setup by the customer.",
    why:
      "In abstract services high availability and durability are part of the service AWS sells, not something the customer builds; the customer only chooses the storage class (One Zone-IA, for instance, trades this for a single AZ).",
    misconception: "S3 users must copy objects to a second Availability Zone themselves to survive an AZ failure.",
    citations: [
      {
        kind: "source",
        file: F000,
        section: S000_ABSTRACT,
        quote:
          "when S3 automatically copies customer data to multiple endpoints across different availability zones",
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
    id: "s3.internal-traffic",
    service: "s3",
    model: "abstract",
    topic: "network",
    owner: "aws",
    duty: "secure the traffic when S3 copies customer data between its own components across Availability Zones",
    statement:
      "The internal transfers S3 makes between its storage endpoints in different Availability Zones are protected by AWS; the customer cannot see or configure that traffic.",
    why:
      "Duties follow control: a party can only secure what it can touch. Replication inside S3 is invisible to the customer, so its protection can only be AWS's.",
    misconception: "Customers must enable TLS for the copies S3 makes between Availability Zones.",
    citations: [
      {
        kind: "source",
        file: F000,
        section: S000_ABSTRACT,
        quote: "As a customer, you have no control over this data transfer, so AWS must secure the traffic.",
      },
      {
        kind: "source",
        file: F000,
        section: S000_ABSTRACT,
        quote:
          "This model retains the level of security AWS must manage from the previous two models (infrastructure and container) and adds server-side encryption and network traffic protection.",
      },
    ],
  },
  {
    id: "s3.engine-patching",
    service: "s3",
    model: "abstract",
    topic: "patching",
    owner: "aws",
    duty: "apply security patches to the S3 platform software and the operating systems beneath it",
    statement:
      "AWS keeps both the S3 service software and the operating systems of the servers running it patched; bucket owners reach S3 only through its API endpoints and never log in to, or update, anything underneath.",
    why:
      "In the abstract model the customer has no access to the infrastructure or platform layers, so the OS and platform patching that an EC2 user would do falls entirely to AWS.",
    misconception: "S3 customers must schedule maintenance windows to patch the storage servers or the S3 software.",
    citations: [
      {
        kind: "source",
        file: F000,
        section: S000_EXAMPLE,
        quote:
          "AWS already manages the S3 platform and keeps the application and operating system patches up to date.",
      },
      {
        kind: "source",
        file: F000,
        section: S000_ABSTRACT,
        quote:
          "Customers do not have access to the underlying operating system (infrastructure) or the actual platform running these services (container).",
      },
      {
        kind: "source",
        file: F000,
        section: S000_ABSTRACT,
        quote:
          "the customer is totally abstracted away from maintaining security updates for the operating system or any platform patches and security management.",
      },
    ],
  },
  {
    id: "s3.data",
    service: "s3",
    model: "abstract",
    topic: "data",
    owner: "customer",
    duty: "classify the objects stored in S3 and decide who, as bucket administrator, may access them",
    statement:
      "The customer owns what it puts into its buckets: it classifies the content, decides whether it needs protection, and controls who can reach it.",
    why:
      "However abstract the service, AWS cannot know what the bytes mean. The data, its sensitivity and its audience stay on the customer's side of the demarc in every model.",
    misconception: "In an abstract service like S3, AWS becomes responsible for the data itself.",
    citations: [
      {
        kind: "source",
        file: F000,
        section: S000_EXAMPLE,
        quote: "the customer manages their data, who has access to it, and the encryption settings.",
      },
      {
        kind: "source",
        file: F000,
        section: S000_EXAMPLE,
        quote:
          "you, as the bucket administrator, need to decide who will gain access to this bucket and how you will control this access.",
      },
    ],
  },
]);
