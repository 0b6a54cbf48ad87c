import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/db";
import { cards, reviewLog } from "@/db/schema";
import { createUser } from "@/db/queries/users";
import { ensureCards } from "@/db/queries/cards";
import { learnerSettings, saveLearnerSettings } from "@/db/queries/settings";
import { studiedCards } from "@/db/queries/stats";
import { dueForecast, reviewActivity, stateCounts, trueRetention } from "@/server/stats/progress";
import { learnerDate, learnerDaysBack, learnerWeeksBack } from "@/server/time/learner-periods";
import { masteryLevel, masteryMap } from "@/server/stats/mastery";
import { statsOverview } from "@/server/stats/overview";
import { recallAt, toFsrsCard } from "@/server/practice/scheduler";
import { renderPracticeItem } from "@/questions/practice";
import { examDateValue, examPlan } from "@/server/stats/exam-plan";
import { cramSchedulingSettings } from "@/server/practice/review-rules";
import { nextPracticeCard } from "@/server/practice/queue";
import { submitPracticeReview } from "@/server/practice/review";
import { practiceQuery } from "@/server/practice/input";
import { bank } from "@/questions/bank";
import { practiceItems } from "@/questions/practice";

const DAY = 86_400_000;
const HOUR = 3_600_000;
const at = (iso: string) => Date.parse(iso);
// New York moves to daylight time at 02:00 on Sunday 2026-03-08: EST (UTC−5) before, EDT (UTC−4) after.
const NEW_YORK = { timeZone: "America/New_York", dayStartsAtHour: 4 };
const NOW = at("2026-03-10T15:00:00Z"); // Tuesday 11:00 EDT

async function learnerWithCards(settings: Partial<Parameters<typeof saveLearnerSettings>[2]> = {}) {
  const user = await createUser(getDb(), { email: `stats-${randomUUID()}@example.com`, name: "Stats", passwordHash: "x", role: "student" });
  await ensureCards(getDb(), user.id, practiceItems(bank), bank.version, null, NOW - 90 * DAY);
  await saveLearnerSettings(getDb(), user.id, { ...NEW_YORK, ...settings }, NOW - 90 * DAY);
  const rows = await getDb().select().from(cards).where(eq(cards.userId, user.id));
  return { userId: user.id, cards: rows };
}

interface ReviewSeed {
  at: string;
  rating?: number;
  durationMs?: number;
  prevState?: number;
  prevScheduledDays?: number;
  origin?: "practice" | "exam";
}

async function logReviews(userId: string, cardId: string, reviews: ReviewSeed[]) {
  await getDb()
    .insert(reviewLog)
    .values(
      reviews.map((r) => ({
        id: randomUUID(),
        userId,
        cardId,
        rating: r.rating ?? 3,
        durationMs: r.durationMs ?? 10_000,
        reviewedAt: at(r.at),
        origin: r.origin ?? "practice",
        prevState: r.prevState ?? 2,
        prevScheduledDays: r.prevScheduledDays ?? 3,
        cardBefore: {},
        newState: 2,
        newDue: at(r.at) + 3 * DAY,
      })),
    );
}

describe("learner periods across daylight saving time", () => {
  it("makes the spring-forward day 23 hours and the fall-back day 25 hours long in New York", () => {
    const march = learnerDaysBack(at("2026-03-09T15:00:00Z"), 3, NEW_YORK.timeZone, NEW_YORK.dayStartsAtHour);
    expect(march.map((d) => d.label)).toEqual(["2026-03-07", "2026-03-08", "2026-03-09"]);
    expect(march[0]).toMatchObject({ start: at("2026-03-07T09:00:00Z"), end: at("2026-03-08T08:00:00Z") });
    expect((march[0].end - march[0].start) / HOUR).toBe(23);
    expect((march[1].end - march[1].start) / HOUR).toBe(24);
    // Clocks go back at 02:00 on 1 November: inside the learner day that began at 04:00 on 31 October.
    const november = learnerDaysBack(at("2026-11-01T15:00:00Z"), 2, NEW_YORK.timeZone, NEW_YORK.dayStartsAtHour);
    expect(november.map((d) => d.label)).toEqual(["2026-10-31", "2026-11-01"]);
    expect(november[0]).toMatchObject({ start: at("2026-10-31T08:00:00Z"), end: at("2026-11-01T09:00:00Z") });
    expect((november[0].end - november[0].start) / HOUR).toBe(25);
    expect((november[1].end - november[1].start) / HOUR).toBe(24);
  });

  it("names today correctly in the hour after the day start on the DST day", () => {
    // 04:30 EDT on 03-08 is Sunday's learner day, though 4 hours earlier by the clock was Saturday evening.
    expect(learnerDate(at("2026-03-08T08:30:00Z"), NEW_YORK.timeZone, NEW_YORK.dayStartsAtHour)).toBe("2026-03-08");
    expect(learnerDate(at("2026-03-08T07:59:00Z"), NEW_YORK.timeZone, NEW_YORK.dayStartsAtHour)).toBe("2026-03-07");
    expect(learnerDaysBack(at("2026-03-08T08:30:00Z"), 1, NEW_YORK.timeZone, NEW_YORK.dayStartsAtHour)[0].label).toBe("2026-03-08");
  });

  it("starts weeks on Monday at the learner's day start", () => {
    const weeks = learnerWeeksBack(NOW, 2, NEW_YORK.timeZone, NEW_YORK.dayStartsAtHour);
    expect(weeks.map((w) => w.label)).toEqual(["2026-03-02", "2026-03-09"]);
    expect(weeks[0].end).toBe(at("2026-03-09T08:00:00Z"));
    expect((weeks[0].end - weeks[0].start) / HOUR).toBe(7 * 24 - 1);
  });
});

describe("progress aggregates on a seeded history", () => {
  let userId: string;
  let cardIds: string[];

  beforeAll(async () => {
    const learner = await learnerWithCards();
    userId = learner.userId;
    cardIds = learner.cards.slice(0, 10).map((c) => c.id);
    // Heatmap: reviews either side of the 04:00 day start, on both sides of the DST change.
    await logReviews(userId, cardIds[0], [
      { at: "2026-03-07T08:30:00Z", durationMs: 5_000 }, // Sat 03:30 EST → Friday 03-06
      { at: "2026-03-07T09:00:00Z", durationMs: 7_000 }, // Sat 04:00 EST → 03-07 (day start is inclusive)
      { at: "2026-03-08T07:30:00Z", durationMs: 11_000 }, // Sun 03:30 EDT → still 03-07
      { at: "2026-03-08T08:30:00Z", durationMs: 13_000 }, // Sun 04:30 EDT → 03-08 (a fixed −5 h offset would say 03-07)
      { at: "2026-03-09T07:59:00Z", durationMs: 17_000 }, // Mon 03:59 EDT → 03-08
      { at: "2026-03-09T20:00:00Z", durationMs: 19_000 }, // Mon 16:00 EDT → 03-09
    ]);
    // True retention: mature = last scheduled ≥ 21 days ahead from the review state.
    await logReviews(userId, cardIds[1], [
      { at: "2026-03-03T15:00:00Z", prevScheduledDays: 30, rating: 3 }, // week of 03-02: pass
      { at: "2026-03-04T15:00:00Z", prevScheduledDays: 21, rating: 2 }, // pass (Hard still passes)
      { at: "2026-03-05T15:00:00Z", prevScheduledDays: 25, rating: 1 }, // fail
      { at: "2026-03-09T07:30:00Z", prevScheduledDays: 40, rating: 1 }, // Mon 03:30 EDT: still the week of 03-02, fail
      { at: "2026-03-05T16:00:00Z", prevScheduledDays: 20, rating: 1 }, // young: left out
      { at: "2026-03-05T17:00:00Z", prevScheduledDays: 40, prevState: 3, rating: 1 }, // relearning: left out
      { at: "2026-03-05T18:00:00Z", prevScheduledDays: 40, rating: 1, origin: "exam" }, // exam rows: left out
      { at: "2026-03-09T08:30:00Z", prevScheduledDays: 60, rating: 4 }, // Mon 04:30 EDT: week of 03-09, pass
    ]);
  });

  it("buckets reviews and time into the learner's own days across the DST change", async () => {
    const activity = await reviewActivity(getDb(), userId, NEW_YORK, NOW);
    const day = (date: string) => activity.days.find((d) => d.date === date);
    expect(activity.days.at(-1)?.date).toBe("2026-03-10");
    expect(activity.days[0].date).toBe("2025-03-10"); // 52 weeks back, to a Monday
    expect(activity.days).toHaveLength(366);
    expect(day("2026-03-06")).toMatchObject({ reviews: 1, durationMs: 5_000 });
    expect(day("2026-03-07")).toMatchObject({ reviews: 2, durationMs: 18_000 });
    // Sunday also gets Monday's 03:30 EDT mature review (10 s); Monday keeps its 04:30 one and the 16:00 one.
    expect(day("2026-03-08")).toMatchObject({ reviews: 3, durationMs: 40_000 });
    expect(day("2026-03-09")).toMatchObject({ reviews: 2, durationMs: 29_000 });
    expect(day("2026-03-05")).toMatchObject({ reviews: 3 }); // the exam row that day is not a study review
  });

  it("counts the streak up to yesterday while today is still open", async () => {
    const activity = await reviewActivity(getDb(), userId, NEW_YORK, NOW);
    // 03-03 … 03-09 each have a review: seven days in a row; today (03-10) has none yet.
    expect(activity.streak).toBe(7);
    expect(activity.longestStreak).toBe(7);
  });

  it("computes true retention per week as the share of mature reviews passed", async () => {
    const retention = await trueRetention(getDb(), userId, NEW_YORK, NOW);
    const weeks = retention.weeks.slice(-2);
    expect(weeks.map((w) => w.week)).toEqual(["2026-03-02", "2026-03-09"]);
    expect(weeks[0]).toMatchObject({ mature: 4, passed: 2, retention: 0.5 });
    expect(weeks[1]).toMatchObject({ mature: 1, passed: 1, retention: 1 });
    expect(retention.weeks.slice(0, -2).every((w) => w.retention === null)).toBe(true);
    expect(retention.retention).toBe(3 / 5);
  });

  it("forecasts due cards per learner day, with overdue cards counted today", async () => {
    const set = (id: string, fields: Partial<typeof cards.$inferInsert>) => getDb().update(cards).set(fields).where(eq(cards.id, id));
    await set(cardIds[2], { state: 2, due: NOW - 3 * DAY }); // overdue → today
    await set(cardIds[3], { state: 2, due: NOW + HOUR }); // later today
    await set(cardIds[4], { state: 1, due: NOW + 10 * 60_000 }); // learning, today
    await set(cardIds[5], { state: 2, due: at("2026-03-11T12:00:00Z") }); // tomorrow
    await set(cardIds[6], { state: 2, due: at("2026-03-11T12:00:00Z"), suspended: true }); // suspended: not due
    await set(cardIds[7], { state: 2, due: at("2026-04-08T12:00:00Z") }); // day 29, the last shown
    await set(cardIds[8], { state: 2, due: at("2026-04-09T12:00:00Z") }); // day 30: beyond the forecast
    const forecast = await dueForecast(getDb(), userId, NEW_YORK, NOW);
    expect(forecast).toHaveLength(30);
    expect(forecast[0]).toEqual({ date: "2026-03-10", due: 3, reviews: 2 });
    expect(forecast[1]).toEqual({ date: "2026-03-11", due: 1, reviews: 1 });
    expect(forecast[29]).toEqual({ date: "2026-04-08", due: 1, reviews: 1 });
    expect(forecast.reduce((sum, d) => sum + d.due, 0)).toBe(5);

    const counts = await stateCounts(getDb(), userId);
    const total = practiceItems(bank).length;
    expect(counts).toMatchObject({ total, new: total - 7, learning: 1, review: 5, relearning: 0, suspended: 1 });
  });
});

describe("mastery and the exam plan", () => {
  it("averages FSRS recall a week ahead per service and model, and lists the weakest facts first", async () => {
    const { userId, cards: rows } = await learnerWithCards();
    const [a, b] = rows.filter((c) => c.service === "rds" && c.factId);
    // a: 10-day stability, last seen 10 days ago (90% today); b: 5-day stability, just reviewed (100% today).
    await getDb()
      .update(cards)
      .set({ state: 2, stability: 10, difficulty: 5, lastReview: NOW - 10 * DAY, due: NOW, scheduledDays: 10 })
      .where(eq(cards.id, a.id));
    await getDb()
      .update(cards)
      .set({ state: 2, stability: 5, difficulty: 5, lastReview: NOW, due: NOW + 5 * DAY, scheduledDays: 5 })
      .where(eq(cards.id, b.id));
    const settings = await learnerSettings(getDb(), userId);
    const studied = await studiedCards(getDb(), userId);
    const map = masteryMap(studied, [], settings, NOW);
    const inWeek = (id: string) => recallAt(toFsrsCard(studied.find((c) => c.id === id)!), NOW + 7 * DAY, settings);
    const rds = map.services.find((s) => s.id === "rds")!;
    expect(rds.studied).toBe(2);
    expect(inWeek(a.id)).toBeLessThan(0.9);
    expect(rds.recallInWeek).toBeCloseTo((inWeek(a.id) + inWeek(b.id)) / 2, 6);
    const model = map.models.find((m) => m.id === a.model)!;
    expect(model.studied).toBe(a.model === b.model ? 2 : 1);
    expect(map.weakest[0]).toMatchObject({ factId: a.factId, recallInWeek: expect.closeTo(inWeek(a.id), 6), missed: false });
    const unstudied = map.models.find((m) => m.studied === 0);
    if (unstudied) expect(unstudied).toMatchObject({ recallInWeek: null, level: "unstudied" });
  });

  it("shows the cards a learner just failed as weak, not as strong", async () => {
    const user = await createUser(getDb(), {
      email: `fails-${randomUUID()}@example.com`,
      name: "Fails",
      passwordHash: "x",
      role: "student",
    });
    const scope = { services: ["s3"] };
    const failed = new Set<string>();
    for (let i = 0; i < 6; i++) {
      const { card } = await nextPracticeCard(getDb(), user.id, "quiz", NOW + i * 1000, scope);
      const row = (await getDb().select().from(cards).where(eq(cards.id, card!.id)))[0];
      const question = renderPracticeItem(bank, row.itemId, row.presentedSeed!, "quiz")!;
      const wrong = question.choices.find((c) => !c.correct)!.id;
      await submitPracticeReview(
        getDb(),
        user.id,
        { reviewId: randomUUID(), cardId: card!.id, choiceIds: [wrong], durationMs: 1000 },
        NOW + i * 1000,
      );
      if (row.factId) failed.add(row.factId);
    }
    const { mastery } = await statsOverview(getDb(), user.id, NOW + 60_000, 3);
    const s3 = mastery.services.find((s) => s.id === "s3")!;
    expect(s3).toMatchObject({ studied: 6, missed: 6, recent: { answered: 6, right: 0 }, level: "weak" });
    expect(s3.recallInWeek!).toBeLessThan(0.75);
    const model = mastery.models.find((m) => m.id === bank.services.find((s) => s.id === "s3")!.model)!;
    expect(model.level).toBe("weak");
    expect(mastery.weakest.length).toBeGreaterThan(0);
    for (const fact of mastery.weakest.slice(0, failed.size)) {
      expect(failed.has(fact.factId)).toBe(true);
      expect(fact.missed).toBe(true);
    }
  });

  it("a learner who answers right is not weak, and a recent run of misses outweighs a hopeful forecast", () => {
    expect(masteryLevel(0.95, { answered: 10, right: 10 })).toBe("strong");
    expect(masteryLevel(0.95, { answered: 10, right: 8 })).toBe("fair");
    expect(masteryLevel(0.95, { answered: 6, right: 1 })).toBe("weak");
    expect(masteryLevel(0.95, { answered: 2, right: 0 })).toBe("strong");
    expect(masteryLevel(0.6, { answered: 0, right: 0 })).toBe("weak");
    expect(masteryLevel(null, { answered: 0, right: 0 })).toBe("unstudied");
  });

  it("predicts recall on the exam date and the new cards a day needed to finish N days before", async () => {
    const examDay = "2026-03-31"; // 21 learner days after 03-10
    const { userId, cards: rows } = await learnerWithCards({ examDate: examDateValue(examDay), newPerDay: 20 });
    const studied = rows[0];
    await getDb()
      .update(cards)
      .set({ state: 2, stability: 10, difficulty: 5, lastReview: NOW, due: NOW + 10 * DAY, scheduledDays: 10 })
      .where(eq(cards.id, studied.id));
    const settings = await learnerSettings(getDb(), userId);
    const plan = examPlan(settings, await studiedCards(getDb(), userId), await stateCounts(getDb(), userId), NOW, 3)!;
    expect(plan.date).toBe(examDay);
    expect(plan.daysLeft).toBe(21);
    // All but the one studied card unseen, spread over the 19 days from 03-10 to 03-28 inclusive.
    const unseen = practiceItems(bank).length - 1;
    expect(plan.newCards).toMatchObject({ unseen, lastDay: "2026-03-28", daysAvailable: 19, perDay: Math.ceil(unseen / 19) });
    const forecast = plan.models.find((m) => m.model === studied.model)!;
    expect(forecast.studied).toBe(1);
    // Left alone for 21 days (09:00 EDT on 03-31 is 20.8 days on): below 90%, but reviewing when due keeps it at or above 90%.
    expect(forecast.stopToday!).toBeLessThan(0.9);
    expect(forecast.keepUp!).toBeGreaterThanOrEqual(0.9);
  });
});

describe("cram toward the exam date", () => {
  async function reviewOneDueCard(cram: boolean) {
    const { userId, cards: rows } = await learnerWithCards({ examDate: examDateValue("2026-03-20"), cramMode: cram });
    const card = rows[0];
    await getDb()
      .update(cards)
      .set({ state: 2, stability: 10, difficulty: 5, reps: 4, lastReview: NOW - 10 * DAY, due: NOW, scheduledDays: 10 })
      .where(eq(cards.id, card.id));
    const shown = await nextPracticeCard(getDb(), userId, "flashcard", NOW);
    expect(shown.card?.id).toBe(card.id);
    return submitPracticeReview(getDb(), userId, { reviewId: randomUUID(), cardId: card.id, rating: 3, durationMs: 1_000 }, NOW);
  }

  it("raises desired retention only for cards that would be under target on the exam date", async () => {
    const settings = {
      desiredRetention: 0.9,
      learningSteps: ["1m", "10m"],
      relearningSteps: ["10m"],
      examDate: examDateValue("2026-03-20"),
      cramMode: true,
      ...NEW_YORK,
    };
    const weak = {
      due: NOW,
      stability: 5,
      difficulty: 5,
      elapsedDays: 0,
      scheduledDays: 5,
      learningSteps: 0,
      reps: 3,
      lapses: 0,
      state: 2,
      lastReview: NOW - 5 * DAY,
    };
    const safe = { ...weak, stability: 2000, lastReview: NOW - DAY };
    expect(cramSchedulingSettings(settings, weak, NOW).desiredRetention).toBe(0.95);
    expect(cramSchedulingSettings(settings, safe, NOW).desiredRetention).toBe(0.9);
    expect(cramSchedulingSettings({ ...settings, cramMode: false }, weak, NOW).desiredRetention).toBe(0.9);
    expect(cramSchedulingSettings(settings, weak, at("2026-03-21T12:00:00Z")).desiredRetention).toBe(0.9); // exam over
  });

  it("brings a reviewed card back sooner in practice when cramming", async () => {
    const normal = await reviewOneDueCard(false);
    const crammed = await reviewOneDueCard(true);
    expect(crammed.card.due).toBeGreaterThan(NOW + DAY);
    expect(crammed.card.due).toBeLessThan(normal.card.due);
  });
});

describe("practising just the weakest facts", () => {
  it("scopes practice to the chosen facts and refuses unknown ones", async () => {
    const { userId, cards: rows } = await learnerWithCards();
    const chosen = rows.filter((c) => c.factId).slice(5, 7);
    const scope = practiceQuery(new URL(`http://x/practice?${chosen.map((c) => `fact=${c.factId}`).join("&")}`)).scope!;
    expect(scope.facts).toEqual(chosen.map((c) => c.factId));
    const shown = await nextPracticeCard(getDb(), userId, "quiz", NOW, scope);
    expect(chosen.map((c) => c.id)).toContain(shown.card?.id);
    expect(shown.counts.new).toBe(2);
    expect(() => practiceQuery(new URL("http://x/practice?fact=not-a.fact"))).toThrow(/Unknown fact/);
  });
});
