import { defineFacts } from "../schema";

const S001_INFRA_CUSTOMER = {
  kind: "source",
  file: "001_1b349d5091cf0d19.txt",
  section: "Shared Responsibility in Infrastructure Services",
  quote:
    "The customer is responsible for securing the User Accounts (IAM policies), VPC access control, operating systems, applications, data integrity, and encryption.",
} as const;

const S001_INFRA_AWS = {
  kind: "source",
  file: "001_1b349d5091cf0d19.txt",
  section: "Shared Responsibility in Infrastructure Services",
  quote: "AWS handles the bare metal servers, hypervisors, storage and core networking (basically all the foundational items)",
} as const;

const S003_IAAS_CUSTOMER = {
  kind: "source",
  file: "003_53a40e5655bcd60d.txt",
  section: "Deployment Models and Responsibility",
  quote: "Customer: Manages the operating system, middleware, applications, and data.",
} as const;

const EC2_INFRA_SECURITY = {
  title: "Infrastructure security in Amazon EC2",
  url: "https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/infrastructure-security.html",
} as const;

const EC2_DATA_PROTECTION = {
  title: "Data protection in Amazon EC2",
  url: "https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/data-protection.html",
} as const;

const EC2_SECURITY_GROUPS = {
  title: "Amazon EC2 security groups for your EC2 instances",
  url: "https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/ec2-security-groups.html",
} as const;

const EC2_KEY_PAIRS = {
  title: "Amazon EC2 key pairs and Amazon EC2 instances",
  url: "https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/ec2-key-pairs.html",
} as const;

const IAM_ROLES_EC2 = {
  title: "IAM roles for Amazon EC2",
  url: "https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/iam-roles-for-amazon-ec2.html",
} as const;

const IAM_DISAGREEMENT = {
  file: "004_aa8011a1b640d359.txt",
  note:
    "004 lists \"AWS Identity and Access Management\" on AWS's side for infrastructure services. AWS runs the IAM service itself, but creating roles and writing their policies is always the customer's job, as AWS's EC2 documentation and sources 001 and 002 say.",
} as const;

export const ec2Facts = defineFacts([
  {
    id: "ec2.ami",
    service: "ec2",
    model: "infrastructure",
    layer: "IaaS",
    controlType: "shared",
    topic: "configuration",
    owner: "shared",
    duty: "choose a trustworthy machine image (AMI) for an instance and keep the software in it current",
    statement:
      "AWS builds and hardens the Amazon-provided AMIs, but the customer decides which image to launch, vets any third-party or community image, and owns the software on it from the moment the instance starts.",
    why:
      "The image is where AWS's work and the customer's meet: AWS supplies a clean starting point, yet everything that runs inside the guest, including what the image brings with it, sits on the customer's side of the infrastructure-services demarc.",
    misconception: "Any AMI listed in the EC2 console has been checked by AWS and is safe to run.",
    split: {
      aws: "Publishes and hardens Amazon-provided AMIs, built from trusted package sources.",
      customer: "Picks the AMI, does due diligence on shared or community images, and patches the OS and packages after launch.",
    },
    citations: [
      {
        kind: "source",
        file: "002_60606b32f3f67887.txt",
        section: "Step 1: Launch an instance (AMI and virtualization)",
        quote:
          "this image (Amazon Linux AMI) is managed by AWS, and it is security hardened, and it comes preconfigured from software packages from only trusted sources",
      },
      {
        kind: "source",
        file: "002_60606b32f3f67887.txt",
        section: "Step 1: Launch an instance (AMI and virtualization)",
        quote:
          "The previous example is an example of an inherited control (virtualization type) and a shared control (virtual image).",
      },
      {
        kind: "aws-doc",
        title: "Shared AMIs",
        url: "https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/sharing-amis.html",
        quote:
          "You use a shared AMI at your own risk. Amazon can't vouch for the integrity or security of AMIs shared by other Amazon EC2 users.",
      },
    ],
  },
  {
    id: "ec2.hypervisor",
    service: "ec2",
    model: "infrastructure",
    layer: "IaaS",
    controlType: "inherited",
    topic: "physical",
    owner: "aws",
    duty: "isolate one customer's EC2 instances from other tenants on the same physical host",
    statement:
      "AWS runs the virtualization layer that keeps instances on a shared host apart, and it wipes memory and resets storage blocks before they are handed to another instance. Customers simply inherit this control.",
    why:
      "Even in the most hands-on model the customer's responsibility starts at the guest operating system; the hypervisor and the host below it are part of the cloud itself, which AWS secures for everyone.",
    misconception: "On EC2 the customer must harden the hypervisor because they control the virtual machine.",
    disagreement: {
      file: "002_60606b32f3f67887.txt",
      note:
        "002 describes a custom Xen hypervisor and says RAM is \"randomized\". Current EC2 instances largely run on the AWS Nitro System, and AWS documents that memory is scrubbed (set to zero) before reuse. Either way the control belongs to AWS.",
    },
    citations: [
      {
        kind: "source",
        file: "002_60606b32f3f67887.txt",
        section: "Step 1: Launch an instance (AMI and virtualization)",
        quote: "Every disk block is zeroized and RAM memory is randomized",
      },
      {
        kind: "source",
        file: "003_53a40e5655bcd60d.txt",
        section: "Comparison Example in Compute",
        quote: "AWS: Hypervisor, Physical Machine.",
      },
      {
        kind: "aws-doc",
        ...EC2_INFRA_SECURITY,
        quote:
          "When you stop or terminate an instance, the memory allocated to it is scrubbed (set to zero) by the hypervisor before it is allocated to a new instance",
      },
    ],
  },
  {
    id: "ec2.network-infrastructure",
    service: "ec2",
    model: "infrastructure",
    layer: "IaaS",
    controlType: "inherited",
    topic: "network",
    owner: "aws",
    duty: "operate and protect the physical network that carries an instance's VPC traffic",
    statement:
      "AWS runs the network underneath every VPC, including protections such as dropping traffic an instance tries to send from addresses that were not assigned to it. The customer inherits this protection without configuring anything.",
    why:
      "The VPC is a virtual network built on AWS's own routers and cabling; customers configure what sits on top of it, but the fabric itself is infrastructure AWS secures for all tenants.",
    misconception: "Because customers build their own VPCs, they are also responsible for securing the network hardware beneath them.",
    citations: [
      {
        kind: "source",
        file: "002_60606b32f3f67887.txt",
        section: "Step 2: Network, IAM role and tenancy",
        quote:
          "the network is an infrastructure-protected service, and the customer inherits this protection, which enables workload isolation to the account level",
      },
      {
        kind: "source",
        file: "002_60606b32f3f67887.txt",
        section: "Step 2: Network, IAM role and tenancy",
        quote:
          "The virtual private cloud (VPC) is an example of an inherited control, since AWS runs the network infrastructure",
      },
      {
        kind: "aws-doc",
        ...EC2_INFRA_SECURITY,
        quote: "The AWS network allows instances to send traffic only from the MAC and IP addresses assigned to them.",
      },
    ],
  },
  {
    id: "ec2.subnets-route-tables",
    service: "ec2",
    model: "infrastructure",
    layer: "IaaS",
    controlType: "hybrid",
    topic: "network",
    owner: "customer",
    duty: "decide which subnet an instance lands in and how that subnet's route table sends its traffic",
    statement:
      "The customer designs public and private subnets and writes the route tables that decide whether an instance can reach the internet, other networks or on-premises sites. AWS only supplies the routing feature.",
    why:
      "This is a hybrid control: AWS provides subnets and routing as building blocks, but a web server ends up exposed or hidden entirely because of how the customer lays them out.",
    misconception: "AWS automatically keeps instances that should be private out of internet-facing subnets.",
    citations: [
      {
        kind: "source",
        file: "002_60606b32f3f67887.txt",
        section: "Step 2: Network, IAM role and tenancy",
        quote:
          "segmentation and subnet configuration is an example of a hybrid control, because the client is responsible for the full implementation by performing a correct configuration and resource distribution",
      },
      {
        kind: "aws-doc",
        ...EC2_INFRA_SECURITY,
        quote: "Use private subnets for your instances if they should not be accessed directly from the internet.",
      },
    ],
  },
  {
    id: "ec2.access-policies",
    service: "ec2",
    model: "infrastructure",
    layer: "IaaS",
    controlType: "customer-specific",
    topic: "identity",
    owner: "customer",
    duty: "create the IAM role attached to an instance and limit its permissions to what the application needs",
    statement:
      "The customer creates the instance's IAM role, decides which AWS actions and resources it may use, and keeps that policy to least privilege. AWS enforces whatever the policy says but never writes it.",
    why:
      "Identity configuration is the customer's in every model: AWS runs IAM as a service, but who may do what in an account is a business decision only the customer can make.",
    misconception: "AWS sets safe default permissions for the role attached to an EC2 instance.",
    disagreement: IAM_DISAGREEMENT,
    citations: [
      {
        kind: "source",
        file: "002_60606b32f3f67887.txt",
        section: "Step 2: Network, IAM role and tenancy",
        quote: "IAM operations are customer-related, and this represents a specific customer control.",
      },
      {
        kind: "source",
        file: "002_60606b32f3f67887.txt",
        section: "Step 2: Network, IAM role and tenancy",
        quote: "IAM roles and all the account access must be managed properly by the client.",
      },
      {
        kind: "aws-doc",
        ...IAM_ROLES_EC2,
        quote:
          "When creating IAM roles, associate least privilege IAM policies that restrict access to the specific API calls the application requires.",
      },
    ],
  },
  {
    id: "ec2.tenancy",
    service: "ec2",
    model: "infrastructure",
    layer: "IaaS",
    controlType: "shared",
    topic: "compliance",
    owner: "shared",
    duty: "run instances on single-tenant hardware (Dedicated Instances or Dedicated Hosts) when isolation rules call for it",
    statement:
      "Choosing dedicated tenancy is the customer's decision; AWS then provides and secures hardware that no other customer's instances share. Everything from the guest OS upwards remains the customer's, exactly as on shared hosts.",
    why:
      "Tenancy moves only the hardware boundary, not the demarc: AWS still owns the physical server, and the customer still owns what runs on it, so each side keeps its usual layers.",
    misconception: "Moving to a Dedicated Host hands responsibility for the operating system and applications to AWS.",
    split: {
      aws: "Supplies and secures physical servers dedicated to one customer's account.",
      customer: "Selects the tenancy setting and manages the OS, applications and data on those hosts.",
    },
    disagreement: {
      file: "002_60606b32f3f67887.txt",
      note:
        "002 claims a dedicated host \"will make your workloads compliant with FIPS-140 and PCI-DSS standards\". Tenancy alone does not make a workload compliant; compliance depends on the customer's whole configuration, and AWS documents dedicated tenancy only as hardware isolation.",
    },
    citations: [
      {
        kind: "source",
        file: "002_60606b32f3f67887.txt",
        section: "Step 2: Network, IAM role and tenancy",
        quote:
          "The Tenancy property (3) is a shared control by which AWS implements security at some layers and the customer will implement security in other layers.",
      },
      {
        kind: "source",
        file: "002_60606b32f3f67887.txt",
        section: "Step 2: Network, IAM role and tenancy",
        quote:
          "AWS will provide the dedicated infrastructure and the client provides all the management from the hypervisor upwards (operating system, applications).",
      },
      {
        kind: "aws-doc",
        title: "Dedicated Instances",
        url: "https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/dedicated-instance.html",
        quote:
          "Dedicated Instances are Amazon EC2 instances that run in a virtual private cloud (VPC) on hardware that's dedicated to a single customer.",
      },
    ],
  },
  {
    id: "ec2.network-access",
    service: "ec2",
    model: "infrastructure",
    layer: "IaaS",
    controlType: "hybrid",
    topic: "network",
    owner: "customer",
    duty: "write the security group rules that decide which ports and addresses can reach an EC2 instance",
    statement:
      "The customer chooses every security group rule for an instance, for example allowing HTTP from anywhere but SSH only from an admin address. AWS provides and enforces the filtering mechanism.",
    why:
      "AWS supplies the firewall feature, but an open port is a configuration choice; on infrastructure services network access control sits firmly on the customer's side.",
    misconception: "AWS closes unnecessary ports on EC2 instances for you.",
    citations: [
      {
        kind: "source",
        file: "002_60606b32f3f67887.txt",
        section: "Step 4: Security group",
        quote:
          "This is a hybrid control because the function of network traffic filtering is from AWS, but the full implementation is given by the customer through the service API",
      },
      {
        kind: "aws-doc",
        ...EC2_SECURITY_GROUPS,
        quote:
          "AWS provides security groups as one of the tools for securing your instances, and you need to configure them to meet your security needs.",
      },
    ],
  },
  {
    id: "ec2.key-pair",
    service: "ec2",
    model: "infrastructure",
    layer: "IaaS",
    controlType: "shared",
    topic: "keys",
    owner: "shared",
    duty: "protect the key pair used to log in to an EC2 instance",
    statement:
      "AWS stores the public half of the key pair and places it on the instance; the customer alone holds the private key and must keep it safe, because AWS keeps no copy of it.",
    why:
      "Each side guards the half it holds. Because AWS never sees the private key, losing or leaking it is the customer's problem, and anyone holding it can log in.",
    misconception: "If you lose an instance's private key, AWS can send you a copy.",
    split: {
      aws: "Stores the public key and the instance configuration and protects them.",
      customer: "Keeps the private key secret and controls who can use it to connect.",
    },
    citations: [
      {
        kind: "source",
        file: "002_60606b32f3f67887.txt",
        section: "Step 5: Key pair",
        quote: "This is a shared control because the customer and AWS keep responsibility for the guarding of these keys",
      },
      {
        kind: "source",
        file: "002_60606b32f3f67887.txt",
        section: "Last step: Application and identity",
        quote: "AWS is responsible for the storage and protection of the public key and the instance configuration.",
      },
      {
        kind: "aws-doc",
        ...EC2_KEY_PAIRS,
        quote: "Amazon EC2 stores the public key on your instance, and you store the private key.",
      },
    ],
  },
  {
    id: "ec2.os-patching",
    service: "ec2",
    model: "infrastructure",
    layer: "IaaS",
    topic: "patching",
    owner: "customer",
    duty: "install security patches on the guest operating system of an EC2 instance",
    statement:
      "The customer patches and updates the guest OS on every EC2 instance, by hand or with tools such as Systems Manager Patch Manager. AWS does not patch inside a customer's instance.",
    why:
      "With infrastructure services the demarc sits at the hypervisor: AWS runs everything below the guest, and the guest operating system is the customer's to maintain.",
    misconception: "AWS applies operating-system security patches to running EC2 instances.",
    citations: [
      S001_INFRA_CUSTOMER,
      {
        kind: "source",
        file: "001_1b349d5091cf0d19.txt",
        section: "Shared Responsibility in Infrastructure Services",
        quote:
          "if a web server is available to the public, is unpatched from a known vulnerability, and it gets exploited, AWS will not be responsible",
      },
      {
        kind: "aws-doc",
        title: "Update management for Amazon EC2 instances",
        url: "https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/update-management.html",
        quote:
          "We recommend that you regularly patch, update, and secure the operating system and applications on your EC2 instances.",
      },
    ],
  },
  {
    id: "ec2.os-firewall",
    service: "ec2",
    model: "infrastructure",
    layer: "IaaS",
    topic: "network",
    owner: "customer",
    duty: "configure any firewall running inside the instance's guest operating system",
    statement:
      "A host firewall inside the guest (such as iptables or Windows Firewall) is optional and entirely the customer's to set up and maintain, as an extra layer on top of security groups.",
    why:
      "Anything inside the guest operating system is on the customer's side of the infrastructure demarc, so AWS neither configures nor monitors firewalls running there.",
    misconception: "Security groups replace the guest OS firewall, so AWS manages both.",
    citations: [
      {
        kind: "source",
        file: "004_aa8011a1b640d359.txt",
        section: "Infrastructure services",
        quote: "Network and firewall",
      },
      {
        kind: "aws-doc",
        ...EC2_SECURITY_GROUPS,
        quote:
          "If you have requirements that aren't fully met by security groups, you can maintain your own firewall on any of your instances in addition to using security groups.",
      },
    ],
  },
  {
    id: "ec2.app-code",
    service: "ec2",
    model: "infrastructure",
    layer: "IaaS",
    topic: "application",
    owner: "customer",
    duty: "secure the application code and middleware deployed on an EC2 instance",
    statement:
      "The customer is responsible for the web server software, frameworks and application code running on the instance, including fixing their vulnerabilities and handling application-level logins.",
    why:
      "On IaaS the customer manages everything above the virtual machine: operating system, middleware, runtime and application all sit on the customer's side of the demarc.",
    misconception: "AWS scans and secures the applications customers deploy on EC2.",
    citations: [
      {
        kind: "source",
        file: "002_60606b32f3f67887.txt",
        section: "Last step: Application and identity",
        quote:
          "The customer must protect the platform on which the application will be running, their applications",
      },
      S003_IAAS_CUSTOMER,
    ],
  },
  {
    id: "ec2.data",
    service: "ec2",
    model: "infrastructure",
    layer: "IaaS",
    topic: "data",
    owner: "customer",
    duty: "classify and protect the data stored and processed on an EC2 instance",
    statement:
      "The data on an instance belongs to the customer, who decides how sensitive it is, who can read it and how it is protected. AWS secures the infrastructure it runs on, not the content.",
    why:
      "Customer data and its classification are the customer's in every model; EC2 only adds more layers the customer must also secure.",
    misconception: "Data on EC2 is protected by AWS because it lives in AWS data centres.",
    citations: [
      {
        kind: "source",
        file: "002_60606b32f3f67887.txt",
        section: "Overview",
        quote: "The customer is responsible for everything in the cloud and the data they are the owner of.",
      },
      {
        kind: "aws-doc",
        ...EC2_DATA_PROTECTION,
        quote: "You are responsible for maintaining control over your content that is hosted on this infrastructure.",
      },
    ],
  },
  {
    id: "ec2.encryption-in-transit",
    service: "ec2",
    model: "infrastructure",
    layer: "IaaS",
    topic: "encryption",
    owner: "customer",
    duty: "encrypt traffic between clients and an application running on EC2 with TLS",
    statement:
      "The customer sets up TLS (for example HTTPS on the web server) so that data travelling between users and the instance is encrypted. AWS adds encryption on parts of its own network, but not at the customer's application endpoint.",
    why:
      "AWS protects its physical network links, but the application and its listening ports are the customer's, so end-to-end protection of client traffic is too.",
    misconception: "AWS automatically encrypts all traffic that reaches an EC2 web server.",
    citations: [
      {
        kind: "source",
        file: "004_aa8011a1b640d359.txt",
        section: "Infrastructure services",
        quote: "Data protection (transit, rest and backup)",
      },
      {
        kind: "aws-doc",
        ...EC2_DATA_PROTECTION,
        quote:
          "It is your responsibility to use an encryption protocol, such as Transport Layer Security (TLS), to encrypt sensitive data in transit between clients and your Amazon EC2 instances.",
      },
    ],
  },
  {
    id: "ec2.role-credential-rotation",
    service: "ec2",
    model: "infrastructure",
    layer: "IaaS",
    topic: "keys",
    owner: "aws",
    duty: "rotate the temporary credentials that an attached IAM role delivers to an EC2 instance",
    statement:
      "When an instance uses an IAM role, AWS issues short-lived credentials through the instance metadata and rotates them automatically. Long-term access keys that a customer copies onto an instance are a different matter: those stay the customer's to rotate.",
    why:
      "Roles move credential handling across the demarc: the customer still defines what the role may do, but AWS takes over issuing and renewing the secrets, which is why roles are preferred to stored keys.",
    misconception: "Teams using instance roles must rotate the role's access keys themselves on a schedule.",
    citations: [
      {
        kind: "aws-doc",
        title: "Retrieve security credentials from instance metadata",
        url: "https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/instance-metadata-security-credentials.html",
        quote: "These security credentials are temporary and we rotate them automatically.",
      },
      {
        kind: "aws-doc",
        ...IAM_ROLES_EC2,
        quote:
          "We designed IAM roles so that your applications can securely make API requests from your instances, without requiring you to manage the security credentials that the applications use.",
      },
    ],
  },
  {
    id: "ec2.hardware",
    service: "ec2",
    model: "infrastructure",
    layer: "IaaS",
    topic: "physical",
    owner: "aws",
    duty: "maintain and replace the physical servers that host EC2 instances",
    statement:
      "AWS owns, maintains and replaces the physical machines, storage and core network gear behind EC2. The customer never touches the hardware, even on the most hands-on service.",
    why:
      "Physical hardware is AWS's in every model; infrastructure services hand the customer more of the software stack, not any of the hardware.",
    misconception: "With IaaS the customer is responsible for failing server hardware.",
    citations: [
      S001_INFRA_AWS,
      {
        kind: "source",
        file: "003_53a40e5655bcd60d.txt",
        section: "Deployment Models and Responsibility",
        quote: "AWS: Responsible for hardware, networking, virtualization, and the underlying infrastructure.",
      },
    ],
  },
  {
    id: "ec2.high-availability",
    service: "ec2",
    model: "infrastructure",
    layer: "IaaS",
    topic: "availability",
    owner: "customer",
    duty: "spread an EC2 workload across Availability Zones so it survives the loss of one",
    statement:
      "AWS provides isolated Availability Zones, but the customer must actually run instances in more than one of them, for example behind a load balancer, for the application to stay up when a zone fails.",
    why:
      "AWS supplies resilient building blocks; on infrastructure services, architecting the workload to use them is part of the customer's job.",
    misconception: "A single EC2 instance is automatically highly available because AWS runs multiple data centres.",
    citations: [
      {
        kind: "source",
        file: "004_aa8011a1b640d359.txt",
        section: "Infrastructure services",
        quote: "High availability",
      },
      {
        kind: "aws-doc",
        title: "Resilience in Amazon EC2",
        url: "https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/disaster-recovery-resiliency.html",
        quote:
          "With Availability Zones, you can design and operate applications and databases that automatically fail over between zones without interruption.",
      },
    ],
  },
]);
