import { defineFacts } from "../schema";

const EFS_ENCRYPTION = {
  title: "Encrypting data in Amazon EFS - Amazon Elastic File System",
  url: "https://docs.aws.amazon.com/efs/latest/ug/efs-enforce-encryption.html",
} as const;

export const efsFacts = defineFacts([
  {
    id: "efs.encryption-at-rest",
    service: "efs",
    model: "abstract",
    topic: "encryption",
    owner: "customer",
    duty: "choose encryption at rest when creating an EFS file system",
    statement:
      "Encryption at rest is a setting the customer picks at file-system creation; it cannot be switched on later, so an unencrypted file system has to be replaced by a new encrypted one.",
    why:
      "AWS performs the encryption with KMS, but whether data of a given classification must be encrypted is the customer's call, and EFS makes that call at creation time only.",
    misconception: "You can turn on encryption at rest for an existing unencrypted EFS file system at any time.",
    citations: [
      {
        kind: "aws-doc",
        title: "Encrypting data at rest - Amazon Elastic File System",
        url: "https://docs.aws.amazon.com/efs/latest/ug/encryption-at-rest.html",
        quote: "Once you create an EFS file system, you cannot change its encryption setting.",
      },
      {
        kind: "aws-doc",
        ...EFS_ENCRYPTION,
        quote: "You can enable encryption of data at rest when creating an Amazon EFS file system.",
      },
      {
        kind: "source",
        file: "004_aa8011a1b640d359.txt",
        section: "Protect data",
        quote: "EFS encryption",
      },
    ],
  },
  {
    id: "efs.encryption-in-transit",
    service: "efs",
    model: "abstract",
    topic: "encryption",
    owner: "customer",
    duty: "mount EFS file systems with TLS so that NFS traffic is encrypted in transit",
    statement:
      "Traffic between clients and EFS is encrypted only if the customer mounts the file system with encryption in transit (TLS) enabled on its clients.",
    why:
      "The mount happens on the customer's instances or containers, which the customer controls; AWS offers TLS support, but turning it on is part of the customer's client configuration.",
    misconception: "All NFS traffic to EFS is encrypted automatically, whatever mount options are used.",
    citations: [
      {
        kind: "aws-doc",
        ...EFS_ENCRYPTION,
        quote: "You can enable encryption of data in transit when you mount the file system.",
      },
      {
        kind: "source",
        file: "001_1b349d5091cf0d19.txt",
        section: "Shared Responsibility in Abstracted Services",
        quote: "encryption on all data (in transit if possible)",
      },
    ],
  },
  {
    id: "efs.network-access",
    service: "efs",
    model: "abstract",
    topic: "network",
    owner: "customer",
    duty: "attach security groups to EFS mount targets that allow NFS only from the intended clients",
    statement:
      "Each EFS mount target gets a network interface in the customer's VPC, and the customer chooses the security groups on it that decide which hosts can reach the file system.",
    why:
      "Mount targets live in the customer's own subnets, so filtering traffic to them is the same VPC network configuration the customer owns for any resource it places there.",
    misconception: "EFS mount targets are shielded by AWS, so security groups on them do not matter.",
    citations: [
      {
        kind: "aws-doc",
        title: "ModifyMountTargetSecurityGroups - Amazon Elastic File System",
        url: "https://docs.aws.amazon.com/efs/latest/ug/API_ModifyMountTargetSecurityGroups.html",
        quote: "Modifies the set of security groups in effect for a mount target.",
      },
      {
        kind: "source",
        file: "004_aa8011a1b640d359.txt",
        section: "Control flows",
        quote: "By default, all flows must be closed",
      },
    ],
  },
  {
    id: "efs.os-patching",
    service: "efs",
    model: "abstract",
    topic: "patching",
    owner: "aws",
    duty: "patch the operating systems and file-server software that run Amazon EFS",
    statement:
      "AWS maintains and updates the servers and storage software that provide EFS; customers only mount the file system and never manage NFS servers.",
    why:
      "EFS is consumed through endpoints rather than servers the customer can log in to, so in the abstract model OS and platform patching behind it is AWS's.",
    misconception: "EFS users must patch the NFS servers behind their file system.",
    citations: [
      {
        kind: "source",
        file: "000_fdea47f1271acbe3.txt",
        section: "Shared Responsibility Model for Abstract Services",
        quote:
          "the customer is totally abstracted away from maintaining security updates for the operating system or any platform patches and security management.",
      },
    ],
  },
]);
