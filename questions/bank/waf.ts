import { defineFacts } from "../schema";

const WAF_CHAPTER = {
  title: "AWS WAF",
  url: "https://docs.aws.amazon.com/waf/latest/developerguide/waf-chapter.html",
} as const;
const WAF_MANAGED_RULES = {
  title: "AWS Managed Rules for AWS WAF",
  url: "https://docs.aws.amazon.com/waf/latest/developerguide/aws-managed-rule-groups.html",
} as const;
const WAF_LOGGING = {
  title: "Logging and monitoring web ACL traffic",
  url: "https://docs.aws.amazon.com/waf/latest/developerguide/logging.html",
} as const;
const WAF_INFRASTRUCTURE = {
  title: "Infrastructure security in AWS WAF",
  url: "https://docs.aws.amazon.com/waf/latest/developerguide/infrastructure-security.html",
} as const;

export const wafFacts = defineFacts([
  {
    id: "waf.service-infrastructure",
    service: "waf",
    model: "abstract",
    topic: "network",
    owner: "aws",
    duty: "run, scale and protect the infrastructure of the AWS WAF service that inspects web requests",
    statement:
      "AWS operates the WAF service itself: the fleet that evaluates requests, its availability and its protection. Customers never deploy or patch firewall appliances.",
    why:
      "AWS WAF is an abstract service reached through an API, so everything behind that API is AWS's. The customer's part starts at the web ACLs it configures.",
    misconception: "Using AWS WAF means running and patching firewall instances in your own VPC.",
    citations: [
      {
        kind: "aws-doc",
        ...WAF_INFRASTRUCTURE,
        quote: "As a managed service, AWS WAF is protected by AWS global network security.",
      },
    ],
  },
  {
    id: "waf.web-acl-rules",
    service: "waf",
    model: "abstract",
    topic: "application",
    owner: "customer",
    duty: "write the web ACL rules that decide which HTTP(S) requests to their application are allowed or blocked, and attach the web ACL to their resources",
    statement:
      "The customer creates the web ACL, chooses its rules and default action, and associates it with a resource such as a CloudFront distribution, an Application Load Balancer or an API Gateway REST API. AWS WAF filters nothing until that is done.",
    why:
      "AWS provides the filtering engine, but which traffic is legitimate for one application is knowledge only its owner has, so the rules sit above the demarc.",
    misconception: "AWS WAF automatically blocks SQL injection against any site behind CloudFront.",
    citations: [
      {
        kind: "aws-doc",
        ...WAF_CHAPTER,
        quote:
          "Based on conditions that you specify, such as the IP addresses that requests originate from or the values of query strings",
      },
      {
        kind: "source",
        file: "004_aa8011a1b640d359.txt",
        section: "Control flows",
        quote: "AWS VPC, Security groups, Endpoint Services, Network ACLs, Route Tables, AWS WAF.",
      },
    ],
  },
  {
    id: "waf.managed-rules",
    service: "waf",
    model: "abstract",
    topic: "application",
    owner: "shared",
    duty: "maintain AWS Managed Rules rule groups and decide how they act in a web ACL",
    statement:
      "AWS writes and maintains the rules inside its managed rule groups; the customer decides which groups to add, whether matches are counted or blocked, and tunes out false positives.",
    why:
      "Managed rule groups move the rule-writing to AWS, but using them is still a configuration choice in the customer's web ACL, so each side owns a distinct part.",
    misconception: "Adding AWS Managed Rules means the customer no longer has to test or tune its web ACL.",
    split: {
      aws: "Writes and updates the rules in AWS Managed Rules groups against common vulnerabilities and unwanted traffic.",
      customer: "Chooses which rule groups to use, sets count or block, tests them and overrides rules that cause false positives.",
    },
    citations: [
      {
        kind: "aws-doc",
        ...WAF_MANAGED_RULES,
        quote:
          "AWS Managed Rules for AWS WAF is a managed service that provides protection against common application vulnerabilities or other unwanted traffic, without having to write your own rules",
      },
      {
        kind: "aws-doc",
        ...WAF_MANAGED_RULES,
        quote: "You can choose whether to count (monitor) or block requests that are matched by the managed rules.",
      },
    ],
  },
  {
    id: "waf.logging",
    service: "waf",
    model: "abstract",
    topic: "logging",
    owner: "customer",
    duty: "turn on logging of the web requests a web ACL inspects and choose where the logs go",
    statement:
      "Detailed WAF request logs exist only if the customer enables logging on the web ACL and picks a destination such as CloudWatch Logs, S3 or Kinesis Data Firehose.",
    why:
      "Keeping logs is a choice with cost and retention consequences for the customer's own records, so it stays on the customer's side even in an abstract service.",
    misconception: "AWS WAF keeps a full log of every inspected request by default.",
    citations: [
      {
        kind: "aws-doc",
        ...WAF_LOGGING,
        quote: "You can enable logging to get detailed information about traffic that is analyzed by your web ACL.",
      },
    ],
  },
]);
