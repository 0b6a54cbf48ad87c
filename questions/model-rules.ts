import type { ControlType, FactModel, Layer, Model, Owner } from "./schema";

export const MODEL_NAMES: Record<FactModel, string> = {
  infrastructure: "infrastructure service",
  container: "container service",
  abstract: "abstract service",
  all: "every model",
};

export const MODEL_TITLES: Record<Model, string> = {
  infrastructure: "Infrastructure services",
  container: "Container services",
  abstract: "Abstract services",
};

/** Where the demarc sits in each model, in one sentence the explanations reuse. */
export const MODEL_RULES: Record<FactModel, string> = {
  infrastructure:
    "AWS secures the facilities, hardware, network and hypervisor; you run everything from the guest operating system up: patches, firewall rules, applications, identities and data.",
  container:
    "AWS runs the infrastructure, the operating system and the platform software; you configure access, network rules, encryption and backups, and you own the data.",
  abstract:
    "AWS runs everything behind the service endpoint, including the operating system, platform and server-side encryption machinery; you own your data, who may access it, and your encryption choices.",
  all: "In every model AWS secures the cloud itself (facilities, hardware, global network and the services' own software), and you secure what you put in it: data, identities and configuration.",
};

export const LAYER_RULES: Record<Layer, string> = {
  "on-premises": "On premises the customer owns every layer, from the building and hardware to the data.",
  IaaS: "IaaS: the provider runs hardware, networking and virtualisation; the customer manages the operating system, middleware, runtime, applications and data.",
  PaaS: "PaaS: the provider also runs the operating system, middleware and runtime; the customer manages applications and data.",
  SaaS: "SaaS: the provider runs the whole application; the customer manages its data and the settings inside the application.",
  FaaS: "FaaS: the provider runs everything needed to execute a function; the customer supplies and manages the code and its configuration.",
};

export const CONTROL_TYPE_RULES: Record<ControlType, string> = {
  inherited: "An inherited control is one AWS implements completely; the customer inherits it (the hypervisor's isolation, the physical network).",
  shared: "A shared control has parts on both sides: AWS implements some layers and the customer implements others (the AMI, tenancy, EBS encryption, key pairs).",
  hybrid: "A hybrid control is a capability AWS provides that only works once the customer configures it in full (security groups, subnets and route tables).",
  "customer-specific": "A customer-specific control is the customer's alone, such as IAM users, roles and the access they grant.",
};

export const CONTROL_TYPE_NAMES: Record<ControlType, string> = {
  inherited: "Inherited control",
  shared: "Shared control",
  hybrid: "Hybrid control",
  "customer-specific": "Customer-specific control",
};

export const OWNER_NAMES: Record<Owner, string> = {
  aws: "AWS",
  customer: "The customer",
  shared: "Shared",
};
