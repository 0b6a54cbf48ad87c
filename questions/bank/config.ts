import { defineFacts } from "../schema";

const CONFIG_INFRA = {
  title: "Infrastructure Security in AWS Config",
  url: "https://docs.aws.amazon.com/config/latest/developerguide/infrastructure-security.html",
} as const;
const CONFIG_CLI_START = {
  title: "Starting AWS Config with a customer managed configuration recorder using the AWS CLI",
  url: "https://docs.aws.amazon.com/config/latest/developerguide/gs-cli-subscribe.html",
} as const;
const CONFIG_RECORDER = {
  title: "Working with the configuration recorder",
  url: "https://docs.aws.amazon.com/config/latest/developerguide/stop-start-recorder.html",
} as const;
const CONFIG_RULE_WAF = {
  title: "cloudfront-associated-with-waf - AWS Config",
  url: "https://docs.aws.amazon.com/config/latest/developerguide/cloudfront-associated-with-waf.html",
} as const;

export const configFacts = defineFacts([
  {
    id: "config.os-patching",
    service: "config",
    model: "abstract",
    topic: "patching",
    owner: "aws",
    duty: "patch the operating systems and databases that run the AWS Config service, and handle its disaster recovery",
    statement:
      "AWS looks after the servers and databases behind AWS Config, including their patching, firewalls and recovery; customers only use its API and console.",
    why:
      "AWS Config is an abstract service reached through an endpoint, so everything that runs it is on AWS's side of the demarc.",
    misconception: "Customers must keep the AWS Config service's underlying systems patched.",
    citations: [
      {
        kind: "aws-doc",
        ...CONFIG_INFRA,
        quote:
          "For AWS Config, AWS handles basic security tasks such as guest operating system (OS) and database patching, firewall configuration, and disaster recovery.",
      },
    ],
  },
  {
    id: "config.recorder",
    service: "config",
    model: "abstract",
    topic: "logging",
    owner: "customer",
    duty: "set up and start the AWS Config configuration recorder and choose which resource types it records",
    statement:
      "AWS Config keeps a configuration history only after the customer creates and starts a configuration recorder (with a delivery channel) and sets which resource types are in scope.",
    why:
      "Recording is a choice with cost and scope that belongs to the customer's own account configuration, so it sits on the customer's side of the demarc.",
    misconception: "AWS Config records the configuration history of every account automatically.",
    citations: [
      {
        kind: "aws-doc",
        ...CONFIG_CLI_START,
        quote: "You can start AWS Config by creating a customer managed configuration recorder.",
      },
      {
        kind: "aws-doc",
        ...CONFIG_RECORDER,
        quote: "The resource types in scope are set by you.",
      },
    ],
  },
  {
    id: "config.rules",
    service: "config",
    model: "abstract",
    topic: "compliance",
    owner: "customer",
    duty: "choose the AWS Config rules that define a compliant configuration and act on resources flagged NON_COMPLIANT",
    statement:
      "AWS supplies managed rules, but the customer decides which ones apply to its environment, with which parameters, and fixes the resources they flag.",
    why:
      "What counts as compliant depends on the customer's own policies and regulations, so choosing the rules and correcting its resources stays with the customer.",
    misconception: "Turning on AWS Config makes non-compliant resources compliant.",
    citations: [
      {
        kind: "aws-doc",
        ...CONFIG_RULE_WAF,
        quote: "The rule is NON_COMPLIANT if a CloudFront distribution is not associated with a WAF web ACL.",
      },
      {
        kind: "source",
        file: "004_aa8011a1b640d359.txt",
        section: "Traceability of actions",
        quote: "Goal: be master of events and be able to justify any activity on the platform.",
      },
    ],
  },
]);
