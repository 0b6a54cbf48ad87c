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

/** Where the demarc sits in each model: copy for the Models pages, never pasted into an item's explanation. */
export const MODEL_RULES: Record<FactModel, string> = {
  infrastructure:
    "AWS secures the facilities, hardware, network and virtualization layer; you run everything you put on top of it: the guest operating system and its patches, firewall rules, applications, identities and data.",
  container:
    "AWS runs the infrastructure and the managed platform (for RDS, the operating system and the database software too); you configure access, network rules, encryption and backups, and you own the data — and where the service runs on instances you control, such as ECS on the EC2 launch type or EKS worker nodes, those instances are yours to patch.",
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

/** AWS's three categories of IT controls, as its shared responsibility page defines them. */
export const CONTROL_TYPE_RULES: Record<ControlType, string> = {
  inherited:
    "An inherited control is one the customer takes over entirely from AWS, such as the physical and environmental controls of AWS data centres.",
  shared:
    "A shared control applies at both layers in separate contexts: AWS implements it for the infrastructure and the customer for its own use of AWS (patch management, configuration management, awareness and training).",
  "customer-specific":
    "A customer-specific control is the customer's alone, depending on what it deploys, such as service and communications protection or zone security: routing or zoning data within specific security environments.",
};

export const CONTROL_TYPE_NAMES: Record<ControlType, string> = {
  inherited: "Inherited control",
  shared: "Shared control",
  "customer-specific": "Customer-specific control",
};

export const OWNER_NAMES: Record<Owner, string> = {
  aws: "AWS",
  customer: "The customer",
  shared: "Shared",
};
