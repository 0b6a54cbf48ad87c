import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { bank, BANK_VERSION, bankVersion } from "@/questions/bank";
import { checkBank } from "@/questions/check";
import { generate } from "@/questions/generator";
import { SOURCE_DOCUMENTS } from "@/questions/sources";

const sourcesDir = process.env.DEMARC_SOURCES_DIR ?? path.resolve(process.cwd(), "../shared/sources");
// The quote checks must never pass by skipping: without the sources this file fails to load.
if (!existsSync(sourcesDir)) throw new Error(`The source texts are missing: set DEMARC_SOURCES_DIR (looked in ${sourcesDir})`);
const sourceTexts = Object.fromEntries(SOURCE_DOCUMENTS.map((doc) => [doc.file, readFileSync(path.join(sourcesDir, doc.file), "utf8")]));

describe("question bank", () => {
  it("has at least 450 facts over at least 80 services, each cited", () => {
    expect(bank.facts.length).toBeGreaterThanOrEqual(450);
    const services = new Set(bank.facts.filter((f) => f.service !== "aws-cloud").map((f) => f.service));
    expect(services.size).toBeGreaterThanOrEqual(80);
    expect(bank.facts.every((f) => f.citations.length > 0)).toBe(true);
  });

  it("covers every service the sources name and what exam candidates are asked", () => {
    const required = [
      "ec2",
      "ebs",
      "vpc",
      "auto-scaling",
      "rds",
      "emr",
      "ecs",
      "elastic-beanstalk",
      "lambda",
      "dynamodb",
      "s3",
      "sqs",
      "cloudfront",
      "workdocs",
      "kms",
      "iam",
      "cloudtrail",
      "cloudwatch",
      "config",
      "waf",
      "cloudhsm",
      "secrets-manager",
      "systems-manager",
      "acm",
      "aurora",
      "fargate",
      "eks",
      "lightsail",
      "redshift",
      "elasticache",
      "shield",
      "guardduty",
      "outposts",
      "artifact",
      "sns",
      "efs",
      "glacier",
      "organizations",
      "iam-identity-center",
    ];
    const taught = new Set(bank.facts.map((f) => f.service));
    expect(required.filter((id) => !taught.has(id))).toEqual([]);
    // The exam guides' services (issue 14), each with at least three facts.
    const blueprint = [
      "macie",
      "security-hub",
      "detective",
      "audit-manager",
      "trusted-advisor",
      "iam-access-analyzer",
      "control-tower",
      "firewall-manager",
      "network-firewall",
      "route53",
      "api-gateway",
      "cognito",
      "sts",
      "backup",
      "private-ca",
      "nitro-enclaves",
      "ecr",
      "direct-connect",
      "vpn",
      "kinesis",
      "athena",
      "glue",
      "snow-family",
      "storage-gateway",
      "workspaces",
      "fsx",
      "sagemaker",
      "bedrock",
      "marketplace",
      "directory-service",
    ];
    expect(blueprint.filter((id) => bank.facts.filter((f) => f.service === id).length < 3)).toEqual([]);
    for (const model of ["infrastructure", "container", "abstract", "all"]) {
      expect(
        bank.facts.some((f) => f.model === model),
        model,
      ).toBe(true);
    }
    for (const layer of ["on-premises", "IaaS", "PaaS", "SaaS", "FaaS"]) {
      expect(
        bank.facts.some((f) => f.layer === layer),
        layer,
      ).toBe(true);
    }
    for (const type of ["inherited", "shared", "customer-specific"]) {
      expect(
        bank.facts.some((f) => f.controlType === type),
        type,
      ).toBe(true);
    }
    const s3 = bank.facts.filter((f) => f.service === "s3").map((f) => f.id);
    expect(s3).toEqual(
      expect.arrayContaining(["s3.sse-s3-keys", "s3.sse-kms-aws-managed-key", "s3.sse-kms-customer-managed-key", "s3.sse-c-key-custody"]),
    );
    expect(s3.some((id) => id.includes("client-side"))).toBe(true);
  });

  it("validates: schemas, unique ids, known services, and every quote verbatim in its section", () => {
    expect(checkBank(bank.facts, bank.services, sourceTexts)).toEqual([]);
  });

  it("names each broken entry: a schema problem, a repeated id, an unknown service", () => {
    const [fact] = bank.facts;
    const [service] = bank.services;
    const problems = checkBank(
      [fact, fact, { ...fact, id: "no-such.duty", service: "no-such", statement: "A statement of its own." }, { id: "x.bare" }],
      [service, service],
    );
    expect(problems).toContainEqual({ where: `service ${service.id}`, message: "duplicate service id" });
    expect(problems).toContainEqual({ where: `fact ${fact.id}`, message: "duplicate fact id" });
    expect(problems).toContainEqual({ where: "fact no-such.duty", message: 'unknown service "no-such"' });
    expect(problems.filter((p) => p.where === "fact x.bare").map((p) => p.message)).toContainEqual(expect.stringMatching(/^statement: /));
  });

  it("catches a quote that is not in the source, or sits in another section", () => {
    const [fact] = bank.facts.filter((f) => f.citations.some((c) => c.kind === "source"));
    const citation = fact.citations.find((c) => c.kind === "source")!;
    const invented = { ...fact, citations: [{ ...citation, quote: "AWS patches every customer's laptop on Tuesdays." }] };
    expect(checkBank([invented], bank.services, sourceTexts).map((p) => p.message)).toContainEqual(
      expect.stringMatching(/quote not found verbatim/),
    );
    const wrongSection = {
      ...fact,
      citations: [
        {
          kind: "source",
          file: "001_1b349d5091cf0d19.txt",
          section: "Shared Responsibility in Container Services",
          quote: "Examples of these services are DynamoDB, S3, and CloudFront.",
        },
      ],
    };
    expect(checkBank([wrongSection], bank.services, sourceTexts).map((p) => p.message)).toContainEqual(
      expect.stringMatching(/not in section/),
    );
  });

  it("teaches the documented disagreements the AWS way: IAM configuration is the customer's in every model", () => {
    const iamDisagreements = bank.facts.filter((f) => f.disagreement?.file === "004_aa8011a1b640d359.txt" && f.topic === "identity");
    expect(iamDisagreements.length).toBeGreaterThan(0);
    expect(iamDisagreements.every((f) => f.owner === "customer")).toBe(true);
    for (const model of ["infrastructure", "container", "abstract"]) {
      const identity = bank.facts.filter((f) => f.model === model && f.topic === "identity" && /polic|role|user|permission/i.test(f.duty));
      expect(identity.length, model).toBeGreaterThan(0);
      expect(
        identity.filter((f) => f.owner === "aws" && /^(write|attach|grant|create|decide|configure|define|choose)\b/i.test(f.duty)),
        model,
      ).toEqual([]);
    }
    // The question says so, once, naming the source by its title.
    const question = generate(bank, { seed: 1, services: [iamDisagreements[0].service] }).find(
      (q) => q.factIds[0] === iamDisagreements[0].id && q.disagreement,
    );
    expect(question?.disagreement).toMatch(/^Sources differ\. .*“Understanding The AWS Shared Security Model”/);
    expect(question?.disagreement).toMatch(/follows AWS's documentation/);
    expect(question?.explanation).not.toMatch(/Sources differ/);
  });

  it("keeps RDS Multi-AZ shared: the customer enables it, AWS runs the failover", () => {
    const multiAz = bank.facts.find((f) => f.id === "rds.high-availability")!;
    expect(multiAz.owner).toBe("shared");
    expect(multiAz.split?.customer).toMatch(/Multi-AZ|standby|decide|enable/i);
  });

  it("has a version that changes when a fact changes, and only then", () => {
    expect(bankVersion(bank)).toBe(BANK_VERSION);
    const [first, ...rest] = bank.facts;
    expect(bankVersion({ services: bank.services, facts: [{ ...first, statement: `${first.statement} Edited.` }, ...rest] })).not.toBe(
      BANK_VERSION,
    );
    expect(bankVersion({ services: bank.services, facts: [...bank.facts] })).toBe(BANK_VERSION);
  });
});
