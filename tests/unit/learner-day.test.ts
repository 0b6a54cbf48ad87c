import { describe, expect, it } from "vitest";
import { learnerDay } from "@/server/time/learner-day";

describe("learner day", () => {
  it("starts at the learner's hour in their own zone", () => {
    const day = learnerDay(Date.UTC(2026, 0, 15, 12), "Europe/Berlin", 4);
    expect(day.date).toBe("2026-01-15");
    expect(day.start).toBe(Date.UTC(2026, 0, 15, 3)); // 04:00 CET
    expect(day.end).toBe(Date.UTC(2026, 0, 16, 3));
  });

  it("counts the small hours as the day before", () => {
    expect(learnerDay(Date.UTC(2026, 0, 15, 2), "Europe/Berlin", 4).date).toBe("2026-01-14"); // 03:00 local
  });

  it("holds across the spring-forward change, including the hour after the day start", () => {
    // New York, 8 March 2026: 02:00 EST jumps to 03:00 EDT. 08:30Z is 04:30 EDT, already the 8th's day.
    const day = learnerDay(Date.UTC(2026, 2, 8, 8, 30), "America/New_York", 4);
    expect(day.date).toBe("2026-03-08");
    expect(day.start).toBe(Date.UTC(2026, 2, 8, 8)); // 04:00 EDT
    expect(day.end).toBe(Date.UTC(2026, 2, 9, 8));
    const before = learnerDay(Date.UTC(2026, 2, 8, 7, 30), "America/New_York", 4); // 03:30 EDT
    expect(before.date).toBe("2026-03-07");
    expect(before.end - before.start).toBe(23 * 3_600_000);
  });

  it("holds across the fall-back change: a 25-hour day", () => {
    // Clocks go back at 02:00 on 1 November, inside the day that runs 04:00 EDT 31 Oct → 04:00 EST 1 Nov.
    const day = learnerDay(Date.UTC(2026, 9, 31, 12), "America/New_York", 4);
    expect(day.date).toBe("2026-10-31");
    expect(day.end - day.start).toBe(25 * 3_600_000);
  });
});
