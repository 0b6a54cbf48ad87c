import { randomUUID } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db";
import { reviewLog } from "@/db/schema";
import { createUser } from "@/db/queries/users";
import { cardOfUser } from "@/db/queries/cards";
import { saveLearnerSettings } from "@/db/queries/settings";
import { nextPracticeCard } from "@/server/practice/queue";
import { changeCard, rerateReview, submitPracticeReview, undoPracticeReview } from "@/server/practice/review";
import { saveExamAnswer, startExam, submitExam } from "@/server/exams/exams";
import { bank } from "@/questions/bank";
import { renderPracticeItem } from "@/questions/practice";

const MINUTE = 60_000;
const T0 = Date.UTC(2026, 5, 1, 3, 0); // 12:00 in Tokyo

const learner = () => createUser(getDb(), { email: `l-${randomUUID()}@example.com`, name: "L", passwordHash: "x", role: "student" });

/** The shown card and the choice ids that answer it right or wrong. */
async function shown(userId: string, now: number) {
  const { card } = await nextPracticeCard(getDb(), userId, "quiz", now);
  const row = await cardOfUser(getDb(), userId, card!.id);
  const question = renderPracticeItem(bank, row!.itemId, row!.presentedSeed!, "quiz")!;
  return {
    card: card!,
    right: question.choices.filter((c) => c.correct).map((c) => c.id),
    wrong: question.choices
      .filter((c) => !c.correct)
      .slice(0, 1)
      .map((c) => c.id),
  };
}

const logsOf = (cardId: string) => getDb().select().from(reviewLog).where(eq(reviewLog.cardId, cardId));

describe("review rules where change is riskiest", () => {
  it("two devices answering the same card at once: exactly one review is applied, the other is refused with a conflict", async () => {
    const user = await learner();
    const { card, right } = await shown(user.id, T0);
    const outcomes = await Promise.allSettled(
      [0, 1].map(() =>
        submitPracticeReview(getDb(), user.id, { reviewId: randomUUID(), cardId: card.id, choiceIds: right, durationMs: 3000 }, T0 + 1000),
      ),
    );
    expect(outcomes.filter((o) => o.status === "fulfilled")).toHaveLength(1);
    const refused = outcomes.find((o) => o.status === "rejected") as PromiseRejectedResult;
    expect(refused.reason).toMatchObject({ code: "conflict" });
    expect(await logsOf(card.id)).toHaveLength(1);
  });

  it("re-rating is refused for a wrong answer, which is always Again", async () => {
    const user = await learner();
    const { card, wrong } = await shown(user.id, T0);
    const reviewId = randomUUID();
    await submitPracticeReview(getDb(), user.id, { reviewId, cardId: card.id, choiceIds: wrong, durationMs: 3000 }, T0);
    await expect(rerateReview(getDb(), user.id, reviewId, 3)).rejects.toMatchObject({ code: "conflict" });
    expect((await logsOf(card.id)).map((l) => l.rating)).toEqual([1]);
  });

  it("undo of an older review is refused once a newer review of the card exists", async () => {
    const user = await learner();
    const { card, wrong } = await shown(user.id, T0);
    const older = randomUUID();
    await submitPracticeReview(getDb(), user.id, { reviewId: older, cardId: card.id, choiceIds: wrong, durationMs: 3000 }, T0);
    // The relearning card comes back after its short step; review it again.
    const again = await nextPracticeCard(getDb(), user.id, "quiz", T0 + 30 * MINUTE, undefined, card.id);
    expect(again.card?.id).toBe(card.id);
    const row = await cardOfUser(getDb(), user.id, card.id);
    const question = renderPracticeItem(bank, row!.itemId, row!.presentedSeed!, "quiz")!;
    await submitPracticeReview(
      getDb(),
      user.id,
      { reviewId: randomUUID(), cardId: card.id, choiceIds: question.choices.filter((c) => c.correct).map((c) => c.id), durationMs: 3000 },
      T0 + 30 * MINUTE,
    );
    await expect(undoPracticeReview(getDb(), user.id, older, T0 + 31 * MINUTE)).rejects.toMatchObject({ code: "conflict" });
    expect(await logsOf(card.id)).toHaveLength(2);
  });

  it("bury hides a card until the learner's next day starts in their own time zone, not UTC midnight", async () => {
    const user = await learner();
    await saveLearnerSettings(getDb(), user.id, { timeZone: "Asia/Tokyo", dayStartsAtHour: 4 });
    const { card } = await shown(user.id, T0);
    const { card: buried } = await changeCard(getDb(), user.id, card.id, { buryUntilTomorrow: true }, T0);
    // 12:00 in Tokyo on 1 June → the next learner day starts at 04:00 Tokyo on 2 June = 19:00 UTC on 1 June.
    expect(buried.buriedUntil).toBe(Date.UTC(2026, 5, 1, 19, 0));
    const before = await nextPracticeCard(getDb(), user.id, "quiz", Date.UTC(2026, 5, 1, 18, 59));
    expect(before.card?.id).not.toBe(card.id);
  });
});

describe("two submits of one exam at once", () => {
  it("score it once and feed practice once", async () => {
    const user = await learner();
    const attempt = await startExam(getDb(), user.id, { blueprint: "custom", options: { count: 5, minutes: 10 } }, T0);
    await saveExamAnswer(
      getDb(),
      user.id,
      attempt.attemptId,
      attempt.questions[0].id,
      { choiceIds: [attempt.questions[0].choices[0].id] },
      T0 + MINUTE,
    );
    const [first, second] = await Promise.all([0, 1].map(() => submitExam(getDb(), user.id, attempt.attemptId, T0 + 2 * MINUTE)));
    expect(second.correctCount).toBe(first.correctCount);
    const fed = await getDb()
      .select()
      .from(reviewLog)
      .where(and(eq(reviewLog.userId, user.id), eq(reviewLog.originId, attempt.attemptId)));
    // Each question reaches its fact's card (a select-TWO question reaches two) exactly once.
    expect(fed.length).toBeGreaterThanOrEqual(5);
    expect(new Set(fed.map((row) => row.cardId)).size).toBe(fed.length);
  });
});
