import { describe, expect, it } from "vitest";
import { DEADLINE_GRACE_MS, finishedAt, gradeAnswer, isPastDeadline, tally } from "@/server/attempts/engine";

const question = {
  choices: [
    { id: "a", text: "A", correct: true, explanation: "" },
    { id: "b", text: "B", correct: false, explanation: "" },
    { id: "c", text: "C", correct: true, explanation: "" },
  ],
};

describe("the attempt engine", () => {
  it("grades all or nothing: exactly the right choices, in any order; no answer is wrong; unknown ids are refused", () => {
    expect(gradeAnswer(question, ["c", "a"])).toBe(true);
    expect(gradeAnswer(question, ["a"])).toBe(false);
    expect(gradeAnswer(question, ["a", "b", "c"])).toBe(false);
    expect(gradeAnswer(question, [])).toBe(false);
    expect(() => gradeAnswer(question, ["z"])).toThrow(/Unknown choice id/);
  });

  it("keeps one deadline rule: answers within the grace count, later ones do not; no deadline never closes", () => {
    expect(isPastDeadline(1_000, 1_000 + DEADLINE_GRACE_MS)).toBe(false);
    expect(isPastDeadline(1_000, 1_000 + DEADLINE_GRACE_MS + 1)).toBe(true);
    expect(isPastDeadline(null, Number.MAX_SAFE_INTEGER)).toBe(false);
    expect(finishedAt(1_000, 9_000)).toBe(1_000);
    expect(finishedAt(null, 9_000)).toBe(9_000);
  });

  it("tallies right out of asked per area, leaving out questions without one", () => {
    const areas = tally(
      [
        { area: "container", correct: true },
        { area: "container", correct: false },
        { area: "abstract", correct: true },
        { area: null, correct: true },
      ],
      (entry) => entry.area,
    );
    expect(areas).toEqual({ container: { correct: 1, total: 2, percent: 50 }, abstract: { correct: 1, total: 1, percent: 100 } });
  });
});
