import { defineFacts } from "../schema";

const CT_REC_ACTIONS = {
  title: "Logging AWS Recommended Actions API calls using AWS CloudTrail",
  url: "https://docs.aws.amazon.com/awsconsolehelpdocs/latest/gsg/log-using-cloudtrail-rec-actions.html",
} as const;
const GD_CLOUDTRAIL = {
  title: "Logging Amazon GuardDuty API calls with AWS CloudTrail",
  url: "https://docs.aws.amazon.com/guardduty/latest/ug/logging-using-cloudtrail.html",
} as const;
const CT_DATA_EVENTS = {
  title: "Logging data events",
  url: "https://docs.aws.amazon.com/awscloudtrail/latest/userguide/logging-data-events-with-cloudtrail.html",
} as const;
const CT_VALIDATION_SETTING = {
  title: "enableLogFileValidation (AWS SDK for Kotlin API reference)",
  url: "https://docs.aws.amazon.com/sdk-for-kotlin/api/latest/cloudtrail/aws.sdk.kotlin.services.cloudtrail.model/-update-trail-request/enable-log-file-validation.html",
} as const;
const CONFIG_RULE_VALIDATION = {
  title: "cloud-trail-log-file-validation-enabled - AWS Config",
  url: "https://docs.aws.amazon.com/config/latest/developerguide/cloud-trail-log-file-validation-enabled.html",
} as const;

export const cloudtrailFacts = defineFacts([
  {
    id: "cloudtrail.event-history",
    service: "cloudtrail",
    model: "abstract",
    topic: "logging",
    owner: "aws",
    duty: "record management API activity in every account and keep a 90-day Event history of it",
    statement:
      "From the moment an account exists, AWS records its management events and keeps a searchable, immutable 90-day Event history per Region, with no setup and no charge.",
    why:
      "Recording the API calls made to AWS's own control plane is part of running the service, so the baseline record is AWS's. Keeping it longer is a customer choice.",
    misconception: "CloudTrail records nothing until the customer creates a trail.",
    citations: [
      {
        kind: "aws-doc",
        ...CT_REC_ACTIONS,
        quote:
          "CloudTrail is active in your AWS account when you create the account and you automatically have access to the CloudTrail Event history.",
      },
      {
        kind: "aws-doc",
        ...CT_REC_ACTIONS,
        quote:
          "The CloudTrail Event history provides a viewable, searchable, downloadable, and immutable record of the past 90 days of recorded management events in an AWS Region.",
      },
    ],
  },
  {
    id: "cloudtrail.trail-retention",
    service: "cloudtrail",
    model: "abstract",
    topic: "logging",
    owner: "customer",
    duty: "create a trail (or CloudTrail Lake event data store) to keep account activity for longer than 90 days",
    statement:
      "To keep an audit record beyond the 90-day Event history, the customer must create a trail that delivers events to an S3 bucket, or an event data store, and decide how long to retain it.",
    why:
      "How long audit evidence must be kept depends on the customer's own policies and regulators, so long-term logging is configured on the customer's side.",
    misconception: "AWS keeps every account's CloudTrail history indefinitely.",
    citations: [
      {
        kind: "aws-doc",
        ...CT_REC_ACTIONS,
        quote: "For an ongoing record of events in your AWS account past 90 days, create a trail or a CloudTrail Lake event data store.",
      },
      {
        kind: "aws-doc",
        ...GD_CLOUDTRAIL,
        quote:
          "If you create a trail, you can enable continuous delivery of CloudTrail events to an Amazon Simple Storage Service (Amazon S3) bucket, including events for GuardDuty.",
      },
      {
        kind: "source",
        file: "004_aa8011a1b640d359.txt",
        section: "Traceability of actions",
        quote: "Ingestion, storage, and interrogation system must be set up to allow effective monitoring.",
      },
    ],
  },
  {
    id: "cloudtrail.data-events",
    service: "cloudtrail",
    model: "abstract",
    topic: "logging",
    owner: "customer",
    duty: "choose to log data events such as S3 object reads and writes or Lambda invocations",
    statement:
      "Trails and event data stores do not capture data-plane activity (for example S3 GetObject or Lambda Invoke) unless the customer configures them to, at extra cost.",
    why:
      "Data events are high-volume and billed, so deciding which resources deserve object-level auditing is a customer decision about its own data.",
    misconception: "A default trail already records who read each object in an S3 bucket.",
    citations: [
      {
        kind: "aws-doc",
        ...CT_DATA_EVENTS,
        quote: "By default, trails and event data stores do not log data events.",
      },
    ],
  },
  {
    id: "cloudtrail.log-file-validation",
    service: "cloudtrail",
    model: "abstract",
    topic: "logging",
    owner: "customer",
    duty: "turn on log file integrity validation for their trails",
    statement:
      "CloudTrail can produce signed digest files that prove log files were not altered or deleted, but only if the customer enables log file validation on the trail.",
    why:
      "The log files sit in the customer's own S3 bucket, and proving their integrity is part of protecting the customer's audit evidence, which is on the customer's side.",
    misconception: "CloudTrail log files are tamper-evident by default.",
    citations: [
      {
        kind: "aws-doc",
        ...CT_VALIDATION_SETTING,
        quote: "Specifies whether log file validation is enabled. The default is false.",
      },
      {
        kind: "aws-doc",
        ...CONFIG_RULE_VALIDATION,
        quote: "AWS recommends that the file validation must be enabled on all trails.",
      },
    ],
  },
]);
