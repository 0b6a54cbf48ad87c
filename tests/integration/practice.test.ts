import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { Rating } from "ts-fsrs";
import { getDb } from "@/db";
import { cards, reviewLog } from "@/db/schema";
import { createUser } from "@/db/queries/users";
import { cardOfUser } from "@/db/queries/cards";
import { saveLearnerSettings, DEFAULT_SETTINGS } from "@/db/queries/settings";
import { nextPracticeCard, practiceCounts } from "@/server/practice/queue";
import { answeredCard, changeCard, revealCard, submitPracticeReview } from "@/server/practice/review";
import { scheduleReview } from "@/server/practice/scheduler";
import { changeRating, undoReview } from "@/db/queries/reviews";
import { DomainError } from "@/server/errors";
import { generateItem } from "@/questions/generator";
import { bank } from "@/questions/bank";
import { renderPracticeItem } from "@/questions/practice";

const DAY = 86_400_000;
const T0 = Date.UTC(2026, 2, 2, 15, 0); // a Monday afternoon in UTC

async function newLearner(name = "learner") {
  return createUser(getDb(), { email: `${name}-${randomUUID()}@example.com`, name, passwordHash: "x", role: "student" });
}

/** Answers the shown card the way a learner would: right or wrong. */
async function answer(userId: string, now: number, right: boolean, reviewId = randomUUID()) {
  const { card } = await nextPracticeCard(getDb(), userId, "quiz", now);
  if (!card) throw new Error("no card to answer");
  const row = await cardOfUser(getDb(), userId, card.id);
  const question = renderPracticeItem(bank, row!.itemId, row!.presentedSeed!, "quiz")!;
  const choiceIds = question.choices.filter((c) => c.correct === right).map((c) => c.id);
  const picked = right ? choiceIds : choiceIds.slice(0, 1);
  const result = await submitPracticeReview(getDb(), userId, { reviewId, cardId: card.id, choiceIds: picked, durationMs: 4000 }, now);
  return { card, result, reviewId };
}

describe("scheduling with FSRS", () => {
  it("moves Good later than Hard, and Again counts a lapse", () => {
    const reviewCard = {
      due: T0,
      stability: 10,
      difficulty: 5,
      elapsedDays: 10,
      scheduledDays: 10,
      learningSteps: 0,
      reps: 5,
      lapses: 0,
      state: 2,
      lastReview: T0 - 10 * DAY,
    };
    const hard = scheduleReview(reviewCard, Rating.Hard, T0, DEFAULT_SETTINGS);
    const good = scheduleReview(reviewCard, Rating.Good, T0, DEFAULT_SETTINGS);
    const easy = scheduleReview(reviewCard, Rating.Easy, T0, DEFAULT_SETTINGS);
    const again = scheduleReview(reviewCard, Rating.Again, T0, DEFAULT_SETTINGS);
    expect(good.due).toBeGreaterThan(hard.due);
    expect(easy.due).toBeGreaterThan(good.due);
    expect(again.lapses).toBe(1);
    expect(again.state).toBe(3);
    expect(good.lapses).toBe(0);
  });
});

describe("practice reviews", () => {
  let userId: string;
  beforeAll(async () => {
    userId = (await newLearner()).id;
  });

  it("shows a question without its answer, then grades it and explains every choice", async () => {
    const { card, result } = await answer(userId, T0, true);
    expect(JSON.stringify(card.question)).not.toMatch(/"correct"|"explanation"/);
    expect(result.correct).toBe(true);
    expect(result.rating).toBe(Rating.Good);
    expect(result.explanation.length).toBeGreaterThan(40);
    expect(result.choices.every((c: { explanation: string }) => c.explanation.length > 0)).toBe(true);
    expect(result.citations.length).toBeGreaterThan(0);
  });

  it("turns a right answer's Good into Easy, scheduled from the card as it was", async () => {
    const { result, reviewId } = await answer(userId, T0 + 30_000, true);
    const easy = await changeRating(getDb(), userId, reviewId, 4, (fields) =>
      scheduleReview(fields, Rating.Easy, T0 + 30_000, DEFAULT_SETTINGS),
    );
    expect(easy.status).toBe("recorded");
    if (easy.status !== "recorded") return;
    expect(easy.review.rating).toBe(4);
    expect(easy.card.due).toBeGreaterThan(result.card.due);
    expect(easy.card.reps).toBe(result.card.reps);
  });

  it("rates a wrong answer Again", async () => {
    const { result } = await answer(userId, T0 + 60_000, false);
    expect(result.correct).toBe(false);
    expect(result.rating).toBe(Rating.Again);
  });

  it("applies a retried review id once and returns the first result", async () => {
    const { card, result, reviewId } = await answer(userId, T0 + 120_000, true);
    const retry = await submitPracticeReview(getDb(), userId, { reviewId, cardId: card.id, choiceIds: ["a"], durationMs: 1 }, T0 + 130_000);
    expect(retry.duplicate).toBe(true);
    expect(retry.correct).toBe(result.correct);
    expect(retry.card.due).toBe(result.card.due);
    const rows = await getDb().select().from(reviewLog).where(eq(reviewLog.id, reviewId));
    expect(rows).toHaveLength(1);
  });

  it("refuses a review of a card that changed since it was shown (second device) with 409", async () => {
    const { card } = await nextPracticeCard(getDb(), userId, "quiz", T0 + 200_000);
    const first = await submitPracticeReview(
      getDb(),
      userId,
      { reviewId: randomUUID(), cardId: card!.id, rating: 3, durationMs: 1 },
      T0 + 200_000,
    );
    expect(first.duplicate).toBe(false);
    await expect(
      submitPracticeReview(getDb(), userId, { reviewId: randomUUID(), cardId: card!.id, rating: 3, durationMs: 1 }, T0 + 201_000),
    ).rejects.toMatchObject({ code: "conflict" });
  });

  it("flagging the card on screen leaves it answerable with the version that was shown", async () => {
    const { card } = await nextPracticeCard(getDb(), userId, "quiz", T0 + 250_000);
    await changeCard(getDb(), userId, card!.id, { flagged: true }, T0 + 251_000);
    const row = await cardOfUser(getDb(), userId, card!.id);
    const question = renderPracticeItem(bank, row!.itemId, row!.presentedSeed!, "quiz")!;
    const right = question.choices.filter((c) => c.correct).map((c) => c.id);
    const result = await submitPracticeReview(
      getDb(),
      userId,
      { reviewId: randomUUID(), cardId: card!.id, choiceIds: right, durationMs: 1, cardVersion: card!.version },
      T0 + 252_000,
    );
    expect(result.correct).toBe(true);
    expect(result.card.flagged).toBe(true);
    // Flashcard mode too: reveal, flag, rate.
    const { card: flashcard } = await nextPracticeCard(getDb(), userId, "flashcard", T0 + 260_000);
    await revealCard(getDb(), userId, flashcard!.id);
    await changeCard(getDb(), userId, flashcard!.id, { flagged: true }, T0 + 261_000);
    const rated = await submitPracticeReview(
      getDb(),
      userId,
      { reviewId: randomUUID(), cardId: flashcard!.id, rating: 3, durationMs: 1, cardVersion: flashcard!.version },
      T0 + 262_000,
    );
    expect(rated.duplicate).toBe(false);
  });

  it("a card suspended on another device refuses the answer shown before it (409)", async () => {
    const { card } = await nextPracticeCard(getDb(), userId, "quiz", T0 + 270_000);
    await changeCard(getDb(), userId, card!.id, { suspended: true }, T0 + 271_000);
    await expect(
      submitPracticeReview(
        getDb(),
        userId,
        { reviewId: randomUUID(), cardId: card!.id, rating: 3, durationMs: 1, cardVersion: card!.version },
        T0 + 272_000,
      ),
    ).rejects.toMatchObject({ code: "conflict" });
    await changeCard(getDb(), userId, card!.id, { suspended: false }, T0 + 273_000);
  });

  it("shows a quiz answer again after a reload, only to its learner and only until the card moves on", async () => {
    const { card, result, reviewId } = await answer(userId, T0 + 280_000, false);
    const shown = await answeredCard(getDb(), userId, reviewId, T0 + 281_000);
    expect(shown.card.id).toBe(card.id);
    expect(shown.card.question.prompt).toBe(card.question.prompt);
    expect(shown.feedback).toMatchObject({ correct: false, rating: result.rating, explanation: result.explanation });
    expect(shown.choiceIds.length).toBeGreaterThan(0);
    const other = await newLearner("peeker");
    await expect(answeredCard(getDb(), other.id, reviewId, T0 + 281_000)).rejects.toMatchObject({ code: "not_found" });
    await undoReview(getDb(), userId, reviewId);
    await expect(answeredCard(getDb(), userId, reviewId, T0 + 282_000)).rejects.toMatchObject({ code: "not_found" });
    await answer(userId, T0 + 283_000, true);
  });

  it("undo restores the exact prior state and marks the log row reverted", async () => {
    const { card } = await nextPracticeCard(getDb(), userId, "quiz", T0 + 300_000);
    const before = await cardOfUser(getDb(), userId, card!.id);
    const { reviewId } = await answer(userId, T0 + 300_000, true);
    const after = await cardOfUser(getDb(), userId, card!.id);
    expect(after!.reps).toBe(before!.reps + 1);
    const outcome = await undoReview(getDb(), userId, reviewId);
    expect(outcome.status).toBe("undone");
    const restored = await cardOfUser(getDb(), userId, card!.id);
    const strip = ({ version, presentedSeed, ...rest }: typeof restored & object) => rest;
    expect(strip(restored!)).toEqual(strip(before!));
    expect(restored!.presentedSeed).toBe(before!.presentedSeed);
    expect((await getDb().select().from(reviewLog).where(eq(reviewLog.id, reviewId)))[0].revertedAt).not.toBeNull();
  });

  it("answers 404 for another learner's card, and for another learner's review", async () => {
    const other = await newLearner("other");
    const { card, reviewId } = await answer(userId, T0 + 400_000, true);
    await expect(
      submitPracticeReview(getDb(), other.id, { reviewId: randomUUID(), cardId: card.id, rating: 3, durationMs: 1 }, T0 + 400_000),
    ).rejects.toMatchObject({ code: "not_found" });
    expect((await undoReview(getDb(), other.id, reviewId)).status).toBe("not_found");
    expect((await changeRating(getDb(), other.id, reviewId, 4, (fields) => fields)).status).toBe("not_found");
    await expect(
      submitPracticeReview(getDb(), other.id, { reviewId, cardId: card.id, rating: 3, durationMs: 1 }, T0 + 400_000),
    ).rejects.toBeInstanceOf(DomainError);
  });

  it("tags and suspends a leech at 8 lapses, and says why", async () => {
    const { card } = await nextPracticeCard(getDb(), userId, "quiz", T0 + 500_000);
    await getDb()
      .update(cards)
      .set({ state: 2, lapses: 7, stability: 3, difficulty: 8, reps: 20, lastReview: T0 - 3 * DAY, due: T0, scheduledDays: 3 })
      .where(eq(cards.id, card!.id));
    const row = await cardOfUser(getDb(), userId, card!.id);
    const question = renderPracticeItem(bank, row!.itemId, row!.presentedSeed!, "quiz")!;
    const wrong = question.choices.find((c) => !c.correct)!.id;
    const result = await submitPracticeReview(
      getDb(),
      userId,
      { reviewId: randomUUID(), cardId: card!.id, choiceIds: [wrong], durationMs: 1 },
      T0 + 500_000,
    );
    expect(result.card.lapses).toBe(8);
    expect(result.card.suspended).toBe(true);
    expect(result.card.leech).toBe(true);
    expect(result.leech?.message).toMatch(/leech/);
    expect(result.leech?.link).toMatch(/^\/services\//);
  });
});

describe("daily limits", () => {
  it("count per the learner's own day and roll over at their day start, not UTC midnight", async () => {
    const { id } = await newLearner("new-york");
    await saveLearnerSettings(getDb(), id, { timeZone: "America/New_York", dayStartsAtHour: 4, newPerDay: 2 });
    // 02:30 in New York on 10 March 2026 is 07:30 UTC (EDT starts 8 March): still the learner's 9 March day.
    const lateNight = Date.UTC(2026, 2, 10, 6, 30);
    await answer(id, lateNight, true);
    await answer(id, lateNight + 60_000, true);
    expect((await practiceCounts(getDb(), id, lateNight + 120_000)).counts.new).toBe(0);
    // UTC midnight has long passed, but the learner's day has not: still none.
    expect((await practiceCounts(getDb(), id, Date.UTC(2026, 2, 10, 7, 59))).counts.new).toBe(0);
    // 04:00 New York (08:00 UTC): a new day, two new cards again.
    expect((await practiceCounts(getDb(), id, Date.UTC(2026, 2, 10, 8, 0))).counts.new).toBe(2);
  });

  it("custom study once the day is done: extra new cards past the limit, and reviews due in the next days", async () => {
    const { id } = await newLearner("custom-study");
    await saveLearnerSettings(getDb(), id, { newPerDay: 1, learningSteps: [], relearningSteps: [] });
    const { card } = await answer(id, T0, true);
    expect((await practiceCounts(getDb(), id, T0 + 60_000)).counts).toEqual({ new: 0, learning: 0, review: 0 });
    expect((await practiceCounts(getDb(), id, T0 + 60_000, undefined, { aheadDays: 0, extraNew: 5 })).counts.new).toBe(5);
    // The card answered is due in a few days: not today, but studying ahead brings it now.
    const due = (await cardOfUser(getDb(), id, card.id))!.due;
    const days = Math.ceil((due - T0) / DAY);
    expect(days).toBeGreaterThan(0);
    const ahead = { aheadDays: Math.min(30, days + 1), extraNew: 0 };
    expect((await practiceCounts(getDb(), id, T0 + 60_000, undefined, ahead)).counts.review).toBe(1);
    const next = await nextPracticeCard(getDb(), id, "quiz", T0 + 60_000, undefined, undefined, ahead);
    expect(next.card?.id).toBe(card.id);
  });

  it("shows learning cards first, then reviews with new cards spread among them", async () => {
    const { id } = await newLearner("queue");
    const { result } = await answer(id, T0, false);
    expect(result.card.state).toBe(1);
    const counts = await practiceCounts(getDb(), id, T0 + 2 * 60_000);
    expect(counts.counts.learning).toBe(1);
    const next = await nextPracticeCard(getDb(), id, "quiz", T0 + 2 * 60_000);
    expect(next.card?.state).toBe(1);
  });

  it("spreads new cards evenly among due reviews instead of bunching them at either end", async () => {
    const { id } = await newLearner("interleave");
    await saveLearnerSettings(getDb(), id, { newPerDay: 3, reviewsPerDay: 200 });
    await practiceCounts(getDb(), id, T0); // creates the learner's cards
    const all = await getDb().select().from(cards).where(eq(cards.userId, id));
    // Nine cards are due reviews; the rest stay new.
    for (const card of all.slice(0, 9)) {
      await getDb()
        .update(cards)
        .set({ state: 2, due: T0 - DAY, stability: 20, difficulty: 5, reps: 3, scheduledDays: 10, lastReview: T0 - 11 * DAY })
        .where(eq(cards.id, card.id));
    }
    const sequence: string[] = [];
    for (let step = 0; step < 12; step++) {
      const { card } = await nextPracticeCard(getDb(), id, "quiz", T0 + step * 60_000);
      if (!card) break;
      sequence.push(card.state === 0 ? "new" : "review");
      await submitPracticeReview(getDb(), id, { reviewId: randomUUID(), cardId: card.id, rating: 3, durationMs: 1000 }, T0 + step * 60_000);
    }
    // 9 reviews and 3 new cards: one new card after every three reviews.
    expect(sequence).toEqual([
      "review",
      "review",
      "review",
      "new",
      "review",
      "review",
      "review",
      "new",
      "review",
      "review",
      "review",
      "new",
    ]);
  });
});

describe("practice items", () => {
  it("render a fresh scenario each time, from the same fact", () => {
    const prompts = new Set(
      ["s1", "s2", "s3", "s4", "s5"].map((seed) => renderPracticeItem(bank, "fact:rds.os-patching", seed, "quiz")!.prompt),
    );
    expect(prompts.size).toBeGreaterThan(1);
    const flash = renderPracticeItem(bank, "fact:rds.os-patching", "s1", "flashcard")!;
    expect(flash.kind).toBe("flashcard");
    expect(flash.answer).toMatch(/^AWS\./);
    expect(generateItem(bank, "flashcard:rds.os-patching", "s1")!.id).toBe(flash.id);
  });
});
