import { defineFacts } from "../schema";

const VPC_INFRA_SECURITY = {
  title: "Infrastructure security in Amazon VPC",
  url: "https://docs.aws.amazon.com/vpc/latest/userguide/infrastructure-security.html",
} as const;

const VPC_TRAFFIC_PRIVACY = {
  title: "Internetwork traffic privacy in Amazon VPC",
  url: "https://docs.aws.amazon.com/vpc/latest/userguide/VPC_Security.html",
} as const;

const S004_CONTROL_FLOWS = {
  kind: "source",
  file: "004_aa8011a1b640d359.txt",
  section: "Control flows",
  quote: "AWS VPC, Security groups, Endpoint Services, Network ACLs, Route Tables, AWS WAF.",
} as const;

export const vpcFacts = defineFacts([
  {
    id: "vpc.network-infrastructure",
    service: "vpc",
    model: "infrastructure",
    controlType: "inherited",
    topic: "network",
    owner: "aws",
    duty: "run and secure the physical routers, switches and links that VPCs are built on",
    statement:
      "AWS operates the core network hardware beneath every VPC; customers inherit its protection and never manage the physical network themselves.",
    why:
      "Core networking is part of the foundation AWS secures in every model; a VPC is a virtual network the customer configures on top of it.",
    misconception: "Customers who create a VPC take over responsibility for the network devices that carry its traffic.",
    citations: [
      {
        kind: "source",
        file: "002_60606b32f3f67887.txt",
        section: "Step 2: Network, IAM role and tenancy",
        quote:
          "The virtual private cloud (VPC) is an example of an inherited control, since AWS runs the network infrastructure",
      },
      {
        kind: "source",
        file: "001_1b349d5091cf0d19.txt",
        section: "Shared Responsibility in Infrastructure Services",
        quote: "AWS handles the bare metal servers, hypervisors, storage and core networking (basically all the foundational items)",
      },
    ],
  },
  {
    id: "vpc.isolation",
    service: "vpc",
    model: "infrastructure",
    topic: "network",
    owner: "aws",
    duty: "keep one customer's VPC logically isolated from other customers' networks",
    statement:
      "AWS guarantees that a VPC is a logically separate network, so other AWS customers cannot reach into it unless the owner deliberately connects them.",
    why:
      "Tenant isolation is a property of the shared infrastructure, so it is AWS's; what the customer then opens up inside or out of the VPC is the customer's choice.",
    misconception: "Other AWS customers in the same Region can see traffic in your VPC unless you add your own encryption.",
    citations: [
      {
        kind: "source",
        file: "002_60606b32f3f67887.txt",
        section: "Step 2: Network, IAM role and tenancy",
        quote:
          "the network is an infrastructure-protected service, and the customer inherits this protection, which enables workload isolation to the account level",
      },
      {
        kind: "aws-doc",
        ...VPC_INFRA_SECURITY,
        quote: "A virtual private cloud (VPC) is a virtual network in your own logically isolated area in the AWS Cloud.",
      },
    ],
  },
  {
    id: "vpc.network-access",
    service: "vpc",
    model: "infrastructure",
    controlType: "hybrid",
    topic: "network",
    owner: "customer",
    duty: "define the security groups that control traffic to resources in a VPC",
    statement:
      "The customer writes the security group rules for every resource in the VPC. Security groups are stateful, work at the resource level and only contain allow rules, so anything not allowed is blocked.",
    why:
      "VPC access control is named among the customer's infrastructure duties; AWS enforces security groups, but which traffic is allowed is the customer's configuration.",
    misconception: "A new VPC comes with security groups that AWS keeps locked down for you.",
    citations: [
      {
        kind: "source",
        file: "001_1b349d5091cf0d19.txt",
        section: "Shared Responsibility in Infrastructure Services",
        quote:
          "The customer is responsible for securing the User Accounts (IAM policies), VPC access control, operating systems, applications, data integrity, and encryption.",
      },
      S004_CONTROL_FLOWS,
      {
        kind: "aws-doc",
        ...VPC_INFRA_SECURITY,
        quote: "Leverage security groups as the primary mechanism for controlling network access to VPCs.",
      },
    ],
  },
  {
    id: "vpc.network-acls",
    service: "vpc",
    model: "infrastructure",
    topic: "network",
    owner: "customer",
    duty: "configure network ACLs that allow or deny traffic at the subnet boundary",
    statement:
      "Network ACLs are the customer's to configure. Unlike security groups they apply to a whole subnet, are stateless (return traffic needs its own rule) and can contain explicit deny rules.",
    why:
      "Both filtering layers are AWS features that do nothing useful until the customer writes the rules, so both sit on the customer's side of the demarc.",
    misconception: "Network ACLs are managed by AWS while only security groups are configured by the customer.",
    citations: [
      S004_CONTROL_FLOWS,
      {
        kind: "aws-doc",
        ...VPC_TRAFFIC_PRIVACY,
        quote: "Network ACLs allow or deny specific inbound and outbound traffic at the subnet level.",
      },
      {
        kind: "aws-doc",
        ...VPC_INFRA_SECURITY,
        quote:
          "network ACLs can be effective as a secondary control for denying a specific subset of traffic or providing high-level subnet guard rails",
      },
    ],
  },
  {
    id: "vpc.route-tables",
    service: "vpc",
    model: "infrastructure",
    controlType: "hybrid",
    topic: "network",
    owner: "customer",
    duty: "write the route tables that decide which subnets reach the internet or other networks",
    statement:
      "The customer sets the routes in each subnet's route table. A route to an internet gateway is what makes a subnet public, so keeping routes to the minimum needed is the customer's job.",
    why:
      "AWS provides the routing feature, but the paths traffic may take are part of the customer's network design, which 002 counts as a hybrid control.",
    misconception: "AWS decides which subnets are public and which are private.",
    citations: [
      {
        kind: "source",
        file: "002_60606b32f3f67887.txt",
        section: "Step 2: Network, IAM role and tenancy",
        quote:
          "route tables function as a traffic control mechanism between networks, service endpoints, and on-premises networks",
      },
      {
        kind: "aws-doc",
        ...VPC_INFRA_SECURITY,
        quote: "Configure subnet route tables with the minimal required network routes.",
      },
    ],
  },
  {
    id: "vpc.logging",
    service: "vpc",
    model: "infrastructure",
    topic: "logging",
    owner: "customer",
    duty: "turn on VPC Flow Logs and keep the records of IP traffic in a VPC",
    statement:
      "Flow logs only exist if the customer creates them for a VPC, subnet or network interface and chooses where they are delivered. Reviewing them is also the customer's job.",
    why:
      "AWS supplies the logging feature, but traceability of activity in the customer's own network is part of operating that network, which is the customer's side.",
    misconception: "AWS records all VPC traffic by default and hands it over after a security incident.",
    citations: [
      {
        kind: "source",
        file: "004_aa8011a1b640d359.txt",
        section: "Traceability of actions",
        quote: "AWS Cloudtrail, AWS Config, AWS VPC FlowLogs, AWS SNS, AWS Cloudwatch, AWS Elasticsearch.",
      },
      {
        kind: "aws-doc",
        title: "Logging IP traffic using VPC Flow Logs",
        url: "https://docs.aws.amazon.com/vpc/latest/userguide/flow-logs.html",
        quote:
          "VPC Flow Logs is a feature that enables you to capture information about the IP traffic going to and from network interfaces in your VPC.",
      },
    ],
  },
  {
    id: "vpc.endpoints",
    service: "vpc",
    model: "infrastructure",
    topic: "network",
    owner: "customer",
    duty: "decide whether resources in a VPC reach AWS services privately through VPC endpoints",
    statement:
      "If a workload should call AWS services without going over the internet, the customer must create VPC endpoints (AWS PrivateLink) for them. Without endpoints, that traffic needs an internet gateway or NAT device.",
    why:
      "AWS offers private connectivity as an option, but designing the traffic flows of the customer's network is the customer's responsibility.",
    misconception: "Traffic from a VPC to AWS services always stays private automatically.",
    citations: [
      S004_CONTROL_FLOWS,
      {
        kind: "aws-doc",
        ...VPC_INFRA_SECURITY,
        quote:
          "You can use AWS PrivateLink to enable resources in your VPC to connect to AWS services using private IP addresses, as if those services were hosted directly in your VPC.",
      },
    ],
  },
]);
