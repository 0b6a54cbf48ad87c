import { describe, expect, it } from "vitest";
import { selectAssignmentItems } from "@/questions/assignment-selection";
import { bank } from "@/questions/bank";
import { selectExamItems } from "@/questions/exam-selection";
import { bankItem, generateItem } from "@/questions/generator";

const factOf = (id: string) => id.slice(id.indexOf(":") + 1).replace(/\/\d+$/, "");

describe("mock exam selection", () => {
  it("fills a 65-question exam in the real exams' mix: mostly scenarios, a few short model and control questions", () => {
    for (const seed of [1, 2, 3]) {
      const ids = selectExamItems(bank, { seed, count: 65 });
      expect(ids).toHaveLength(65);
      const kinds: Record<string, number> = {};
      for (const id of ids) {
        const { kind } = bankItem(bank, id)!;
        kinds[kind] = (kinds[kind] ?? 0) + 1;
      }
      expect(kinds.scenario, `seed ${seed}`).toBeGreaterThanOrEqual(33);
      expect(kinds["multi-select"], `seed ${seed}`).toBeGreaterThanOrEqual(10);
      expect(kinds["control-type"], `seed ${seed}`).toBeLessThanOrEqual(4);
      expect(kinds["which-model"], `seed ${seed}`).toBeLessThanOrEqual(5);
      expect(kinds.compare, `seed ${seed}`).toBeLessThanOrEqual(10);
      expect(kinds.flashcard).toBeUndefined();
    }
  });

  it("never asks two questions about the same fact", () => {
    const ids = selectExamItems(bank, { seed: 7, count: 65 });
    expect(new Set(ids.map(factOf)).size).toBe(ids.length);
  });
});

describe("assignment selection", () => {
  it("gives a class one question per fact (a fact's second scenario counts as the same fact) and no wording twice", () => {
    for (const seed of ["a", "b", "c"]) {
      const ids = selectAssignmentItems(bank, { seed, count: 40 });
      expect(ids).toHaveLength(40);
      expect(new Set(ids.map(factOf)).size, seed).toBe(ids.length);
      expect(new Set(ids.map((id) => generateItem(bank, id, seed)!.prompt)).size, seed).toBe(ids.length);
    }
  });

  it("does not ask a fact twice through its second scenario while other facts are left", () => {
    for (const seed of ["a", "b", "c"]) {
      const ids = selectAssignmentItems(bank, { seed, count: 8, services: ["rds"], kinds: ["scenario"] });
      expect(ids).toHaveLength(8);
      expect(new Set(ids.map(factOf)).size, `${seed}: ${ids.join(" ")}`).toBe(ids.length);
    }
  });

  it("keeps to the kinds the instructor chose, sharing the paper between them", () => {
    const ids = selectAssignmentItems(bank, { seed: "k", count: 12, kinds: ["scenario", "compare"] });
    const kinds = ids.map((id) => bankItem(bank, id)!.kind);
    expect(new Set(kinds)).toEqual(new Set(["scenario", "compare"]));
    expect(kinds.filter((kind) => kind === "scenario").length).toBeGreaterThan(kinds.filter((kind) => kind === "compare").length);
  });
});
