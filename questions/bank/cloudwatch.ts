import { defineFacts } from "../schema";

const CW_WHAT_IS = {
  title: "What is Amazon CloudWatch?",
  url: "https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/WhatIsCloudWatch.html",
} as const;
const CW_AGENT = {
  title: "Collect Metrics and Logs from Amazon EC2 Instances and On-Premises Servers with the CloudWatch Agent",
  url: "https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/Install-CloudWatch-Agent.html",
} as const;

export const cloudwatchFacts = defineFacts([
  {
    id: "cloudwatch.built-in-metrics",
    service: "cloudwatch",
    model: "abstract",
    topic: "monitoring",
    owner: "aws",
    duty: "publish the built-in metrics that AWS services report about customer resources, such as EC2 CPU utilisation",
    statement:
      "AWS services send their standard metrics to CloudWatch on their own, and AWS runs the CloudWatch service that stores and serves them.",
    why:
      "Metrics measured from outside a resource come from AWS's side of the demarc, so they arrive without the customer installing anything.",
    citations: [
      {
        kind: "aws-doc",
        ...CW_WHAT_IS,
        quote: "In addition to monitoring the built-in metrics that come with AWS, you can monitor your own custom metrics.",
      },
    ],
  },
  {
    id: "cloudwatch.agent",
    service: "cloudwatch",
    model: "abstract",
    topic: "monitoring",
    owner: "customer",
    duty: "install and configure the CloudWatch agent to collect in-guest metrics (such as memory and disk use) and log files from their EC2 instances",
    statement:
      "Metrics from inside the operating system, such as memory use, and the OS and application log files, reach CloudWatch only if the customer installs and configures the CloudWatch agent.",
    why:
      "AWS cannot see inside a customer's guest operating system, which sits above the infrastructure demarc, so getting data out of it is the customer's job.",
    misconception: "CloudWatch shows EC2 memory utilisation out of the box.",
    citations: [
      {
        kind: "aws-doc",
        ...CW_AGENT,
        quote:
          "Collect more system-level metrics from Amazon EC2 instances, including in-guest metrics, in addition to the metrics listed in Amazon EC2 Metrics and Dimensions.",
      },
      {
        kind: "aws-doc",
        ...CW_AGENT,
        quote: "Collect logs from Amazon EC2 instances and on-premises servers, running either Linux or Windows Server.",
      },
    ],
  },
  {
    id: "cloudwatch.alarms",
    service: "cloudwatch",
    model: "abstract",
    topic: "monitoring",
    owner: "customer",
    duty: "define the CloudWatch alarms, thresholds and actions that warn them when a metric goes wrong",
    statement:
      "CloudWatch collects data, but the customer decides what counts as a problem: it creates the alarms, sets their thresholds and chooses who is notified or what action runs.",
    why:
      "What is abnormal for a workload depends on that workload, so turning monitoring data into alerts is the customer's configuration.",
    misconception: "AWS alerts you automatically when your application's error rate spikes.",
    citations: [
      {
        kind: "aws-doc",
        ...CW_WHAT_IS,
        quote:
          "CloudWatch alarms send notifications or automatically make changes to the resources you are monitoring based on rules that you define.",
      },
      {
        kind: "source",
        file: "004_aa8011a1b640d359.txt",
        section: "Traceability of actions",
        quote: "AWS Cloudtrail, AWS Config, AWS VPC FlowLogs, AWS SNS, AWS Cloudwatch, AWS Elasticsearch.",
      },
    ],
  },
]);
