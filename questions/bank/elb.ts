import { defineFacts } from "../schema";

export const elbFacts = defineFacts([
  {
    id: "elb.scaling",
    service: "elb",
    model: "infrastructure",
    topic: "availability",
    owner: "aws",
    duty: "add capacity to the load balancer itself as incoming traffic grows",
    statement:
      "AWS scales the load balancer's own nodes up and down with traffic; the customer does not size or patch load balancer servers. Scaling the targets behind it is a separate job.",
    why:
      "Elastic Load Balancing is a managed component: AWS runs its fleet, while the customer configures what it does (listeners, targets, rules).",
    misconception: "You must pick a bigger load balancer instance size before an expected traffic spike.",
    citations: [
      {
        kind: "aws-doc",
        title: "What is Elastic Load Balancing?",
        url: "https://docs.aws.amazon.com/elasticloadbalancing/latest/userguide/what-is-load-balancing.html",
        quote: "Elastic Load Balancing scales your load balancer as traffic to your application changes over time.",
      },
    ],
  },
  {
    id: "elb.encryption-in-transit",
    service: "elb",
    model: "infrastructure",
    topic: "encryption",
    owner: "customer",
    duty: "set up HTTPS or TLS listeners, with a server certificate and security policy, on a load balancer",
    statement:
      "The customer decides whether clients connect over HTTPS or TLS, deploys the certificate (for example from ACM) and picks the security policy. AWS then does the encryption and decryption work at the load balancer.",
    why:
      "AWS provides TLS termination as a feature, but whether client traffic is encrypted, and with which protocols and ciphers, is a configuration choice on the customer's side.",
    misconception: "Every Elastic Load Balancer encrypts client traffic automatically.",
    citations: [
      {
        kind: "aws-doc",
        title: "Data protection in Elastic Load Balancing",
        url: "https://docs.aws.amazon.com/elasticloadbalancing/latest/userguide/data-protection.html",
        quote:
          "When you configure a secure listener, you specify the cipher suites and protocol versions that are supported by your application, and a server certificate to install on your load balancer.",
      },
      {
        kind: "aws-doc",
        title: "Create an HTTPS listener for your Application Load Balancer",
        url: "https://docs.aws.amazon.com/elasticloadbalancing/latest/application/create-https-listener.html",
        quote: "To use an HTTPS listener, you must deploy at least one SSL/TLS server certificate on your load balancer.",
      },
    ],
  },
  {
    id: "elb.network-access",
    service: "elb",
    model: "infrastructure",
    topic: "network",
    owner: "customer",
    duty: "configure the security group rules that control traffic to and from an Application Load Balancer",
    statement:
      "The customer chooses which ports and sources may reach the load balancer, and must keep those rules in step with its listener and health check ports.",
    why:
      "Network access rules are customer configuration on infrastructure services, whether they guard an instance or the load balancer in front of it.",
    misconception: "A load balancer is protected by AWS, so it needs no security group rules of its own.",
    citations: [
      {
        kind: "aws-doc",
        title: "Application Load Balancers",
        url: "https://docs.aws.amazon.com/elasticloadbalancing/latest/application/application-load-balancers.html",
        quote: "A security group acts as a firewall that controls the traffic allowed to and from your load balancer.",
      },
    ],
  },
  {
    id: "elb.logging",
    service: "elb",
    model: "infrastructure",
    topic: "logging",
    owner: "customer",
    duty: "turn on access logs for a load balancer and choose where they are stored",
    statement:
      "Load balancer access logs are off until the customer enables them and names an S3 bucket to receive them; keeping and analysing the logs is also up to the customer.",
    why:
      "AWS builds the logging feature, but deciding what evidence to keep about traffic to the customer's application is part of the customer's operations.",
    misconception: "Elastic Load Balancing keeps request logs for every load balancer by default.",
    citations: [
      {
        kind: "aws-doc",
        title: "Access logs for your Application Load Balancer",
        url: "https://docs.aws.amazon.com/elasticloadbalancing/latest/application/load-balancer-access-logs.html",
        quote: "Access logging is an optional feature of Elastic Load Balancing that is disabled by default.",
      },
    ],
  },
]);
