import { defineFacts } from "../schema";

const S001_INFRA_SERVICES = {
  kind: "source",
  file: "001_1b349d5091cf0d19.txt",
  section: "Shared Responsibility in Infrastructure Services",
  quote: "This pertains to services like VPC, EC2, EBS, and AutoScaling setups in AWS.",
} as const;

const ELB_WHAT_IS = {
  title: "What is Elastic Load Balancing?",
  url: "https://docs.aws.amazon.com/elasticloadbalancing/latest/userguide/what-is-load-balancing.html",
} as const;

export const autoScalingFacts = defineFacts([
  {
    id: "auto-scaling.scaling",
    service: "auto-scaling",
    model: "infrastructure",
    topic: "availability",
    owner: "customer",
    duty: "set an Auto Scaling group's minimum, maximum and desired capacity and its scaling policies",
    statement:
      "The customer decides how many instances a group may run and what should trigger scaling out or in. AWS then carries out those decisions, but it does not choose the limits or policies.",
    why:
      "Scaling is listed among the customer's duties for infrastructure services: AWS runs the automation, yet how much capacity the workload needs is a customer design decision.",
    misconception: "Auto Scaling works out the right capacity for your application without any configuration.",
    citations: [
      S001_INFRA_SERVICES,
      {
        kind: "source",
        file: "004_aa8011a1b640d359.txt",
        section: "Infrastructure services",
        quote: "Instance management",
      },
      {
        kind: "aws-doc",
        title: "Health checks for Auto Scaling instances",
        url: "https://docs.aws.amazon.com/autoscaling/ec2/userguide/healthcheck.html",
        quote:
          "This helps in maintaining the number of running instances at the minimum number (or desired number, if specified) that you defined.",
      },
    ],
  },
  {
    id: "auto-scaling.instance-replacement",
    service: "auto-scaling",
    model: "infrastructure",
    topic: "availability",
    owner: "aws",
    duty: "terminate an Auto Scaling instance that fails its health checks and launch a replacement",
    statement:
      "Once a group is set up, the Auto Scaling service itself detects unhealthy instances and replaces them to keep the group at its desired size. The customer chooses which health checks count, but does not have to do the replacing.",
    why:
      "Auto Scaling is AWS automation: the customer states the goal (group size, health check type) and AWS performs the routine work of keeping it true.",
    misconception: "When an instance in an Auto Scaling group fails, someone on the customer's team must launch a new one by hand.",
    citations: [
      {
        kind: "aws-doc",
        title: "Health checks for Auto Scaling instances",
        url: "https://docs.aws.amazon.com/autoscaling/ec2/userguide/healthcheck.html",
        quote: "After Amazon EC2 Auto Scaling marks an instance as unhealthy, it is scheduled for replacement.",
      },
      {
        kind: "aws-doc",
        ...ELB_WHAT_IS,
        quote: "Ensures that you are running your desired number of instances, even if an instance fails.",
      },
    ],
  },
  {
    id: "auto-scaling.os-patching",
    service: "auto-scaling",
    model: "infrastructure",
    topic: "patching",
    owner: "customer",
    duty: "keep the AMI and launch template of an Auto Scaling group patched so new instances start up to date",
    statement:
      "Instances launched by Auto Scaling are ordinary EC2 instances, so the customer patches them and updates the AMI in the launch template; otherwise every replacement starts from the same unpatched image.",
    why:
      "Automation changes who launches the instances, not who owns the guest operating system; on infrastructure services that remains the customer's.",
    misconception: "Instances created by Auto Scaling are managed by AWS, so AWS keeps them patched.",
    citations: [
      S001_INFRA_SERVICES,
      {
        kind: "aws-doc",
        title: "Update management for Amazon EC2 instances",
        url: "https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/update-management.html",
        quote:
          "For EC2 instances in an Auto Scaling group, you can use the AWS-PatchAsgInstance runbook to help avoid instances that are undergoing patching from being replaced.",
      },
    ],
  },
  {
    id: "auto-scaling.high-availability",
    service: "auto-scaling",
    model: "infrastructure",
    topic: "availability",
    owner: "customer",
    duty: "spread an Auto Scaling group across several Availability Zones",
    statement:
      "The customer chooses the subnets, and therefore the Availability Zones, a group may launch into. A group limited to one zone cannot ride out that zone's failure, however well Auto Scaling works.",
    why:
      "AWS provides isolated zones and the automation, but on infrastructure services high availability is an architecture choice the customer makes.",
    misconception: "Auto Scaling groups are multi-AZ by default, whatever subnets you pick.",
    citations: [
      {
        kind: "source",
        file: "004_aa8011a1b640d359.txt",
        section: "Infrastructure services",
        quote: "High availability",
      },
      {
        kind: "aws-doc",
        title: "Resilience in Amazon EC2 Auto Scaling",
        url: "https://docs.aws.amazon.com/autoscaling/ec2/userguide/disaster-recovery-resiliency.html",
        quote:
          "With Availability Zones, you can design and operate applications and databases that automatically fail over between zones without interruption.",
      },
    ],
  },
  {
    id: "auto-scaling.service-infrastructure",
    service: "auto-scaling",
    model: "infrastructure",
    topic: "network",
    owner: "aws",
    duty: "secure the servers and network that run the Auto Scaling service itself",
    statement:
      "The Auto Scaling service is run by AWS and protected by AWS's global network security. The customer only calls its API, using credentials and permissions the customer controls.",
    why:
      "Even for infrastructure services, the managed control plane that AWS offers is part of the cloud AWS secures; the customer's part starts with how it is configured and who may call it.",
    misconception: "Customers must secure the hosts on which the Auto Scaling service runs.",
    citations: [
      {
        kind: "aws-doc",
        title: "Infrastructure security in Amazon EC2 Auto Scaling",
        url: "https://docs.aws.amazon.com/autoscaling/ec2/userguide/infrastructure-security.html",
        quote: "As a managed service, Amazon EC2 Auto Scaling is protected by AWS global network security.",
      },
    ],
  },
]);
