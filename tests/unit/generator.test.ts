import { describe, expect, it } from "vitest";
import { bank } from "@/questions/bank";
import { generate, generateItem, bankItems } from "@/questions/generator";
import { checkGenerated } from "@/questions/check";
import { CONTROL_TYPE_NAMES, MODEL_TITLES } from "@/questions/model-rules";
import { capitalise } from "@/questions/scenario-text";
import { publicQuestion, type Question } from "@/questions/types";
import type { Fact } from "@/questions/schema";

const facts = new Map(bank.facts.map((fact) => [fact.id, fact]));
const services = new Map(bank.services.map((service) => [service.id, service]));
const all = generate(bank, { seed: 1 });
const correctTexts = (q: Question) => q.choices.filter((c) => c.correct).map((c) => c.text);

describe("generator", () => {
  it("is deterministic: the same seed gives identical questions", () => {
    expect(generate(bank, { seed: 1 })).toEqual(all);
    expect(generate(bank, { seed: "exam-7", count: 20 })).toEqual(generate(bank, { seed: "exam-7", count: 20 }));
  });

  it("gives other wordings for another seed, with the same stable ids", () => {
    const other = generate(bank, { seed: 2 });
    expect(other.map((q) => q.id)).toEqual(all.map((q) => q.id));
    const changed = other.filter((q, i) => q.prompt !== all[i].prompt).length;
    expect(changed).toBeGreaterThan(all.length / 2);
    expect(generate(bank, { seed: 3, count: 30 }).map((q) => q.id)).not.toEqual(generate(bank, { seed: 4, count: 30 }).map((q) => q.id));
  });

  it("makes at least 1,000 distinct prompts across all seven kinds from one seed", () => {
    expect(new Set(all.map((q) => q.prompt)).size).toBe(all.length);
    expect(all.length).toBeGreaterThanOrEqual(1000);
    expect(new Set(all.map((q) => q.kind))).toEqual(
      new Set(["scenario", "multi-select", "true-false", "which-model", "control-type", "compare", "flashcard"]),
    );
  });

  it("passes the bank's own generated-question checks for several seeds", () => {
    for (const seed of [1, 2, 99, "x"]) expect(checkGenerated(bank, seed)).toEqual([]);
  });

  it("gives every question a citation and every option its own explanation", () => {
    for (const q of all) {
      expect(q.citations.length, q.id).toBeGreaterThan(0);
      expect(q.explanation.length, q.id).toBeGreaterThan(40);
      for (const choice of q.choices) expect(choice.explanation.length, `${q.id} ${choice.text}`).toBeGreaterThan(10);
    }
  });

  it("names the model in every explanation", () => {
    for (const q of all) {
      expect(q.explanation, q.id).toMatch(/infrastructure|container|abstract|every model|IaaS|PaaS|SaaS|FaaS/i);
    }
  });

  it("never marks an answer that contradicts its fact", () => {
    for (const q of all) {
      const [kindTag, factPart] = q.id.split(":");
      const fact = facts.get(factPart) as Fact;
      switch (kindTag) {
        case "scenario-owner": {
          const [text] = correctTexts(q);
          if (fact.owner === "aws") expect(text).toBe("AWS");
          if (fact.owner === "customer") expect(text).toMatch(/\(the customer\)$/);
          if (fact.owner === "shared") expect(text).toMatch(/^Both:/);
          break;
        }
        case "true-false-true":
        case "true-false-false":
          expect(correctTexts(q)).toEqual([kindTag.endsWith("true") ? "True" : "False"]);
          break;
        case "pick-customer":
        case "pick-aws": {
          const side = kindTag === "pick-customer" ? "customer" : "aws";
          expect(fact.owner).toBe(side);
          expect(correctTexts(q)).toEqual([capitalise(fact.duty)]);
          for (const id of q.factIds.slice(1)) expect(facts.get(id)!.owner).not.toBe(side);
          break;
        }
        case "multi-customer":
        case "multi-aws": {
          const side = kindTag === "multi-customer" ? "customer" : "aws";
          const [first, second] = factPart.split("+").map((id) => facts.get(id)!);
          expect([first.owner, second.owner]).toEqual([side, side]);
          expect(correctTexts(q).sort()).toEqual([capitalise(first.duty), capitalise(second.duty)].sort());
          break;
        }
        case "compare": {
          const [first, second] = factPart.split("+").map((id) => facts.get(id)!);
          const word = (o: string) => (o === "aws" ? "AWS" : o === "customer" ? "the customer" : "shared");
          expect(correctTexts(q)).toEqual([
            `${services.get(first.service)!.shortName}: ${word(first.owner)} · ${services.get(second.service)!.shortName}: ${word(second.owner)}`,
          ]);
          break;
        }
        case "control-type":
          expect(correctTexts(q)).toEqual([CONTROL_TYPE_NAMES[fact.controlType!]]);
          break;
        case "which-model":
          expect(correctTexts(q)).toEqual([MODEL_TITLES[services.get(factPart)!.model]]);
          break;
        case "which-layer":
          expect(correctTexts(q)).toEqual([services.get(factPart)!.layer]);
          break;
        case "flashcard":
          expect(q.answer!.startsWith(fact.owner === "aws" ? "AWS." : fact.owner === "customer" ? "The customer." : "Shared.")).toBe(true);
          break;
        default:
          throw new Error(`untested template ${kindTag}`);
      }
    }
  });

  it("filters by model, service, topic and kind", () => {
    const rds = generate(bank, { seed: 1, services: ["rds"] });
    expect(rds.length).toBeGreaterThan(10);
    expect(rds.every((q) => q.service === "rds" || q.factIds.some((id) => id.startsWith("rds.")))).toBe(true);
    const container = generate(bank, { seed: 1, models: ["container"], kinds: ["true-false"] });
    expect(container.every((q) => q.model === "container" && q.kind === "true-false")).toBe(true);
    const keys = generate(bank, { seed: 1, topics: ["keys"] });
    expect(keys.every((q) => q.topic === "keys")).toBe(true);
    expect(generate(bank, { seed: 1, count: 12 }).length).toBe(12);
  });

  it("rebuilds one item with a fresh scenario for a new seed", () => {
    const first = generateItem(bank, "scenario-owner:rds.os-patching", 1)!;
    const later = [2, 3, 4, 5].map((seed) => generateItem(bank, "scenario-owner:rds.os-patching", seed)!);
    expect(later.every((q) => q.id === first.id)).toBe(true);
    expect(new Set([first, ...later].map((q) => q.prompt)).size).toBeGreaterThan(1);
    expect(generateItem(bank, "no-such:item", 1)).toBeNull();
    expect(bankItems(bank).length).toBe(all.length);
  });

  it("shows learners nothing that gives the answer away before they answer", () => {
    const shown = JSON.stringify(all.map(publicQuestion));
    expect(shown).not.toContain('"correct"');
    expect(shown).not.toContain('"explanation"');
    expect(shown).not.toContain('"answer"');
  });
});
