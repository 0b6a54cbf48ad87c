import { defineFacts } from "../schema";

const OUTPOSTS_WHAT_IS = {
  title: "What is AWS Outposts?",
  url: "https://docs.aws.amazon.com/outposts/latest/userguide/what-is-outposts.html",
} as const;

const OUTPOSTS_SITE_REQUIREMENTS = {
  title: "Site requirements for Outposts racks",
  url: "https://docs.aws.amazon.com/outposts/latest/userguide/outposts-requirements.html",
} as const;

const OUTPOSTS_DATA_PROTECTION = {
  title: "Data protection in AWS Outposts",
  url: "https://docs.aws.amazon.com/outposts/latest/userguide/data-protection.html",
} as const;

export const outpostsFacts = defineFacts([
  {
    id: "outposts.physical-security",
    service: "outposts",
    model: "infrastructure",
    topic: "physical",
    owner: "customer",
    duty: "control physical access to the building and room where an Outposts rack is installed",
    statement:
      "An Outpost sits in a site the customer manages, so guarding that building and deciding who may walk up to the rack is the customer's job. AWS still owns the rack and protects the data on it with a removable Nitro Security Key.",
    why:
      "Physical security is normally AWS's in every model because AWS owns the data centres; Outposts is the exception, since the hardware moves into the customer's facility and the facility stays the customer's.",
    misconception: "Because AWS owns the Outpost, AWS also guards the building it is installed in.",
    citations: [
      {
        kind: "aws-doc",
        ...OUTPOSTS_WHAT_IS,
        quote: "The customer-managed physical buildings where AWS will install your Outpost.",
      },
      {
        kind: "aws-doc",
        ...OUTPOSTS_DATA_PROTECTION,
        quote: "Destroying the Nitro Security Key cryptographically shreds the data on your Outpost.",
      },
    ],
  },
  {
    id: "outposts.site-facilities",
    service: "outposts",
    model: "infrastructure",
    topic: "availability",
    owner: "customer",
    duty: "provide the power, cooling, space and network uplinks an Outposts rack needs at the customer's site",
    statement:
      "The customer must supply a site that meets AWS's facility, power and networking requirements, including redundant power feeds and the uplinks that connect the Outpost to the local network and back to its AWS Region.",
    why:
      "AWS runs the rack, but it runs inside the customer's data centre; the utilities and network around it belong to whoever owns that data centre.",
    misconception: "AWS brings its own power and internet connection when it installs an Outpost.",
    citations: [
      {
        kind: "aws-doc",
        ...OUTPOSTS_WHAT_IS,
        quote: "A site must meet the facility, networking, and power requirements for your Outpost.",
      },
      {
        kind: "aws-doc",
        ...OUTPOSTS_SITE_REQUIREMENTS,
        quote:
          "Provide one or two upstream devices, which can be switches or routers. We recommend two devices to provide high availability.",
      },
    ],
  },
  {
    id: "outposts.hardware",
    service: "outposts",
    model: "infrastructure",
    topic: "physical",
    owner: "aws",
    duty: "maintain, monitor and replace the servers, switches and other hardware in an Outpost",
    statement:
      "AWS owns the Outpost equipment, monitors it as part of an AWS Region and services or replaces failed components. The customer does not repair the hardware, even though it sits on their premises.",
    why:
      "Outposts moves AWS infrastructure into the customer's building without moving its ownership: the hardware layer stays AWS's, as in a Region.",
    misconception: "Once an Outpost is delivered, the customer's own data-centre staff must fix its hardware faults.",
    citations: [
      {
        kind: "aws-doc",
        ...OUTPOSTS_WHAT_IS,
        quote: "The hardware includes racks, servers, switches, and cabling owned and managed by AWS.",
      },
      {
        kind: "aws-doc",
        ...OUTPOSTS_WHAT_IS,
        quote:
          "An Outpost is a pool of AWS compute and storage capacity deployed at a customer site. AWS operates, monitors, and manages this capacity as part of an AWS Region.",
      },
    ],
  },
  {
    id: "outposts.encryption-in-transit",
    service: "outposts",
    model: "infrastructure",
    topic: "encryption",
    owner: "shared",
    duty: "encrypt the traffic that leaves an Outpost, both to its AWS Region and to the local network",
    statement:
      "AWS encrypts the service link between an Outpost and its parent Region. Traffic between the Outpost and the customer's own network through the local gateway is the customer's to protect, for example with TLS.",
    why:
      "AWS secures the link it operates back to its Region; the local network belongs to the customer, so protecting traffic on it stays on the customer's side.",
    misconception: "AWS encrypts all traffic between Outpost workloads and on-premises systems.",
    split: {
      aws: "Encrypts all data sent over the service link between the Outpost and its AWS Region.",
      customer: "Encrypts sensitive traffic between Outpost workloads and the local network (through the local gateway).",
    },
    citations: [
      {
        kind: "aws-doc",
        ...OUTPOSTS_DATA_PROTECTION,
        quote: "AWS encrypts in-transit data between your Outpost and its AWS Region.",
      },
      {
        kind: "aws-doc",
        ...OUTPOSTS_DATA_PROTECTION,
        quote:
          "You can use an encryption protocol, such as Transport Layer Security (TLS), to encrypt sensitive data in transit through the local gateway to your local network.",
      },
    ],
  },
]);
