/**
 * The source documents the bank cites. Each section is anchored on a line that appears verbatim
 * in the file, so `npm run questions -- --check` can prove a quote sits inside the section it names.
 */
interface SourceSection {
  /** Name shown to learners in a citation. */
  name: string;
  /** A line of the file, verbatim, where this section starts. */
  anchor: string;
}

export interface SourceDocument {
  file: string;
  title: string;
  publisher: string;
  sections: SourceSection[];
}

export const SOURCE_DOCUMENTS = [
  {
    file: "000_fdea47f1271acbe3.txt",
    title: "AWS Security Fundamentals – SCS-C02 Study Guide",
    publisher: "Study guide (book chapter)",
    sections: [
      {
        name: "Shared Responsibility Model Example for Container Services",
        anchor: "Shared Responsibility Model Example for Container Services",
      },
      { name: "Shared Responsibility Model for Abstract Services", anchor: "Shared Responsibility Model for Abstract Services" },
      {
        name: "Shared Responsibility Model Example for Abstract Services",
        anchor: "Shared Responsibility Model Example for Abstract Services",
      },
    ],
  },
  {
    file: "001_1b349d5091cf0d19.txt",
    title: "Understanding the AWS Shared Responsibility Model",
    publisher: "Blog post, 4 October 2018",
    sections: [
      { name: "Introduction", anchor: "Understanding the AWS Shared Responsibility Model" },
      { name: "Shared Responsibility in Infrastructure Services", anchor: "Shared Responsibility in Infrastructure Services" },
      { name: "Shared Responsibility in Container Services", anchor: "Shared Responsibility in Container Services" },
      { name: "Shared Responsibility in Abstracted Services", anchor: "Shared Responsibility in Abstracted Services" },
    ],
  },
  {
    file: "002_60606b32f3f67887.txt",
    title: "Launching an EC2 web server, control by control",
    publisher: "Book excerpt",
    sections: [
      { name: "Overview", anchor: "This model is the way AWS frees the customer" },
      { name: "Step 1: Launch an instance (AMI and virtualization)", anchor: "In the EC2 console choose Launch Instance:" },
      {
        name: "Step 2: Network, IAM role and tenancy",
        anchor: "The next screen is for the configuration of the network attributes and the tenancy mode:",
      },
      { name: "Step 3: EBS encryption with KMS", anchor: "Security at rest for EBS with KMS cryptographic keys" },
      { name: "Step 4: Security group", anchor: "Create a security group to filter the network traffic:" },
      { name: "Step 5: Key pair", anchor: "Create a key pair to access the EC2 instance:" },
      { name: "Last step: Application and identity", anchor: "The last step has a dual responsibility:" },
    ],
  },
  {
    file: "003_53a40e5655bcd60d.txt",
    title: "Day 7: Shared responsibility model",
    publisher: "Blog post by Neel Patel",
    sections: [
      { name: "Overview", anchor: "Overview" },
      { name: "Customer Responsibilities", anchor: "Customer Responsibilities" },
      { name: "CSP Responsibilities", anchor: "CSP Responsibilities" },
      { name: "Deployment Models and Responsibility", anchor: "Deployment Models and Responsibility" },
      { name: "Comparison Example in Compute", anchor: "Comparison Example in Compute" },
      { name: "Shared Responsibility Model in Architecture", anchor: "Shared Responsibility Model in Architecture" },
      { name: "Conclusion", anchor: "Conclusion" },
    ],
  },
  {
    file: "004_aa8011a1b640d359.txt",
    title: "Understanding The AWS Shared Security Model",
    publisher: "Cloudelligent, 12 February 2020",
    sections: [
      { name: "Introduction", anchor: "Understanding The AWS Shared Security Model - Cloudelligent" },
      { name: "Infrastructure services", anchor: "Infrastructure services" },
      { name: "Container services", anchor: "Container services" },
      { name: "Abstract services", anchor: "Abstract services" },
      { name: "Control flows", anchor: "Control flows" },
      { name: "Protect data", anchor: "Protect data" },
      { name: "Secret Management", anchor: "Secret Management" },
      { name: "Identity and Access Management (IAM)", anchor: "Identity and Access Management (IAM)" },
      { name: "Traceability of actions", anchor: "Traceability of actions" },
    ],
  },
] as const satisfies readonly SourceDocument[];

export type SourceFile = (typeof SOURCE_DOCUMENTS)[number]["file"];

export const SOURCE_FILES = SOURCE_DOCUMENTS.map((doc) => doc.file) as [SourceFile, ...SourceFile[]];

export function sourceDocument(file: string): SourceDocument | undefined {
  return SOURCE_DOCUMENTS.find((doc) => doc.file === file);
}
