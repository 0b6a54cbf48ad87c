import { defineFacts } from "../schema";

const EB_SHARED = {
  title: "Shared responsibility model for Elastic Beanstalk platform maintenance - AWS Elastic Beanstalk",
  url: "https://docs.aws.amazon.com/elasticbeanstalk/latest/dg/platforms-shared-responsibility.html",
} as const;

export const elasticBeanstalkFacts = defineFacts([
  {
    id: "elastic-beanstalk.managed-platform-updates",
    service: "elastic-beanstalk",
    model: "container",
    layer: "PaaS",
    topic: "patching",
    owner: "customer",
    duty: "turn on and configure managed platform updates for an Elastic Beanstalk environment",
    statement:
      "Managed platform updates apply new patch (and optionally minor) platform versions in a weekly maintenance window only when the environment is configured for them; the console may propose this for new environments, but it remains the customer's setting, and with it off the customer must apply updates or patch the OS, runtime and servers themselves.",
    why:
      "Elastic Beanstalk is a PaaS, but its instances run in the customer's account: AWS prepares the fixes, and the customer's configuration decides whether they are applied automatically.",
    misconception: "Elastic Beanstalk always patches an environment's instances automatically, whatever its settings.",
    disagreement: {
      file: "003_53a40e5655bcd60d.txt",
      note: "003 lists the OS as managed by AWS for Elastic Beanstalk. AWS documentation splits it: Elastic Beanstalk releases patched platform versions, but the customer must enable managed updates or apply the updates (or patch) themselves.",
    },
    citations: [
      {
        kind: "aws-doc",
        ...EB_SHARED,
        quote: "Elastic Beanstalk helps you perform your side of the shared responsibility model by providing a managed updates feature.",
      },
      {
        kind: "aws-doc",
        ...EB_SHARED,
        quote: "Patch the OS, runtime, application server, and web server yourself if you opted out of Elastic Beanstalk managed updates.",
      },
    ],
  },
  {
    id: "elastic-beanstalk.engine-patching",
    service: "elastic-beanstalk",
    model: "container",
    layer: "PaaS",
    topic: "patching",
    owner: "aws",
    duty: "release new Elastic Beanstalk platform versions that carry OS, runtime and web server fixes",
    statement:
      "AWS builds and publishes updated Elastic Beanstalk platform versions that bundle fixes for the operating system, language runtime, application server and web server, and publishes when older platform versions will be retired.",
    why:
      "In a PaaS the platform stack is the provider's product: AWS assembles and tests it, while the customer decides when environments adopt it.",
    misconception: "Elastic Beanstalk customers must assemble their own patched operating system and runtime images.",
    citations: [
      {
        kind: "aws-doc",
        ...EB_SHARED,
        quote: "Releases patch, minor, and major updates of operating system (OS), runtime, application server, and web server components",
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
    id: "elastic-beanstalk.platform-support",
    service: "elastic-beanstalk",
    model: "container",
    layer: "PaaS",
    topic: "configuration",
    owner: "customer",
    duty: "migrate Elastic Beanstalk environments off retired platform versions",
    statement:
      "The customer keeps each environment on a supported platform version and migrates environments whose platform branch is retired, because such platforms stop receiving updates.",
    why:
      "AWS announces retirements, but moving an application to a new platform branch can break it, so only the application owner can plan and carry out that migration.",
    misconception: "AWS moves Elastic Beanstalk environments to a supported platform automatically when the old one is retired.",
    citations: [
      {
        kind: "aws-doc",
        ...EB_SHARED,
        quote: "Ensure that your Elastic Beanstalk environments are running on a supported platform version, and migrate any environment running on a retired platform version to a supported version.",
      },
    ],
  },
  {
    id: "elastic-beanstalk.app-code",
    service: "elastic-beanstalk",
    model: "container",
    layer: "PaaS",
    topic: "application",
    owner: "customer",
    duty: "secure the application code and dependencies deployed to Elastic Beanstalk",
    statement:
      "The customer uploads the application and owns its security, including the libraries and other components it downloads, as well as the service settings it configures.",
    why:
      "In every PaaS the customer keeps the application and its data: the provider runs the platform, not what is deployed on it.",
    misconception: "Deploying to Elastic Beanstalk means AWS is responsible for vulnerabilities in my application.",
    citations: [
      {
        kind: "source",
        file: "003_53a40e5655bcd60d.txt",
        section: "Comparison Example in Compute",
        quote: "Customer: Uploads code, Configures services.",
      },
      {
        kind: "aws-doc",
        ...EB_SHARED,
        quote: "This includes ensuring the security of your application, your data, and any components that your application requires and that you downloaded.",
      },
    ],
  },
]);
