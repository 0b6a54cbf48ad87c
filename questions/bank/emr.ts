import { defineFacts } from "../schema";

export const emrFacts = defineFacts([
  {
    id: "emr.encryption-at-rest",
    service: "emr",
    model: "container",
    topic: "encryption",
    owner: "customer",
    duty: "turn on encryption for EMR cluster data at rest on EBS volumes and in EMRFS on S3",
    statement:
      "The customer creates an EMR security configuration that enables at-rest encryption for the cluster's local disks and EMRFS data in S3 (and in-transit encryption between nodes), chooses the keys, and attaches it when launching the cluster.",
    why:
      "In container services AWS runs the platform, but data encryption remains a customer decision because it follows from how sensitive the customer's data is.",
    misconception: "Data processed on an EMR cluster is always encrypted by AWS without any configuration.",
    citations: [
      {
        kind: "aws-doc",
        title: "Encrypt data at rest and in transit with Amazon EMR - Amazon EMR",
        url: "https://docs.aws.amazon.com/emr/latest/ReleaseGuide/emr-data-encryption.html",
        quote: "Security configurations offer settings to enable security for data in-transit and data at-rest in Amazon Elastic Block Store (Amazon EBS) volumes and EMRFS on Amazon S3.",
      },
      {
        kind: "source",
        file: "004_aa8011a1b640d359.txt",
        section: "Protect data",
        quote: "EMR cluster encryption on server side and in transit",
      },
    ],
  },
  {
    id: "emr.network-access",
    service: "emr",
    model: "container",
    topic: "network",
    owner: "customer",
    duty: "restrict which sources can reach EMR cluster nodes through security group rules",
    statement:
      "The customer decides which subnets an EMR cluster runs in and which security group rules admit traffic to its nodes, and can keep EMR block public access switched on so clusters with rules open to the whole internet are refused.",
    why:
      "AWS provides the network controls, but which ports and sources a workload needs is the customer's design, so firewall configuration stays on the customer's side.",
    misconception: "EMR clusters are isolated from the internet by AWS no matter how their security groups are written.",
    citations: [
      {
        kind: "aws-doc",
        title: "BlockPublicAccessConfiguration - Amazon EMR",
        url: "https://docs.aws.amazon.com/emr/latest/APIReference/API_BlockPublicAccessConfiguration.html",
        quote: "When BlockPublicSecurityGroupRules is set to true, Amazon EMR prevents cluster creation if one of the cluster's security groups has a rule that allows inbound traffic from 0.0.0.0/0 or ::/0",
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
    id: "emr.hardware",
    service: "emr",
    model: "container",
    topic: "physical",
    owner: "aws",
    duty: "maintain the physical servers, storage and core network that EMR clusters run on",
    statement:
      "AWS owns and maintains the data-centre hardware, storage and core networking beneath EMR clusters; the customer only chooses instance types and counts.",
    why:
      "Hardware and global infrastructure are AWS's in every model, and EMR, as a container service, keeps all of that on AWS's side.",
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
        quote: "Examples here are more “managed” than the first stage and include Relational Database Service (RDS), Elastic MapReduce (EMR), and EC2 Container Services (ECS).",
      },
    ],
  },
  {
    id: "emr.data",
    service: "emr",
    model: "container",
    topic: "data",
    owner: "customer",
    duty: "protect the integrity and classification of the data processed on an EMR cluster",
    statement:
      "The datasets an EMR cluster reads and writes, their classification, and who may query them belong to the customer, just as with any other AWS service.",
    why:
      "Customer data is the customer's in every model: a managed big-data platform moves the servers and software to AWS, never the ownership of the data.",
    misconception: "Data handed to a managed service like EMR becomes AWS's responsibility.",
    citations: [
      {
        kind: "source",
        file: "001_1b349d5091cf0d19.txt",
        section: "Shared Responsibility in Container Services",
        quote: "Here, the customer is still responsible for customer IAM, customer data integrity, data encryption, and network traffic protection.",
      },
    ],
  },
]);
