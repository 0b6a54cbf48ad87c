import { describe, expect, it } from "vitest";
import { bank } from "@/questions/bank";
import { selectExamItems } from "@/questions/exam-selection";
import { bankItem } from "@/questions/generator";

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
    const facts = ids.map((id) => id.slice(id.indexOf(":") + 1).replace(/\/\d+$/, ""));
    expect(new Set(facts).size).toBe(facts.length);
  });
});
