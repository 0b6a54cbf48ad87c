import { defineFacts } from "../schema";

// Pages read for these facts (AWS documentation):
const EC2_SECURITY = {
  title: "Security in Amazon EC2",
  url: "https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/ec2-security.html",
} as const;
const EC2_DATA_PROTECTION = {
  title: "Data protection in Amazon EC2",
  url: "https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/data-protection.html",
} as const;
const EC2_INFRASTRUCTURE = {
  title: "Infrastructure security in Amazon EC2",
  url: "https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/infrastructure-security.html",
} as const;
const EC2_UPDATES = {
  title: "Update management in Amazon EC2",
  url: "https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/update-management.html",
} as const;
const CONFIG_RESILIENCE = {
  title: "Resilience in AWS Config",
  url: "https://docs.aws.amazon.com/config/latest/developerguide/disaster-recovery-resiliency.html",
} as const;
const RUBY_COMPLIANCE = {
  title: "Compliance Validation for AWS SDK for Ruby",
  url: "https://docs.aws.amazon.com/sdk-for-ruby/v3/developer-guide/compliance-validation.html",
} as const;
const LAMBDA_RUNTIME_SHARED = {
  title: "Understanding the shared responsibility model for Lambda runtime management",
  url: "https://docs.aws.amazon.com/lambda/latest/dg/runtime-management-shared.html",
} as const;
const ARTIFACT_WHAT_IS = {
  title: "What is AWS Artifact?",
  url: "https://docs.aws.amazon.com/artifact/latest/ug/what-is-aws-artifact.html",
} as const;

export const awsCloudFacts = defineFacts([
  // ── The split itself ────────────────────────────────────────────────────────
  {
    id: "aws-cloud.security-of-the-cloud",
    service: "aws-cloud",
    model: "all",
    topic: "physical",
    owner: "aws",
    duty: "protect the infrastructure (hardware, software, networking and facilities) that runs every AWS service",
    statement:
      "AWS secures the cloud itself: the facilities, hardware, networking and the software that runs its services. This half of the model is the same whichever service you use.",
    why:
      "The shared responsibility model draws one line that never moves: everything that makes up the AWS Cloud is AWS's to secure. Only the customer's half changes from service to service.",
    misconception: "Security of the underlying cloud platform is something customers share equally with AWS.",
    citations: [
      {
        kind: "aws-doc",
        ...EC2_SECURITY,
        quote: "Security of the cloud – AWS is responsible for protecting the infrastructure that runs AWS services in the AWS Cloud.",
      },
      {
        kind: "source",
        file: "001_1b349d5091cf0d19.txt",
        section: "Introduction",
        quote: "AWS is responsible for security “of the cloud.”",
      },
    ],
  },
  {
    id: "aws-cloud.security-in-the-cloud",
    service: "aws-cloud",
    model: "all",
    topic: "configuration",
    owner: "customer",
    duty: "secure what they put in the cloud, to the extent set by the services they choose",
    statement:
      "The customer secures everything it places in the cloud. How much that covers depends on the service: the more AWS manages, the less is left on the customer's side.",
    why:
      "Security in the cloud is never zero for the customer: even in the most managed services the data, the access to it and the settings chosen remain theirs. The service type only moves where their part begins.",
    misconception: "With a fully managed service there is nothing left for the customer to secure.",
    citations: [
      {
        kind: "aws-doc",
        ...EC2_SECURITY,
        quote: "Security in the cloud – Your responsibility is determined by the AWS service that you use.",
      },
      {
        kind: "source",
        file: "001_1b349d5091cf0d19.txt",
        section: "Introduction",
        quote: "The customer is responsible for securing what is placed “in the cloud.”",
      },
    ],
  },

  // ── AWS's side in every model ───────────────────────────────────────────────
  {
    id: "aws-cloud.physical-security",
    service: "aws-cloud",
    model: "all",
    topic: "physical",
    owner: "aws",
    duty: "guard the physical data centres (entry control, surveillance, environmental protection) where AWS hardware runs",
    statement:
      "AWS controls and protects the buildings that house its infrastructure. Customers never get, and never need, physical access to an AWS data centre.",
    why:
      "Facilities sit at the very bottom of every stack, below anything a customer can touch through an API, so physical security is AWS's in the infrastructure, container and abstract models alike.",
    misconception: "A customer with strict compliance needs must arrange its own guards or inspections inside the AWS data centres.",
    citations: [
      {
        kind: "source",
        file: "003_53a40e5655bcd60d.txt",
        section: "CSP Responsibilities",
        quote: "Physical Security: Protecting the physical locations where the cloud infrastructure resides.",
      },
      {
        kind: "aws-doc",
        ...EC2_SECURITY,
        quote:
          "As an AWS customer, you benefit from a data center and network architecture that are built to meet the requirements of the most security-sensitive organizations.",
      },
    ],
  },
  {
    id: "aws-cloud.hardware",
    service: "aws-cloud",
    model: "all",
    topic: "physical",
    owner: "aws",
    duty: "maintain and replace the physical servers, storage devices and core network equipment",
    statement:
      "AWS owns, maintains and replaces the servers, disks and network gear that every service runs on. Customers rent capacity; they never service the hardware.",
    why:
      "Hardware is below the lowest demarc of all three models: even with EC2, where the customer's part is largest, the customer starts at the guest operating system.",
    misconception: "When an EC2 host's hardware fails, the customer has to arrange the repair.",
    citations: [
      {
        kind: "source",
        file: "001_1b349d5091cf0d19.txt",
        section: "Shared Responsibility in Infrastructure Services",
        quote: "AWS handles the bare metal servers, hypervisors, storage and core networking (basically all the foundational items)",
      },
      {
        kind: "source",
        file: "003_53a40e5655bcd60d.txt",
        section: "CSP Responsibilities",
        quote:
          "Hardware/Global Infrastructure: Providing and securing the physical infrastructure, including data centers, servers, and networking hardware.",
      },
    ],
  },
  {
    id: "aws-cloud.global-infrastructure",
    service: "aws-cloud",
    model: "all",
    topic: "availability",
    owner: "aws",
    duty: "build, secure and run the global infrastructure of Regions, Availability Zones and edge locations",
    statement:
      "AWS builds and secures its Regions, the isolated Availability Zones inside them and its edge locations. Customers choose where to place workloads; they do not run the sites.",
    why:
      "The global infrastructure is part of the cloud itself, so it falls on AWS's side in every model. Choosing to spread a workload across Availability Zones is a separate, customer-side design decision.",
    misconception: "Customers are responsible for the security of the Availability Zones their workloads run in.",
    citations: [
      {
        kind: "source",
        file: "001_1b349d5091cf0d19.txt",
        section: "Shared Responsibility in Infrastructure Services",
        quote: "as well as securing the Global Infrastructure (Regions, Availability Zones, and Edge locations)",
      },
      {
        kind: "aws-doc",
        ...CONFIG_RESILIENCE,
        quote: "The AWS global infrastructure is built around AWS Regions and Availability Zones.",
      },
    ],
  },
  {
    id: "aws-cloud.hypervisor",
    service: "aws-cloud",
    model: "all",
    controlType: "inherited",
    topic: "physical",
    owner: "aws",
    duty: "isolate one customer's virtual machines from another's at the virtualization (hypervisor) layer",
    statement:
      "AWS runs the virtualization layer and keeps instances that share a physical host apart from each other. Customers inherit this isolation without configuring anything.",
    why:
      "The hypervisor is the layer just below the guest operating system, the lowest point the customer ever reaches, so it stays on AWS's side even in the infrastructure model. Source 002 calls it an inherited control.",
    misconception: "Customers on shared (multi-tenant) hosts must harden the hypervisor themselves to keep neighbours out.",
    citations: [
      {
        kind: "source",
        file: "002_60606b32f3f67887.txt",
        section: "Step 1: Launch an instance (AMI and virtualization)",
        quote: "The previous example is an example of an inherited control (virtualization type) and a shared control (virtual image).",
      },
      {
        kind: "aws-doc",
        ...EC2_INFRASTRUCTURE,
        quote: "Different EC2 instances on the same physical host are isolated from each other as though they are on separate physical hosts.",
      },
    ],
  },

  // ── Where the demarc sits in each model ─────────────────────────────────────
  {
    id: "aws-cloud.infrastructure-demarc",
    service: "aws-cloud",
    model: "infrastructure",
    topic: "patching",
    owner: "customer",
    duty: "secure and patch the guest operating system and everything above it in an infrastructure service",
    statement:
      "In infrastructure services such as EC2, the customer's part starts at the guest operating system: patching it, the software on it, network access rules, user accounts and the data.",
    why:
      "Infrastructure services hand the customer a virtual machine, so the demarc sits just above the hypervisor. Anything the customer can log in to and change is theirs to keep secure.",
    misconception: "AWS patches the operating system of EC2 instances.",
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
        ...EC2_UPDATES,
        quote: "We recommend that you regularly patch, update, and secure the operating system and applications on your EC2 instances.",
      },
    ],
  },
  {
    id: "aws-cloud.container-platform",
    service: "aws-cloud",
    model: "container",
    topic: "patching",
    owner: "aws",
    duty: "patch the operating system and platform software underneath a container (managed-platform) service",
    statement:
      "In container services such as RDS, EMR or ECS, AWS patches the operating system and the platform software. The customer has no access to that layer and could not patch it.",
    why:
      "The container model moves the demarc up past the operating system and platform: AWS runs them as part of the managed service, and the customer starts at the platform's configuration.",
    misconception: "Customers of a managed database service still have to patch the database host's operating system.",
    citations: [
      {
        kind: "source",
        file: "000_fdea47f1271acbe3.txt",
        section: "Shared Responsibility Model Example for Container Services",
        quote: "customers cannot patch the operating system. This security task has been shifted from the customer to AWS.",
      },
      {
        kind: "source",
        file: "001_1b349d5091cf0d19.txt",
        section: "Shared Responsibility in Container Services",
        quote:
          "AWS has all the responsibility from before, plus platforms, applications, base operating systems, and networking configurations.",
      },
    ],
  },
  {
    id: "aws-cloud.container-demarc",
    service: "aws-cloud",
    model: "container",
    topic: "configuration",
    owner: "customer",
    duty: "configure who can reach and use a container service (firewall rules, users, permissions) and protect its data",
    statement:
      "In container services the customer still sets the network rules, creates the users and permissions, turns on encryption and looks after the data in the platform AWS runs for them.",
    why:
      "AWS runs the platform, but how it is configured for one customer's workload is that customer's choice; the demarc sits at the platform's settings and the data put into it.",
    misconception: "Because RDS is managed, AWS decides who can connect to the database and with which permissions.",
    citations: [
      {
        kind: "source",
        file: "001_1b349d5091cf0d19.txt",
        section: "Shared Responsibility in Container Services",
        quote: "Here, the customer is still responsible for customer IAM, customer data integrity, data encryption, and network traffic protection.",
      },
      {
        kind: "source",
        file: "004_aa8011a1b640d359.txt",
        section: "Container services",
        quote: "Client identity and access management (database users, table permissions)",
      },
    ],
  },
  {
    id: "aws-cloud.abstract-demarc",
    service: "aws-cloud",
    model: "abstract",
    topic: "data",
    owner: "customer",
    duty: "decide who may access their data in an abstract service and choose its encryption settings",
    statement:
      "In abstract services such as S3, DynamoDB and SQS, the customer is left with its data, the IAM and resource policies that grant access to it, and the encryption options it picks.",
    why:
      "Abstract services are reached only through an endpoint, so AWS runs everything behind it. What remains above the demarc is what only the customer can decide: its data, who may use it and how it is encrypted.",
    misconception: "If an S3 bucket is left publicly readable, AWS is responsible for the resulting data exposure.",
    citations: [
      {
        kind: "source",
        file: "000_fdea47f1271acbe3.txt",
        section: "Shared Responsibility Model Example for Abstract Services",
        quote: "the customer manages their data, who has access to it, and the encryption settings.",
      },
      {
        kind: "source",
        file: "001_1b349d5091cf0d19.txt",
        section: "Shared Responsibility in Abstracted Services",
        quote:
          "AWS becomes responsible for almost all of the infrastructure, however, the customer is still responsible for customer IAM, data integrity, and data encryption.",
      },
    ],
  },

  // ── The layers of source 003 (its prose; the table is garbled) ──────────────
  {
    id: "aws-cloud.on-premises-layers",
    service: "aws-cloud",
    model: "all",
    layer: "on-premises",
    topic: "physical",
    owner: "customer",
    duty: "secure every layer, from the hardware and building up to applications and data, of a workload run in its own on-premises data centre",
    statement:
      "When a workload runs in the customer's own data centre, nothing is handed off: the customer owns the facility, hardware, virtualization, operating systems, applications and data.",
    why:
      "On-premises is the baseline the cloud models are measured against. Each cloud layer (IaaS, PaaS, SaaS, FaaS) hands more of this full stack to the provider.",
    misconception: "Moving to IaaS leaves the customer with the same duties as running its own data centre.",
    citations: [
      {
        kind: "source",
        file: "003_53a40e5655bcd60d.txt",
        section: "Deployment Models and Responsibility",
        quote: "Customer: Full responsibility for everything from the hardware to the applications and data.",
      },
    ],
  },
  {
    id: "aws-cloud.iaas-layers",
    service: "aws-cloud",
    model: "infrastructure",
    layer: "IaaS",
    topic: "configuration",
    owner: "customer",
    duty: "manage the operating system, middleware, runtime, applications and data of an IaaS workload",
    statement:
      "With infrastructure as a service the customer manages the operating system, middleware, runtime, applications and data; AWS runs the hardware, networking and virtualization underneath.",
    why:
      "IaaS hands over only the physical layers and the hypervisor. Everything installed on the virtual machine is still the customer's, exactly as it would be on a server they owned.",
    misconception: "With IaaS the provider keeps the middleware and language runtimes patched.",
    citations: [
      {
        kind: "source",
        file: "003_53a40e5655bcd60d.txt",
        section: "Deployment Models and Responsibility",
        quote: "Customer: Manages the operating system, middleware, applications, and data.",
      },
      {
        kind: "source",
        file: "003_53a40e5655bcd60d.txt",
        section: "Deployment Models and Responsibility",
        quote: "AWS: Responsible for hardware, networking, virtualization, and the underlying infrastructure.",
      },
    ],
  },
  {
    id: "aws-cloud.paas-layers",
    service: "aws-cloud",
    model: "container",
    layer: "PaaS",
    topic: "application",
    owner: "customer",
    duty: "manage the applications and data (and the service settings) of a PaaS workload",
    statement:
      "With platform as a service the customer brings its application and data and sets the service's options; AWS runs the operating system, middleware and runtime beneath them.",
    why:
      "PaaS moves the demarc above the runtime: the platform the code runs on is the provider's product, while the code, its data and how the platform is configured stay with the customer.",
    misconception: "On a PaaS platform the customer still patches the operating system under its application.",
    citations: [
      {
        kind: "source",
        file: "003_53a40e5655bcd60d.txt",
        section: "Deployment Models and Responsibility",
        quote: "Customer: Manages applications and data; some configuration of associated services.",
      },
      {
        kind: "source",
        file: "003_53a40e5655bcd60d.txt",
        section: "Deployment Models and Responsibility",
        quote: "AWS: Manages the operating system, middleware, runtime, and infrastructure.",
      },
    ],
  },
  {
    id: "aws-cloud.saas-layers",
    service: "aws-cloud",
    model: "abstract",
    layer: "SaaS",
    topic: "data",
    owner: "customer",
    duty: "manage the data and the settings inside a SaaS application",
    statement:
      "With software as a service the provider runs the whole application down to the hardware; the customer manages the data it puts in and the application's settings, such as who it shares content with.",
    why:
      "SaaS hands over even the application, so all that stays above the demarc is what the customer puts into it and how they configure it.",
    misconception: "With SaaS the provider is responsible for how a customer shares its documents.",
    citations: [
      {
        kind: "source",
        file: "003_53a40e5655bcd60d.txt",
        section: "Deployment Models and Responsibility",
        quote: "Customer: Manages the data and configurations within the application.",
      },
      {
        kind: "source",
        file: "003_53a40e5655bcd60d.txt",
        section: "Deployment Models and Responsibility",
        quote: "AWS: Manages everything from the application to the hardware.",
      },
    ],
  },
  {
    id: "aws-cloud.faas-layers",
    service: "aws-cloud",
    model: "abstract",
    layer: "FaaS",
    topic: "application",
    owner: "customer",
    duty: "write, upload and secure the function code run on a FaaS platform",
    statement:
      "With functions as a service the customer supplies and manages the code; AWS runs the servers, operating system, runtime and deployment that execute it.",
    why:
      "FaaS puts the demarc at the code itself: there is no server or operating system for the customer to see, but what the code does, and the data it handles, remain the customer's.",
    misconception: "Serverless code needs no security attention from the customer because AWS runs it.",
    citations: [
      {
        kind: "source",
        file: "003_53a40e5655bcd60d.txt",
        section: "Deployment Models and Responsibility",
        quote: "Customer: Uploads and manages code.",
      },
      {
        kind: "aws-doc",
        ...LAMBDA_RUNTIME_SHARED,
        quote: "Lambda is responsible for curating and publishing security updates for all supported managed runtimes and container images.",
      },
    ],
  },

  // ── Customer's side in every model ──────────────────────────────────────────
  {
    id: "aws-cloud.access-policies",
    service: "aws-cloud",
    model: "all",
    controlType: "customer-specific",
    topic: "identity",
    owner: "customer",
    duty: "create and manage the IAM users, roles and policies that grant access to their AWS account and resources",
    statement:
      "AWS runs the IAM service, but the customer decides who gets users or roles and what their policies allow. Source 002 calls this a customer-specific control.",
    why:
      "Identity configuration expresses the customer's own organisation and intent, which AWS cannot know, so it stays on the customer's side in every model, from EC2 to S3.",
    misconception: "IAM is on AWS's side of the shared responsibility model, so AWS is accountable for over-broad permissions.",
    disagreement: {
      file: "004_aa8011a1b640d359.txt",
      note:
        "004 lists \"AWS Identity and Access Management\" on AWS's side in every model. AWS does operate the IAM service, but AWS documentation and the other sources put the configuration of users, roles and policies on the customer.",
    },
    citations: [
      {
        kind: "source",
        file: "002_60606b32f3f67887.txt",
        section: "Step 2: Network, IAM role and tenancy",
        quote: "IAM operations are customer-related, and this represents a specific customer control.",
      },
      {
        kind: "aws-doc",
        ...EC2_DATA_PROTECTION,
        quote:
          "we recommend that you protect AWS account credentials and set up individual user accounts with AWS Identity and Access Management (IAM).",
      },
    ],
  },
  {
    id: "aws-cloud.data",
    service: "aws-cloud",
    model: "all",
    topic: "data",
    owner: "customer",
    duty: "own, classify and control the content they store in AWS, including how sensitive it is",
    statement:
      "Customers own the content they put in AWS and decide how sensitive it is, how it must be protected and who may see it. AWS does not classify customer data.",
    why:
      "Only the customer knows what its data is and which laws apply to it, so data and its classification stay on the customer's side whatever service holds it.",
    misconception: "AWS inspects and classifies the data customers upload so that sensitive data gets stronger protection.",
    citations: [
      {
        kind: "aws-doc",
        ...EC2_DATA_PROTECTION,
        quote: "You are responsible for maintaining control over your content that is hosted on this infrastructure.",
      },
      {
        kind: "aws-doc",
        ...EC2_SECURITY,
        quote:
          "You are also responsible for other factors including the sensitivity of your data, your company’s requirements, and applicable laws and regulations.",
      },
      {
        kind: "source",
        file: "002_60606b32f3f67887.txt",
        section: "Overview",
        quote: "The customer is responsible for everything in the cloud and the data they are the owner of.",
      },
    ],
  },
  {
    id: "aws-cloud.network-access",
    service: "aws-cloud",
    model: "infrastructure",
    controlType: "hybrid",
    topic: "network",
    owner: "customer",
    duty: "configure the security group and subnet rules that decide which traffic reaches their instances",
    statement:
      "AWS supplies the filtering machinery (security groups, subnets, route tables); the customer writes every rule. Source 002 calls this a hybrid control.",
    why:
      "AWS provides the firewall feature but cannot know which ports a workload needs, so implementing the rules is entirely the customer's in the infrastructure model.",
    misconception: "AWS closes unneeded ports on EC2 instances for you.",
    citations: [
      {
        kind: "source",
        file: "002_60606b32f3f67887.txt",
        section: "Step 4: Security group",
        quote:
          "This is a hybrid control because the function of network traffic filtering is from AWS, but the full implementation is given by the customer through the service API",
      },
      {
        kind: "source",
        file: "001_1b349d5091cf0d19.txt",
        section: "Shared Responsibility in Infrastructure Services",
        quote: "Open network ports that aren’t necessary (e.g., telnet)",
      },
    ],
  },
  {
    id: "aws-cloud.patch-management",
    service: "aws-cloud",
    model: "all",
    topic: "patching",
    owner: "shared",
    duty: "keep the software stack patched, from the infrastructure up to the customer's own applications",
    statement:
      "Patching is split: AWS fixes flaws in its infrastructure (and, in managed services, the operating system and platform it runs); the customer patches what it installs and controls.",
    why:
      "Each side patches the layers on its side of the demarc. The demarc moves with the model, so the customer's share shrinks from guest OS and apps (EC2) to just its own code and dependencies.",
    misconception: "Patching is entirely AWS's job in the cloud.",
    split: {
      aws: "Patches the hosts, hypervisor and infrastructure software, plus the OS and platform of managed (container and abstract) services.",
      customer: "Patches the guest operating system and applications it runs (EC2), and keeps its own code and libraries up to date in every model.",
    },
    citations: [
      {
        kind: "aws-doc",
        ...EC2_UPDATES,
        quote: "We recommend that you regularly patch, update, and secure the operating system and applications on your EC2 instances.",
      },
      {
        kind: "source",
        file: "000_fdea47f1271acbe3.txt",
        section: "Shared Responsibility Model for Abstract Services",
        quote:
          "the customer is totally abstracted away from maintaining security updates for the operating system or any platform patches and security management.",
      },
    ],
  },

  // ── Compliance ──────────────────────────────────────────────────────────────
  {
    id: "aws-cloud.compliance-of-the-cloud",
    service: "aws-cloud",
    model: "all",
    topic: "compliance",
    owner: "aws",
    duty: "have the AWS infrastructure and services audited by third parties and certified against compliance programs",
    statement:
      "AWS has independent auditors assess its infrastructure and services against programs such as SOC, PCI DSS and ISO, and publishes the resulting reports.",
    why:
      "An audit can only cover what the audited party controls. AWS's certifications therefore describe AWS's side of the demarc, and customers build on them.",
    citations: [
      {
        kind: "aws-doc",
        ...RUBY_COMPLIANCE,
        quote:
          "The security and compliance of Amazon Web Services (AWS) services is assessed by third-party auditors as part of multiple AWS compliance programs.",
      },
      {
        kind: "aws-doc",
        ...EC2_SECURITY,
        quote: "Third-party auditors regularly test and verify the effectiveness of our security as part of the AWS Compliance Programs.",
      },
    ],
  },
  {
    id: "aws-cloud.workload-compliance",
    service: "aws-cloud",
    model: "all",
    topic: "compliance",
    owner: "customer",
    duty: "make and prove their own workload compliant with the laws and standards that apply to them",
    statement:
      "AWS's certifications do not make a customer's workload compliant. The customer must configure and evidence its own use of AWS against the rules that apply to it.",
    why:
      "Compliance follows the same line as security: AWS's reports cover the cloud, while how the customer builds and runs in it (data, access, configuration) is assessed as the customer's.",
    misconception: "Running on PCI DSS–certified AWS infrastructure makes an application PCI DSS compliant.",
    citations: [
      {
        kind: "aws-doc",
        ...RUBY_COMPLIANCE,
        quote:
          "Your compliance responsibility when using AWS SDK for Ruby to access an AWS service is determined by the sensitivity of your data, your organization’s compliance objectives",
      },
      {
        kind: "aws-doc",
        ...ARTIFACT_WHAT_IS,
        quote:
          "AWS customers are responsible for developing or obtaining documents that demonstrate the security and compliance of their companies.",
      },
      {
        kind: "source",
        file: "004_aa8011a1b640d359.txt",
        section: "Introduction",
        quote: "Customers must manage the security and compliance of everything they host in the AWS service (s) they choose",
      },
    ],
  },
]);
