import { describe, expect, it } from "vitest";
import { bank } from "@/questions/bank";
import { compileBank, type BankFile } from "@/questions/compile";
import { generate } from "@/questions/generator";
import { practiceItems } from "@/questions/practice";
import { checkQuestionQuality } from "@/questions/quality";
import type { Question } from "@/questions/types";
import { compiledIsCurrent, compileFromDisk, readBankFiles, readSourceTexts } from "../../scripts/bank-files";

const citation = {
  kind: "aws-doc",
  title: "Maintaining a DB instance",
  url: "https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_UpgradeDBInstance.html",
  quote: "Periodically, Amazon RDS performs maintenance on Amazon RDS resources.",
};
const registry: BankFile[] = [{ path: "citations/rds.yaml", data: { "rds-maintenance": citation } }];
const goodFact = {
  id: "rds.os-patching",
  model: "container",
  topic: "patching",
  owner: "aws",
  duty: "patch the operating system of the database hosts",
  options: { aws: "Patching the database hosts' operating system" },
  statement: "AWS patches the operating system under every RDS DB instance.",
  why: "RDS is a container service: the demarc sits above the operating system.",
  scenarios: [
    "A company runs its order database on Amazon RDS for PostgreSQL. A critical Linux kernel vulnerability is announced.",
    "A clinic keeps appointment records in Amazon RDS for MySQL, and an auditor asks how the database servers are patched.",
  ],
  citations: ["rds-maintenance"],
};
const serviceEntry = {
  id: "rds",
  name: "Amazon RDS",
  shortName: "RDS",
  model: "container",
  summary: "Managed relational databases.",
  modelCitations: [],
};
const fileWith = (fact: object) => [{ path: "services/rds.yaml", data: { service: serviceEntry, facts: [fact] } }];
const messages = (fact: object, reg: BankFile[] = registry) =>
  compileBank(reg, fileWith(fact)).problems.map((p) => `${p.where}: ${p.message}`);

describe("the bank's data files", () => {
  it("compile with no problems, and compiled.json is what they compile to", () => {
    const { bank: compiled, problems } = compileFromDisk(readSourceTexts());
    expect(problems).toEqual([]);
    expect(compiledIsCurrent(compiled)).toBe(true);
    expect(compiled.facts.length).toBe(bank.facts.length);
    expect(readBankFiles().files.length).toBe(bank.services.length);
  });

  it("accept a well-formed fact and resolve its citations", () => {
    const { bank: compiled, problems } = compileBank(registry, fileWith(goodFact));
    expect(problems).toEqual([]);
    expect(compiled.facts[0]).toMatchObject({ service: "rds", citations: [citation] });
  });

  it("refuse, naming the file, the fact and the field: an unknown citation, an owner in an option, too few scenarios, the wrong side's option", () => {
    expect(messages({ ...goodFact, citations: ["nope"] })).toContainEqual(
      expect.stringMatching(/rds\.yaml › facts\[0\] \(rds\.os-patching\) › citations\[0\]: no citation "nope"/),
    );
    expect(messages({ ...goodFact, options: { aws: "AWS patches the hosts' operating system" } })).toContainEqual(
      expect.stringMatching(/options › aws: an option never names who owns it/),
    );
    expect(messages({ ...goodFact, scenarios: [goodFact.scenarios[0]] })).toContainEqual(
      expect.stringMatching(/scenarios: write at least two scenarios/),
    );
    expect(messages({ ...goodFact, options: { customer: "Patching the database hosts' operating system" } })).toContainEqual(
      expect.stringMatching(/options: options has exactly the owner's side/),
    );
    expect(messages({ ...goodFact, id: "ec2.os-patching" })).toContainEqual(
      expect.stringMatching(/a fact id in this file starts with "rds\."/),
    );
    expect(messages(goodFact, [...registry, { path: "citations/extra.yaml", data: { "rds-unused": citation } }])).toContainEqual(
      expect.stringMatching(/rds-unused: no fact or service cites this/),
    );
  });
});

const question = (overrides: Partial<Question>): Question => ({
  id: "pick-aws:rds.os-patching",
  kind: "scenario",
  model: "container",
  service: "rds",
  topic: "patching",
  factIds: ["rds.os-patching"],
  prompt: "A company uses Amazon RDS. Which of the following is AWS's responsibility?",
  choices: [
    {
      id: "a",
      text: "Patching the host operating system",
      correct: true,
      explanation: "Correct. AWS patches it.",
      factId: "rds.os-patching",
      service: "rds",
    },
    {
      id: "b",
      text: "Choosing the backup retention period",
      correct: false,
      explanation: "No: the customer does this.",
      factId: "rds.backups",
      service: "rds",
    },
  ],
  explanation: "AWS patches the operating system under every RDS DB instance.",
  citations: [],
  links: { model: "/models/container", service: "/services/rds" },
  ...overrides,
});
const qualityOf = (q: Question) => checkQuestionQuality(bank, [q]).map((p) => p.message);

describe("the question-quality check", () => {
  it("passes a clean item", () => expect(qualityOf(question({}))).toEqual([]));

  it("fails on each kind of flaw", () => {
    const base = question({});
    const offService = { ...base.choices[1], factId: "efs.backups", service: "efs" };
    expect(qualityOf({ ...base, choices: [base.choices[0], offService] })).toContainEqual(expect.stringMatching(/comes from efs, not rds/));
    expect(qualityOf({ ...base, prompt: `${base.prompt} Patching the host operating system is urgent.` })).toContainEqual(
      expect.stringMatching(/prompt contains option/),
    );
    expect(
      qualityOf({ ...base, choices: [{ ...base.choices[0], text: "Patching the hosts of the AWS service" }, base.choices[1]] }),
    ).toContainEqual(expect.stringMatching(/names an owner/));
    expect(qualityOf({ ...base, prompt: "A company uses  Amazon RDS." })).toContainEqual(expect.stringMatching(/double space/));
    const card = { ...base, kind: "flashcard" as const, choices: [], answer: "The customer. It owns the router." };
    expect(qualityOf({ ...card, prompt: "AWS Direct Connect: who must patch the customer's own router?" })).toContainEqual(
      expect.stringMatching(/front says whose duty it is/),
    );
    expect(qualityOf({ ...card, prompt: "AWS Direct Connect: who must patch the on-premises router?" })).toEqual([]);
    expect(qualityOf({ ...base, explanation: "Amazon SQS is a abstract service." })).toContainEqual(expect.stringMatching(/"a abstract"/));
    expect(qualityOf({ ...base, explanation: "The model is accurate. it is split." })).toContainEqual(
      expect.stringMatching(/starts lower-case/),
    );
    expect(qualityOf({ ...base, explanation: "A common mistake is to believe that cloudFront caches nothing." })).toContainEqual(
      expect.stringMatching(/lost its capital/),
    );
    const retiredBank = {
      ...bank,
      services: bank.services.map((s) => (s.id === "rds" ? { ...s, retired: { on: "2025-04-25", note: "Retired for this test." } } : s)),
    };
    expect(checkQuestionQuality(retiredBank, [base]).map((p) => p.message)).toContainEqual(expect.stringMatching(/retired service/));
  });

  it("fails when one explanation sentence is pasted into more than 5% of questions", () => {
    const boilerplate = "AWS runs the infrastructure, the operating system and the platform software.";
    const many = Array.from({ length: 40 }, (_, i) =>
      question({ id: `q${i}`, explanation: `${boilerplate} Item ${i} says something of its own here.` }),
    );
    expect(checkQuestionQuality(bank, many).map((p) => p.message)).toContainEqual(expect.stringMatching(/appears in 40 of 40 questions/));
  });
});

describe("retired services", () => {
  it("are left out of generated questions and of new practice cards, but stay in the bank", () => {
    const retiredBank = {
      ...bank,
      services: bank.services.map((s) => (s.id === "rds" ? { ...s, retired: { on: "2025-04-25", note: "Retired for this test." } } : s)),
    };
    const questions = generate(retiredBank, { seed: 1 });
    expect(questions.length).toBeGreaterThan(1000);
    expect(questions.some((q) => q.service === "rds" || q.choices.some((c) => c.service === "rds"))).toBe(false);
    expect(practiceItems(retiredBank).some((item) => item.service === "rds")).toBe(false);
    expect(retiredBank.facts.some((f) => f.service === "rds")).toBe(true);
  });
});
