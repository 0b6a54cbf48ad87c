import { defineFacts } from "../schema";

const SHIELD_HOW = {
  title: "How AWS Shield works",
  url: "https://docs.aws.amazon.com/waf/latest/developerguide/ddos-overview.html",
} as const;
const SHIELD_CHAPTER = {
  title: "AWS Shield",
  url: "https://docs.aws.amazon.com/waf/latest/developerguide/shield-chapter.html",
} as const;

export const shieldFacts = defineFacts([
  {
    id: "shield.standard-protection",
    service: "shield",
    model: "abstract",
    topic: "availability",
    owner: "aws",
    duty: "protect every AWS customer against common network- and transport-layer (layer 3 and 4) DDoS attacks with Shield Standard",
    statement:
      "AWS Shield Standard is on automatically for all AWS customers at no extra charge; AWS detects and mitigates common layer 3 and 4 DDoS attacks without the customer doing anything.",
    why:
      "Absorbing volumetric attacks is part of running the AWS network itself, so this baseline is AWS's in every account, with no opt-in or configuration.",
    misconception: "Shield Standard has to be purchased or switched on before AWS mitigates any DDoS attack.",
    citations: [
      {
        kind: "aws-doc",
        ...SHIELD_HOW,
        quote: "All AWS customers benefit from the automatic protections of AWS Shield Standard, at no additional charge.",
      },
      {
        kind: "aws-doc",
        ...SHIELD_CHAPTER,
        quote: "AWS Shield Standard is automatically included at no extra cost beyond what you already pay for AWS WAF and your other AWS services.",
      },
    ],
  },
  {
    id: "shield.advanced-subscription",
    service: "shield",
    model: "abstract",
    topic: "availability",
    owner: "customer",
    duty: "subscribe to Shield Advanced and name the specific resources it should protect",
    statement:
      "Shield Advanced is an opt-in, paid tier. The customer subscribes and then adds protection to each resource (load balancers, Elastic IPs, CloudFront, Route 53, Global Accelerator).",
    why:
      "Paying for extra protection is a business decision about risk that only the customer can make; AWS does not extend Advanced protection to resources nobody has named.",
    misconception: "Subscribing to Shield Advanced automatically protects every resource in the account.",
    citations: [
      {
        kind: "aws-doc",
        ...SHIELD_HOW,
        quote:
          "AWS Shield Advanced only protects resources that you have specified in Shield Advanced or through a AWS Firewall Manager Shield Advanced policy.",
      },
    ],
  },
  {
    id: "shield.layer7-mitigation",
    service: "shield",
    model: "abstract",
    topic: "application",
    owner: "customer",
    duty: "design the application-layer (layer 7) DDoS protection for a workload that relies on Shield Standard",
    statement:
      "Shield Standard covers network and transport attacks. Against HTTP floods at layer 7, a customer without Shield Advanced has to build its own defences, typically AWS WAF rate-based rules.",
    why:
      "Telling a flood from real traffic at the application layer needs knowledge of the application, so without the Advanced tier it stays the customer's job.",
    misconception: "Shield Standard also mitigates HTTP request floods against your web application.",
    citations: [
      {
        kind: "aws-doc",
        ...SHIELD_HOW,
        quote: "If you use AWS WAF and AWS Shield Standard, you must design your own layer 7 protection and mitigation processes.",
      },
    ],
  },
  {
    id: "shield.response-team-mitigation",
    service: "shield",
    model: "abstract",
    topic: "availability",
    owner: "shared",
    duty: "put AWS WAF mitigations in place during a layer 7 DDoS attack on a Shield Advanced–protected resource",
    statement:
      "With Shield Advanced, AWS's Shield Response Team (formerly the DDoS Response Team, DRT) can triage an application-layer attack and write WAF rules, but only with the customer's permission.",
    why:
      "The response team brings the expertise, but the web ACLs live in the customer's account and could block real users, so AWS acts only when the customer consents or has authorised it in advance.",
    misconception: "The Shield Response Team can change the web ACLs in your account without any permission from you.",
    split: {
      aws: "Through the response team, analyses the attack, identifies its signatures and creates or deploys WAF rules to mitigate it.",
      customer: "Grants the response team access in advance or consents during the event, and owns the web ACLs that are changed.",
    },
    citations: [
      {
        kind: "aws-doc",
        ...SHIELD_HOW,
        quote: "With your consent, the DRT creates and deploys AWS WAF rules to mitigate the attack.",
      },
    ],
  },
]);
