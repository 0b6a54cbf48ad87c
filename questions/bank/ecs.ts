import { defineFacts } from "../schema";

export const ecsFacts = defineFacts([
  {
    id: "ecs.os-patching",
    service: "ecs",
    model: "container",
    topic: "patching",
    owner: "customer",
    duty: "patch the operating system of ECS container instances when tasks use the EC2 launch type",
    statement:
      "With the EC2 launch type, ECS tasks run on EC2 instances in the customer's account, so the customer keeps those container instances updated, for example by replacing them with the latest ECS-optimized AMI and updating the container agent.",
    why:
      "The demarc moves with the launch type: ECS orchestrates tasks, but the EC2 instances underneath are ordinary infrastructure-model servers. Only with Fargate does AWS take the host over.",
    misconception: "Because ECS is a managed service, AWS patches the EC2 instances that ECS tasks run on.",
    disagreement: {
      file: "003_53a40e5655bcd60d.txt",
      note: "003's compute comparison puts the OS and container runtime on AWS's side for ECS. That matches the Fargate launch type; with the EC2 launch type AWS documentation makes maintaining the container instances the customer's job.",
    },
    citations: [
      {
        kind: "aws-doc",
        title: "Amazon ECS Linux container instance management - Amazon Elastic Container Service",
        url: "https://docs.aws.amazon.com/AmazonECS/latest/developerguide/manage-linux.html",
        quote: "When you use EC2 instances for your Amazon ECS workloads, you are responsible for maintaining the instances",
      },
    ],
  },
  {
    id: "ecs.access-policies",
    service: "ecs",
    model: "container",
    topic: "identity",
    owner: "customer",
    duty: "define the IAM task role that lets an ECS task's containers call other AWS services",
    statement:
      "The customer writes the IAM task role (and the separate task execution role) for each task definition and keeps their permissions to the minimum the application needs.",
    why:
      "AWS delivers temporary credentials to the task, but which permissions a workload gets is IAM configuration, and IAM configuration is the customer's in every model.",
    misconception: "ECS gives containers a safe set of AWS permissions by default, so task roles need no review.",
    disagreement: {
      file: "004_aa8011a1b640d359.txt",
      note: "004 lists AWS Identity and Access Management on AWS's side for container services. AWS runs the IAM service, but defining task roles and their policies is customer configuration.",
    },
    citations: [
      {
        kind: "aws-doc",
        title: "Best practices for IAM roles in Amazon ECS - Amazon Elastic Container Service",
        url: "https://docs.aws.amazon.com/AmazonECS/latest/developerguide/security-iam-roles.html",
        quote: "This role allows your application code (on the container) to use other AWS services.",
      },
    ],
  },
  {
    id: "ecs.app-code",
    service: "ecs",
    model: "container",
    topic: "application",
    owner: "customer",
    duty: "build, scan and patch the container images deployed as ECS tasks",
    statement:
      "What goes inside an ECS container image, including the application code and every library and OS package in the image, is the customer's to keep free of known vulnerabilities and to rebuild when fixes appear.",
    why:
      "Whatever launch type is used, AWS runs the orchestration, never the contents of the customer's images; the image is the application layer.",
    misconception: "AWS scans and patches the images that ECS runs.",
    citations: [
      {
        kind: "source",
        file: "003_53a40e5655bcd60d.txt",
        section: "Comparison Example in Compute",
        quote: "Customer: Configuration, Deployment, and Storage of Containers.",
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
    id: "ecs.hypervisor",
    service: "ecs",
    model: "container",
    topic: "physical",
    owner: "aws",
    duty: "maintain the hypervisor and physical hosts beneath ECS tasks running on AWS capacity",
    statement:
      "When ECS tasks run on AWS capacity (the EC2 or Fargate launch type), AWS maintains the physical hosts and the virtualization layer that isolates one customer's workloads from another's.",
    why:
      "The hypervisor and hardware are AWS's in every model; even when the customer manages container instances, they start at the guest operating system.",
    citations: [
      {
        kind: "source",
        file: "001_1b349d5091cf0d19.txt",
        section: "Shared Responsibility in Infrastructure Services",
        quote: "AWS handles the bare metal servers, hypervisors, storage and core networking",
      },
    ],
  },
]);
