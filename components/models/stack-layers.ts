import type { Model } from "@/server/models/types";

/** A stack view: one of the three models, or the overview of duties that hold in every model. */
export type StackView = Model | "overview";

/** "varies" is only used by the overview: the owner depends on the service's model. */
export type LayerOwner = "aws" | "customer" | "shared" | "varies";

export interface StackCell {
  owner: LayerOwner;
  note: string;
}

export interface StackLayer {
  name: string;
  cells: Record<StackView, StackCell>;
}

const aws = (note: string): StackCell => ({ owner: "aws", note });
const customer = (note: string): StackCell => ({ owner: "customer", note });
const shared = (note: string): StackCell => ({ owner: "shared", note });
const varies = (note: string): StackCell => ({ owner: "varies", note });

/** The layers of a workload, bottom (the building) to top (the data), with who owns each per model. */
export const STACK_LAYERS: StackLayer[] = [
  {
    name: "Facilities & physical security",
    cells: {
      infrastructure: aws("Data centres, guards, power and cooling."),
      container: aws("Data centres, guards, power and cooling."),
      abstract: aws("Data centres, guards, power and cooling."),
      overview: aws("The same in every model."),
    },
  },
  {
    name: "Hardware",
    cells: {
      infrastructure: aws("Servers and storage devices, and their secure disposal."),
      container: aws("Servers and storage devices, and their secure disposal."),
      abstract: aws("Servers and storage devices, and their secure disposal."),
      overview: aws("The same in every model."),
    },
  },
  {
    name: "Network infrastructure",
    cells: {
      infrastructure: aws("The global network, Regions and edge locations."),
      container: aws("The global network, Regions and edge locations."),
      abstract: aws("The global network, Regions and edge locations."),
      overview: aws("The same in every model."),
    },
  },
  {
    name: "Virtualization / hypervisor",
    cells: {
      infrastructure: aws("Isolation between instances on the same host."),
      container: aws("Isolation between tenants on the same host."),
      abstract: aws("Isolation between tenants on the same host."),
      overview: aws("The same in every model."),
    },
  },
  {
    name: "Operating system",
    cells: {
      infrastructure: customer("You patch and harden the guest operating system."),
      container: aws("AWS patches the host operating system; you get no shell."),
      abstract: aws("Never visible to you."),
      overview: varies("Yours on infrastructure services, AWS's otherwise."),
    },
  },
  {
    name: "Platform / runtime / middleware",
    cells: {
      infrastructure: customer("You install and update runtimes, engines and middleware."),
      container: aws("AWS runs and patches the engine or platform; you pick versions and windows."),
      abstract: aws("The service software behind the endpoint."),
      overview: varies("Depends on the service's model."),
    },
  },
  {
    name: "Application",
    cells: {
      infrastructure: customer("Your code and everything it depends on."),
      container: aws("The platform-managed pieces (the database engine, the cluster software); code you deploy on it stays yours."),
      abstract: aws("The service itself and its API endpoint."),
      overview: varies("Depends on the service's model."),
    },
  },
  {
    name: "Network & firewall configuration",
    cells: {
      infrastructure: customer("Security groups, network ACLs, subnets and route tables."),
      container: customer("Security groups, subnets and whether the endpoint is public."),
      abstract: aws("AWS runs the endpoint's network; you decide access through policies."),
      overview: varies("Yours wherever the service runs in your VPC."),
    },
  },
  {
    name: "Identity & access (IAM)",
    cells: {
      infrastructure: customer("IAM users and roles, key pairs, instance profiles."),
      container: customer("Who may connect to and administer the service."),
      abstract: customer("IAM and resource policies decide who gets in."),
      overview: customer("Always yours, in every model."),
    },
  },
  {
    name: "Encryption (server-side / client-side)",
    cells: {
      infrastructure: customer("You turn on volume encryption and encrypt in your application."),
      container: customer("You choose encryption at rest and in transit; AWS runs the machinery."),
      abstract: shared("AWS runs server-side encryption; you choose keys and any client-side encryption."),
      overview: varies("Who turns it on and holds the keys depends on the service."),
    },
  },
  {
    name: "Customer data",
    cells: {
      infrastructure: customer("What you store, its classification and its backups."),
      container: customer("What you store, its classification and its backups."),
      abstract: customer("What you store, its classification and its retention."),
      overview: customer("Always yours, in every model."),
    },
  },
];

export const LAYER_OWNER_LABELS: Record<LayerOwner, string> = {
  aws: "AWS",
  customer: "Customer",
  shared: "Shared",
  varies: "Varies by service",
};
