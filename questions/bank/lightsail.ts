import { defineFacts } from "../schema";

export const lightsailFacts = defineFacts([
  {
    id: "lightsail.network-access",
    service: "lightsail",
    model: "infrastructure",
    layer: "IaaS",
    topic: "network",
    owner: "customer",
    duty: "edit a Lightsail instance's firewall rules to allow only the traffic it needs",
    statement:
      "Each Lightsail instance has a firewall whose rules the customer controls. The defaults on new instances usually open SSH to any address, so narrowing them is the customer's job.",
    why:
      "Lightsail simplifies setup, but it is still a virtual server: deciding which ports are reachable is customer configuration, just as with EC2 security groups.",
    misconception: "Lightsail is a simplified service, so AWS takes care of its firewall settings.",
    citations: [
      {
        kind: "source",
        file: "001_1b349d5091cf0d19.txt",
        section: "Shared Responsibility in Infrastructure Services",
        quote:
          "The customer is responsible for securing the User Accounts (IAM policies), VPC access control, operating systems, applications, data integrity, and encryption.",
      },
      {
        kind: "aws-doc",
        title: "Instance firewalls in Amazon Lightsail",
        url: "https://docs.aws.amazon.com/lightsail/latest/userguide/understanding-firewall-and-port-mappings-in-amazon-lightsail.html",
        quote:
          "The firewall in the Amazon Lightsail console acts as a virtual firewall that controls the traffic allowed to connect to your instance.",
      },
    ],
  },
  {
    id: "lightsail.os-patching",
    service: "lightsail",
    model: "infrastructure",
    layer: "IaaS",
    topic: "patching",
    owner: "customer",
    duty: "patch the operating system and applications (such as WordPress) on a Lightsail instance",
    statement:
      "A Lightsail instance is a virtual server, so the customer keeps its operating system and any preinstalled application, such as a WordPress blueprint, patched and up to date.",
    why:
      "On IaaS the customer manages everything from the operating system up; a one-click blueprint is only a starting image, not a managed application.",
    misconception: "Lightsail blueprints such as WordPress are kept patched by AWS.",
    citations: [
      {
        kind: "source",
        file: "003_53a40e5655bcd60d.txt",
        section: "Deployment Models and Responsibility",
        quote: "Customer: Manages the operating system, middleware, applications, and data.",
      },
      {
        kind: "source",
        file: "001_1b349d5091cf0d19.txt",
        section: "Shared Responsibility in Infrastructure Services",
        quote:
          "if a web server is available to the public, is unpatched from a known vulnerability, and it gets exploited, AWS will not be responsible",
      },
    ],
  },
  {
    id: "lightsail.network-infrastructure",
    service: "lightsail",
    model: "infrastructure",
    layer: "IaaS",
    topic: "physical",
    owner: "aws",
    duty: "secure the hardware and global network that Lightsail instances run on",
    statement:
      "AWS protects the servers, data centres and network behind Lightsail in the same way as for the rest of AWS; the customer never manages that layer.",
    why:
      "Whatever the service, the physical infrastructure and global network are AWS's side of the demarc.",
    misconception: "Because Lightsail is a budget virtual private server, customers share responsibility for its hardware.",
    citations: [
      {
        kind: "source",
        file: "003_53a40e5655bcd60d.txt",
        section: "Deployment Models and Responsibility",
        quote: "AWS: Responsible for hardware, networking, virtualization, and the underlying infrastructure.",
      },
      {
        kind: "aws-doc",
        title: "Infrastructure security in Amazon Lightsail",
        url: "https://docs.aws.amazon.com/lightsail/latest/userguide/infrastructure-security.html",
        quote: "As a managed service, Amazon Lightsail is protected by the AWS global network security.",
      },
    ],
  },
]);
