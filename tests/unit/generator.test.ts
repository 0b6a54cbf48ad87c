import { describe, expect, it } from "vitest";
import { bank } from "@/questions/bank";
import { generate, generateItem, bankItems } from "@/questions/generator";
import { checkGenerated } from "@/questions/check";
import { MODEL_TITLES } from "@/questions/model-rules";
import { questionMeasures } from "@/questions/quality";
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
    const firstById = new Map(all.map((q) => [q.id, q]));
    const both = other.filter((q) => firstById.has(q.id));
    expect(both.length).toBeGreaterThan(all.length * 0.95);
    const changed = both.filter(
      (q) =>
        q.prompt !== firstById.get(q.id)!.prompt ||
        q.choices.map((c) => c.text).join() !==
          firstById
            .get(q.id)!
            .choices.map((c) => c.text)
            .join(),
    ).length;
    expect(changed).toBeGreaterThan(both.length / 2);
    expect(generate(bank, { seed: 3, count: 30 }).map((q) => q.id)).not.toEqual(generate(bank, { seed: 4, count: 30 }).map((q) => q.id));
  });

  it("makes at least 2,000 distinct prompts from one seed, in the formats real exams use (no true/false)", () => {
    expect(new Set(all.map((q) => q.prompt)).size).toBe(all.length);
    expect(all.length).toBeGreaterThanOrEqual(2000);
    expect(new Set(all.map((q) => q.kind))).toEqual(
      new Set(["scenario", "multi-select", "which-model", "control-type", "compare", "flashcard"]),
    );
  });

  it("asks exam-shaped questions: four options for one answer, five for select TWO, short and on the service", () => {
    for (const q of all.filter((q) => q.kind === "scenario")) expect(q.choices.length, q.id).toBe(4);
    for (const q of all.filter((q) => q.kind === "multi-select")) {
      expect(q.choices.length, q.id).toBe(5);
      expect(q.prompt, q.id).toMatch(/\(Select TWO\.\)$/);
    }
    const measures = questionMeasures(all);
    expect(measures.offServiceQuestions).toBe(0);
    expect(measures.meanOptionWords).toBeLessThanOrEqual(10);
    expect(measures.hybridOptions).toBe(0);
    expect(all.some((q) => q.choices.some((c) => /^Both\b/.test(c.text)))).toBe(false);
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

  it("leads every fact's explanation with that fact's own statement, and states a disagreement once, by title", () => {
    for (const q of all.filter((q) => q.factIds.length > 0 && q.kind !== "control-type")) {
      const fact = facts.get(q.factIds[0])!;
      expect(q.explanation.startsWith(fact.statement) || q.explanation.startsWith("On "), q.id).toBe(true);
      expect(q.explanation, q.id).not.toMatch(/Sources differ/);
      if (q.disagreement) expect(q.disagreement, q.id).not.toMatch(/\b00[0-4]\b/);
    }
  });

  it("never marks an answer that contradicts its fact", () => {
    for (const q of all) {
      const [kindTag, factPart] = q.id.split(":");
      const fact = facts.get(factPart) as Fact;
      switch (kindTag) {
        case "scenario-owner":
        case "pick-customer":
        case "pick-aws": {
          const fact = facts.get(factPart.replace(/\/\d+$/, ""))!;
          const asked =
            kindTag === "pick-customer"
              ? "customer"
              : kindTag === "pick-aws"
                ? "aws"
                : /AWS's responsibility|AWS perform|falls to AWS|“of” the cloud/.test(q.prompt)
                  ? "aws"
                  : "customer";
          expect(correctTexts(q), q.id).toEqual([fact.options[asked]]);
          for (const choice of q.choices.filter((c) => !c.correct)) {
            const source = facts.get(choice.factId!)!;
            expect(source.service, q.id).toBe(fact.service);
            expect(source.options[asked === "aws" ? "customer" : "aws"], `${q.id}: ${choice.text}`).toBe(choice.text);
          }
          break;
        }
        case "multi-customer":
        case "multi-aws": {
          const side = kindTag === "multi-customer" ? "customer" : "aws";
          const [first, second] = factPart.split("+").map((id) => facts.get(id)!);
          expect(correctTexts(q).sort()).toEqual([first.options[side], second.options[side]].sort());
          for (const choice of q.choices.filter((c) => !c.correct)) expect(facts.get(choice.factId!)!.options[side]).not.toBe(choice.text);
          break;
        }
        case "move": {
          // The duty AWS takes over is the right answer; every other option stays the customer's after the move.
          const [before, after] = factPart.split("+").map((id) => facts.get(id)!);
          expect([before.owner, after.owner], q.id).toEqual(["customer", "aws"]);
          expect(correctTexts(q), q.id).toEqual([after.options.aws]);
          for (const choice of q.choices.filter((c) => !c.correct)) {
            const source = facts.get(choice.factId!)!;
            expect(source.service, q.id).toBe(after.service);
            expect(source.options.customer, `${q.id}: ${choice.text}`).toBe(choice.text);
          }
          break;
        }
        case "control-type": {
          const type = fact.controlType!;
          expect(q.prompt).toContain(type);
          for (const choice of q.choices)
            expect(facts.get(choice.factId!)!.controlType === type, `${q.id}: ${choice.text}`).toBe(choice.correct);
          break;
        }
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
    const container = generate(bank, { seed: 1, models: ["container"], kinds: ["multi-select"] });
    expect(container.length).toBeGreaterThan(5);
    expect(container.every((q) => q.model === "container" && q.kind === "multi-select")).toBe(true);
    const keys = generate(bank, { seed: 1, topics: ["keys"] });
    expect(keys.every((q) => q.topic === "keys")).toBe(true);
    expect(generate(bank, { seed: 1, count: 12 }).length).toBe(12);
  });

  it("rebuilds one item with a fresh scenario for a new seed", () => {
    const first = generateItem(bank, "pick-aws:rds.os-patching", 1)!;
    const later = [2, 3, 4, 5].map((seed) => generateItem(bank, "pick-aws:rds.os-patching", seed)!);
    expect(later.every((q) => q.id === first.id)).toBe(true);
    expect(new Set([first, ...later].map((q) => q.prompt)).size).toBeGreaterThan(1);
    expect(generateItem(bank, "no-such:item", 1)).toBeNull();
    // Every item builds; only the few whose stem repeats another's are left out of one seed's full set.
    expect(bankItems(bank).every((item) => generateItem(bank, item.id, 1) !== null)).toBe(true);
    expect(all.length).toBeGreaterThan(bankItems(bank).length * 0.95);
  });

  it("shows learners nothing that gives the answer away before they answer", () => {
    const shown = JSON.stringify(all.map(publicQuestion));
    expect(shown).not.toContain('"correct"');
    expect(shown).not.toContain('"explanation"');
    expect(shown).not.toContain('"answer"');
  });
});
