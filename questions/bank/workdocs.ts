import { defineFacts } from "../schema";

const F003 = "003_53a40e5655bcd60d.txt" as const;

export const workdocsFacts = defineFacts([
  {
    id: "workdocs.data",
    service: "workdocs",
    model: "abstract",
    layer: "SaaS",
    topic: "data",
    owner: "customer",
    duty: "manage the contents of the documents stored in WorkDocs",
    statement:
      "In WorkDocs the customer still owns what is in the documents: what gets uploaded, how it is organised, and whether it is sensitive.",
    why:
      "Even in SaaS, where AWS runs the entire application, the data and its classification never cross the demarc to the provider.",
    misconception: "With a SaaS product like WorkDocs, AWS is responsible for the documents users store in it.",
    citations: [
      {
        kind: "source",
        file: F003,
        section: "Comparison Example in Compute",
        quote: "Customer: Manages document contents, file management, and sharing access.",
      },
      {
        kind: "source",
        file: F003,
        section: "Deployment Models and Responsibility",
        quote: "Customer: Manages the data and configurations within the application.",
      },
    ],
  },
  {
    id: "workdocs.sharing",
    service: "workdocs",
    model: "abstract",
    layer: "SaaS",
    topic: "identity",
    owner: "customer",
    duty: "decide with whom WorkDocs documents and folders are shared",
    statement:
      "Sharing settings in WorkDocs, meaning which users, groups or outside parties may view or edit a document, are set by the customer's users and administrators.",
    why:
      "Sharing is configuration within the application, which stays with the customer in SaaS; an over-shared document is a customer decision, not a provider failure.",
    misconception: "WorkDocs prevents oversharing on its own, so the customer need not manage sharing permissions.",
    citations: [
      {
        kind: "source",
        file: F003,
        section: "Comparison Example in Compute",
        quote: "Customer: Manages document contents, file management, and sharing access.",
      },
    ],
  },
  {
    id: "workdocs.app-maintenance",
    service: "workdocs",
    model: "abstract",
    layer: "SaaS",
    topic: "application",
    owner: "aws",
    duty: "maintain and patch the WorkDocs application software",
    statement:
      "AWS builds, runs and updates the WorkDocs application itself; customers use it but never install or patch it.",
    why:
      "SaaS draws the demarc at the application's configuration: the application and everything beneath it belong to the provider.",
    misconception: "WorkDocs customers must install security updates for the WorkDocs application.",
    citations: [
      {
        kind: "source",
        file: F003,
        section: "Deployment Models and Responsibility",
        quote: "AWS: Manages everything from the application to the hardware.",
      },
    ],
  },
  {
    id: "workdocs.os-patching",
    service: "workdocs",
    model: "abstract",
    layer: "SaaS",
    topic: "patching",
    owner: "aws",
    duty: "patch the servers and operating systems that host WorkDocs",
    statement:
      "The servers, operating systems, storage and network behind WorkDocs are managed and secured by AWS.",
    why:
      "If the provider owns the application in SaaS, it necessarily owns the infrastructure layers under it as well.",
    misconception: "WorkDocs customers are responsible for the operating systems of the WorkDocs servers.",
    citations: [
      {
        kind: "source",
        file: F003,
        section: "Comparison Example in Compute",
        quote: "AWS: Manages servers, OS, networking, storage, and security.",
      },
      {
        kind: "source",
        file: F003,
        section: "Deployment Models and Responsibility",
        quote: "AWS: Manages everything from the application to the hardware.",
      },
    ],
  },
]);
