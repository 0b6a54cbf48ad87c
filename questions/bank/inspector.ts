import { defineFacts } from "../schema";

const INSPECTOR_API = {
  title: "Welcome - Inspector",
  url: "https://docs.aws.amazon.com/inspector/v2/APIReference/Welcome.html",
} as const;
const LAMBDA_INSPECTOR = {
  title: "Automate security assessments for Lambda with Amazon Inspector",
  url: "https://docs.aws.amazon.com/us_en/lambda/latest/dg/governance-code-scanning.html",
} as const;
const EC2_UPDATES = {
  title: "Update management in Amazon EC2",
  url: "https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/update-management.html",
} as const;

export const inspectorFacts = defineFacts([
  {
    id: "inspector.vulnerability-scanning",
    service: "inspector",
    model: "abstract",
    topic: "monitoring",
    owner: "aws",
    duty: "run the scanning engine and vulnerability intelligence that find known flaws in EC2 instances, container images and Lambda functions",
    statement:
      "AWS runs Amazon Inspector's continuous scanning and keeps its vulnerability data current; each finding names the affected resource, rates its severity and suggests a fix.",
    why:
      "Inspector is an abstract service: the scanners and vulnerability database behind it are AWS's. What is scanned, though, is customer software, so acting on the results is not.",
    citations: [
      {
        kind: "aws-doc",
        ...INSPECTOR_API,
        quote:
          "Amazon Inspector is a vulnerability discovery service that automates continuous scanning for security vulnerabilities within your Amazon EC2, Amazon ECR, and AWS Lambda environments.",
      },
      {
        kind: "aws-doc",
        ...LAMBDA_INSPECTOR,
        quote:
          "Amazon Inspector creates a finding that describes the vulnerability, identifies the affected resource, rates the severity of the vulnerability, and provides remediation guidance.",
      },
    ],
  },
  {
    id: "inspector.activation",
    service: "inspector",
    model: "abstract",
    topic: "configuration",
    owner: "customer",
    duty: "activate Amazon Inspector and choose which scan types (EC2, ECR, Lambda) run in their accounts",
    statement:
      "Inspector scans nothing until the customer activates it in the account and selects the scan types it wants.",
    why:
      "Which security services an account uses is part of the customer's own configuration, on its side of the demarc in every model.",
    misconception: "AWS scans every customer's EC2 instances for vulnerabilities by default.",
    citations: [
      {
        kind: "aws-doc",
        ...LAMBDA_INSPECTOR,
        quote:
          "To enable Amazon Inspector, navigate to the Amazon Inspector console, expand the Settings section, and choose Account Management.",
      },
    ],
  },
  {
    id: "inspector.remediation",
    service: "inspector",
    model: "abstract",
    topic: "patching",
    owner: "customer",
    duty: "fix the vulnerabilities Amazon Inspector reports by patching instances, rebuilding images or updating function dependencies",
    statement:
      "Inspector tells the customer what is vulnerable; applying the patch, rebuilding the container image or updating the library is the customer's job.",
    why:
      "The flawed packages live in the customer's own instances, images and functions, above the demarc, so reporting a flaw does not move the duty to fix it.",
    misconception: "Amazon Inspector patches the vulnerabilities it finds.",
    citations: [
      {
        kind: "aws-doc",
        ...EC2_UPDATES,
        quote: "We recommend that you regularly patch, update, and secure the operating system and applications on your EC2 instances.",
      },
      {
        kind: "source",
        file: "001_1b349d5091cf0d19.txt",
        section: "Shared Responsibility in Infrastructure Services",
        quote: "if a web server is available to the public, is unpatched from a known vulnerability, and it gets exploited, AWS will not be responsible.",
      },
    ],
  },
]);
