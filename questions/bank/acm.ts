import { defineFacts } from "../schema";

const RENEWAL_DOC = {
  title: "Managed certificate renewal in AWS Certificate Manager",
  url: "https://docs.aws.amazon.com/acm/latest/userguide/acm-renewal.html",
} as const;

export const acmFacts = defineFacts([
  {
    id: "acm.certificate-renewal",
    service: "acm",
    model: "abstract",
    topic: "encryption",
    owner: "aws",
    duty: "renew an Amazon-issued, DNS-validated ACM certificate that is in use by an integrated service",
    statement:
      "For certificates ACM issued, ACM handles renewal: a DNS-validated certificate attached to a service such as a load balancer or CloudFront is renewed automatically. With email validation ACM sends reminders and someone must respond.",
    why:
      "When AWS issues the certificate and deploys it into its own services, it can also manage the certificate's life cycle. The customer's part is keeping the DNS validation record in place.",
    misconception: "Certificates from ACM must be renewed by hand every year, like certificates from any other authority.",
    citations: [
      {
        kind: "aws-doc",
        ...RENEWAL_DOC,
        quote: "ACM provides managed renewal for your Amazon-issued SSL/TLS certificates.",
      },
      {
        kind: "aws-doc",
        ...RENEWAL_DOC,
        quote:
          "This means that ACM will either renew your certificates automatically (if you are using DNS validation), or it will send you email notices when expiration is approaching.",
      },
    ],
  },
  {
    id: "acm.imported-certificate-renewal",
    service: "acm",
    model: "abstract",
    topic: "encryption",
    owner: "customer",
    duty: "renew and re-import certificates that were imported into ACM from another certificate authority",
    statement:
      "ACM does not renew imported certificates. The customer must obtain a new certificate from its own authority and import it again before the old one expires.",
    why:
      "ACM only manages the life cycle of certificates it issued. For anything brought in from outside, the relationship with the issuing authority, and so the renewal, stays with the customer.",
    misconception: "Importing a certificate into ACM means ACM will renew it automatically.",
    citations: [
      {
        kind: "aws-doc",
        ...RENEWAL_DOC,
        quote: "NOT ELIGIBLE if imported.",
      },
      {
        kind: "source",
        file: "004_aa8011a1b640d359.txt",
        section: "Protect data",
        quote: "TLS / SSL encryption in transit via AWS Certificate manager or by importing proprietary certificates",
      },
    ],
  },
  {
    id: "acm.private-key-management",
    service: "acm",
    model: "abstract",
    topic: "keys",
    owner: "aws",
    duty: "generate and protect the private key of a certificate that ACM issues",
    statement:
      "When ACM issues a certificate, AWS generates and manages its private key for use by the integrated services. If the customer chooses to export the certificate, safeguarding the exported copy becomes the customer's job.",
    why:
      "Keys that never leave the managed service are protected by AWS. Anything the customer takes out of the service crosses the demarc with it.",
    misconception: "Customers must generate and upload a private key to get a certificate from ACM.",
    citations: [
      {
        kind: "aws-doc",
        title: "Choosing how to issue certificates with AWS",
        url: "https://docs.aws.amazon.com/acm/latest/userguide/service-options.html",
        quote: "AWS generates and manages the private key (you can export it for use outside AWS)",
      },
    ],
  },
  {
    id: "acm.encryption-in-transit",
    service: "acm",
    model: "abstract",
    topic: "encryption",
    owner: "customer",
    duty: "use TLS certificates on the customer's endpoints so that client traffic is encrypted in transit",
    statement:
      "ACM makes certificates easy to get, but the customer decides to attach them to its load balancers, CloudFront distributions or APIs and to require HTTPS. An endpoint left on plain HTTP is the customer's gap.",
    why:
      "Protecting traffic between the customer's users and the customer's application is customer-side network traffic protection; AWS secures the service's own infrastructure network.",
    misconception: "Using ACM means all traffic to my application is encrypted automatically.",
    citations: [
      {
        kind: "source",
        file: "003_53a40e5655bcd60d.txt",
        section: "Customer Responsibilities",
        quote: "Networking Traffic Protection: Securing data in transit between the customer and the cloud provider.",
      },
      {
        kind: "aws-doc",
        title: "Infrastructure security in AWS Certificate Manager",
        url: "https://docs.aws.amazon.com/acm/latest/userguide/infrastructure-security.html",
        quote: "As a managed service, AWS Certificate Manager is protected by AWS global network security.",
      },
    ],
  },
]);
