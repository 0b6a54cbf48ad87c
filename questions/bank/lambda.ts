import { defineFacts } from "../schema";

const F003 = "003_53a40e5655bcd60d.txt" as const;
const RUNTIME_SHARED = {
  title: "Understanding the shared responsibility model for Lambda runtime management - AWS Lambda",
  url: "https://docs.aws.amazon.com/lambda/latest/dg/runtime-management-shared.html",
} as const;

export const lambdaFacts = defineFacts([
  {
    id: "lambda.runtime",
    service: "lambda",
    model: "abstract",
    layer: "FaaS",
    topic: "patching",
    owner: "aws",
    duty: "apply security patches to the managed language runtime of functions using the Auto runtime update mode",
    statement:
      "For a function on a Lambda-managed runtime in the default Auto update mode, Lambda publishes patched runtime versions and rolls them out to the function itself.",
    why:
      "In FaaS the runtime sits below the customer's code and is supplied by AWS, so keeping it patched is AWS's job; the customer's part shrinks to following compatibility best practices and rolling back in rare breakages.",
    misconception: "Lambda users must patch the Python or Node.js runtime their functions run on.",
    citations: [
      {
        kind: "aws-doc",
        ...RUNTIME_SHARED,
        quote: "Lambda is responsible for applying runtime updates to all functions configured to use the Auto runtime update mode.",
      },
      {
        kind: "source",
        file: F003,
        section: "Comparison Example in Compute",
        quote:
          "AWS: Manages everything else, including deployment, runtime, container, networking, storage, and physical machine.",
      },
    ],
  },
  {
    id: "lambda.container-image-patching",
    service: "lambda",
    model: "abstract",
    layer: "FaaS",
    topic: "patching",
    owner: "customer",
    duty: "rebuild and redeploy a container-image function on the latest base image to pick up runtime patches",
    statement:
      "When a function is packaged as a container image, AWS publishes updated base images, but the customer must rebuild its image from them and redeploy for the patches to take effect.",
    why:
      "A container image freezes the runtime inside an artefact the customer builds, which moves the demarc for runtime updates back towards the customer; the same happens for functions pinned to the Manual update mode.",
    misconception: "Lambda patches the runtime inside container-image functions automatically, just as for .zip functions in Auto mode.",
    disagreement: {
      file: F003,
      note:
        "003 says AWS manages the runtime for Lambda without qualification. AWS documentation splits it: AWS patches managed runtimes, but customers rebuild container images and update functions in Function update or Manual mode.",
    },
    citations: [
      {
        kind: "aws-doc",
        ...RUNTIME_SHARED,
        quote:
          "you're responsible for rebuilding your function's container image from the latest base image and redeploying the container image.",
      },
      {
        kind: "aws-doc",
        ...RUNTIME_SHARED,
        quote:
          "Lambda is responsible for curating and publishing security updates for all supported managed runtimes and container images.",
      },
    ],
  },
  {
    id: "lambda.app-code",
    service: "lambda",
    model: "abstract",
    layer: "FaaS",
    topic: "application",
    owner: "customer",
    duty: "secure the function code and the libraries packaged with it",
    statement:
      "Whatever the customer uploads, its own handler code and every dependency it bundles, is the customer's to review, fix and keep free of vulnerabilities.",
    why:
      "Function as a Service removes servers and runtimes from the customer's plate but leaves the code, which is the one layer AWS neither writes nor can vouch for.",
    misconception: "Because Lambda is serverless, AWS is responsible for vulnerabilities in the function's code and dependencies.",
    citations: [
      {
        kind: "source",
        file: F003,
        section: "Deployment Models and Responsibility",
        quote: "Customer: Uploads and manages code.",
      },
      {
        kind: "source",
        file: F003,
        section: "Shared Responsibility Model in Architecture",
        quote: "Customer Responsibility: Focuses on data and code.",
      },
      {
        kind: "aws-doc",
        title: "Data protection in AWS Lambda - AWS Lambda",
        url: "https://docs.aws.amazon.com/lambda/latest/dg/security-dataprotection.html",
        quote: "You are responsible for maintaining control over your content that is hosted on this infrastructure.",
      },
    ],
  },
  {
    id: "lambda.execution-role",
    service: "lambda",
    model: "abstract",
    layer: "FaaS",
    topic: "identity",
    owner: "customer",
    duty: "define a least-privilege execution role for each Lambda function",
    statement:
      "The customer creates the IAM execution role a function assumes and decides which AWS services and resources that role may reach, keeping it to the minimum the code needs.",
    why:
      "The execution role is IAM configuration describing what the customer's code may do, and IAM configuration is the customer's in every model; Lambda only assumes the role it is given.",
    misconception: "Lambda grants each function the permissions it needs automatically.",
    disagreement: {
      file: "004_aa8011a1b640d359.txt",
      note:
        "004 lists AWS Identity and Access Management on AWS's side for every model. AWS runs IAM, but the function's execution role and its policies are the customer's to define.",
    },
    citations: [
      {
        kind: "aws-doc",
        title: "Defining Lambda function permissions with an execution role - AWS Lambda",
        url: "https://docs.aws.amazon.com/us_en/lambda/latest/dg/lambda-intro-execution-role.html",
        quote:
          "A Lambda function's execution role is an AWS Identity and Access Management (IAM) role that grants the function permission to access AWS services and resources.",
      },
      {
        kind: "source",
        file: "004_aa8011a1b640d359.txt",
        section: "Identity and Access Management (IAM)",
        quote:
          "The management of these access policies must be reviewed before allocation; by default, the minimum access policy is recommended.",
      },
    ],
  },
  {
    id: "lambda.credentials",
    service: "lambda",
    model: "abstract",
    layer: "FaaS",
    topic: "keys",
    owner: "customer",
    duty: "protect secrets that a function uses instead of leaving them as plain environment variable values",
    statement:
      "Lambda encrypts environment variables at rest by default, but the customer decides how secrets are handled: a customer managed key, client-side encryption helpers, or fetching them from Secrets Manager, plus limiting who can view the configuration.",
    why:
      "AWS's default encryption protects stored configuration, yet anyone allowed to read the function's settings can still see the values; deciding where secrets live and who sees them is the customer's secret management.",
    misconception: "Since Lambda encrypts environment variables, storing database passwords there needs no further thought.",
    citations: [
      {
        kind: "aws-doc",
        title: "Retrieving Lambda environment variables - AWS Lambda",
        url: "https://docs.aws.amazon.com/lambda/latest/dg/golang-envvars.html",
        quote: "Lambda stores environment variables securely by encrypting them at rest.",
      },
      {
        kind: "aws-doc",
        title: "Encryption best practices for AWS Lambda - AWS Prescriptive Guidance",
        url: "https://docs.aws.amazon.com/prescriptive-guidance/latest/encryption-best-practices/lambda.html",
        quote:
          "By default, Lambda uses an AWS managed key. We recommend you use a customer managed key because you have full control over the key, including management, rotation, and auditing.",
      },
      {
        kind: "source",
        file: "004_aa8011a1b640d359.txt",
        section: "Secret Management",
        quote:
          "The best option is to store this critical information in a safe that manages the rotation of access keys or has IAM control.",
      },
    ],
  },
  {
    id: "lambda.scaling",
    service: "lambda",
    model: "abstract",
    layer: "FaaS",
    topic: "availability",
    owner: "shared",
    duty: "scale a Lambda function to handle more concurrent requests",
    statement:
      "Lambda adds execution environments automatically as requests grow, up to the account's concurrency quota; the customer sets concurrency controls such as reserved concurrency where a function needs guaranteed or capped capacity.",
    why:
      "The mechanics of scaling belong to AWS in FaaS, but only the customer knows which functions are critical or which downstream systems must be protected from overload, so the limits are its to set.",
    misconception: "Lambda users must provision more servers before a traffic spike.",
    split: {
      aws: "Creates and removes execution environments automatically in response to load, within the account's concurrency quota and scaling rate.",
      customer:
        "Configures reserved or provisioned concurrency for functions that need guaranteed or limited capacity, and requests quota increases if needed.",
    },
    citations: [
      {
        kind: "aws-doc",
        title: "Lambda scaling behavior - AWS Lambda",
        url: "https://docs.aws.amazon.com/lambda/latest/dg/scaling-behavior.html",
        quote:
          "As your function receives more requests, Lambda automatically scales up the number of execution environments to handle these requests until your account reaches its concurrency quota.",
      },
      {
        kind: "aws-doc",
        title: "Configuring reserved concurrency for a function - AWS Lambda",
        url: "https://docs.aws.amazon.com/en_us/lambda/latest/dg/configuration-concurrency.html",
        quote:
          "Reserved concurrency is useful for ensuring that your most critical functions always have enough concurrency to handle incoming requests.",
      },
    ],
  },
  {
    id: "lambda.os-patching",
    service: "lambda",
    model: "abstract",
    layer: "FaaS",
    topic: "patching",
    owner: "aws",
    duty: "patch the operating system and hosts of the execution environments that run Lambda functions",
    statement:
      "The servers, operating systems and network that Lambda functions execute on are maintained and secured by AWS; there is no host for the customer to log in to or update.",
    why:
      "FaaS pushes the demarc up to the customer's code: everything underneath, from the physical machine to the execution environment's OS, is operated by AWS.",
    misconception: "Lambda users must apply OS updates to the machines their functions run on.",
    citations: [
      {
        kind: "source",
        file: F003,
        section: "Deployment Models and Responsibility",
        quote: "AWS: Manages the entire infrastructure including deployment, runtime, networking, and security.",
      },
      {
        kind: "aws-doc",
        title: "Infrastructure security in AWS Lambda - AWS Lambda",
        url: "https://docs.aws.amazon.com/lambda/latest/dg/security-infrastructure.html",
        quote: "As a managed service, AWS Lambda is protected by AWS global network security.",
      },
    ],
  },
]);
