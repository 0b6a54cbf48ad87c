import { defineFacts } from "../schema";

const FARGATE_ARCHITECT = {
  title: "Architect for AWS Fargate for Amazon ECS - Amazon Elastic Container Service",
  url: "https://docs.aws.amazon.com/AmazonECS/latest/developerguide/AWS_Fargate.html",
} as const;

export const fargateFacts = defineFacts([
  {
    id: "fargate.os-patching",
    service: "fargate",
    model: "container",
    topic: "patching",
    owner: "aws",
    duty: "patch the host operating system, kernel and container runtime that Fargate tasks run on",
    statement:
      "AWS patches the Fargate platform (kernel, operating system and container runtime) by releasing new platform version revisions; new tasks always start on the latest revision, and tasks on a vulnerable revision are retired and replaced.",
    why:
      "Fargate moves the demarc up to the container: there is no instance for the customer to reach, so the host underneath is maintained entirely by AWS.",
    misconception: "Fargate users must still patch the operating system of the hosts their containers run on.",
    citations: [
      {
        kind: "aws-doc",
        title: "Fargate platform versions for Amazon ECS - Amazon Elastic Container Service",
        url: "https://docs.aws.amazon.com/AmazonECS/latest/developerguide/platform-fargate.html",
        quote: "If a security issue is found that affects an existing platform version, AWS creates a new patched revision of the platform version and retires tasks running on the vulnerable revision.",
      },
      {
        kind: "source",
        file: "003_53a40e5655bcd60d.txt",
        section: "Shared Responsibility Model in Architecture",
        quote: "CSP Responsibility: Manages container runtime, infrastructure.",
      },
    ],
  },
  {
    id: "fargate.hypervisor",
    service: "fargate",
    model: "container",
    topic: "physical",
    owner: "aws",
    duty: "isolate each Fargate task from other tasks and other customers at the infrastructure level",
    statement:
      "AWS runs every Fargate task in its own isolated virtual environment, so tasks do not share a kernel, CPU, memory or network interface with other tasks.",
    why:
      "Virtualization and tenant isolation belong to AWS in every model; with Fargate AWS also owns the host they run on.",
    citations: [
      {
        kind: "aws-doc",
        title: "Fargate security considerations for Amazon ECS - Amazon Elastic Container Service",
        url: "https://docs.aws.amazon.com/AmazonECS/latest/bestpracticesguide/fargate-security-considerations.html",
        quote: "Each task has a dedicated infrastructure capacity because Fargate runs each workload on an isolated virtual environment.",
      },
    ],
  },
  {
    id: "fargate.app-code",
    service: "fargate",
    model: "container",
    topic: "application",
    owner: "customer",
    duty: "keep the container images and application code run on Fargate free of known vulnerabilities",
    statement:
      "The customer builds the images that Fargate runs and is responsible for their application code, libraries and packages, rebuilding and redeploying when fixes are released.",
    why:
      "Serverless compute takes the host away from the customer, not the workload: everything inside the container is still the customer's application layer.",
    misconception: "Since Fargate is serverless, AWS patches the software inside my containers too.",
    citations: [
      {
        kind: "aws-doc",
        ...FARGATE_ARCHITECT,
        quote: "When you run your tasks and services with Fargate, you package your application in containers, specify the CPU and memory requirements, define networking and IAM policies, and launch the application.",
      },
      {
        kind: "source",
        file: "003_53a40e5655bcd60d.txt",
        section: "Shared Responsibility Model in Architecture",
        quote: "Customer Responsibility: Configures containers, deployments.",
      },
    ],
  },
  {
    id: "fargate.network-access",
    service: "fargate",
    model: "container",
    topic: "network",
    owner: "customer",
    duty: "choose the subnets and security groups that control traffic to and from Fargate tasks",
    statement:
      "Each Fargate task gets its own network interface in the customer's VPC; the customer picks its subnets, whether it gets a public IP, and the security group rules that decide who can reach it.",
    why:
      "AWS runs the network infrastructure, but the reachability of a workload is part of the customer's architecture and stays on their side of the demarc.",
    misconception: "Fargate tasks are shielded from the internet by AWS regardless of their security groups.",
    citations: [
      {
        kind: "aws-doc",
        ...FARGATE_ARCHITECT,
        quote: "define networking and IAM policies, and launch the application.",
      },
    ],
  },
]);
