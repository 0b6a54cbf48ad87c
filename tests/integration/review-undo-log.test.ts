import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db";
import { reviewLog } from "@/db/schema";
import { createUser } from "@/db/queries/users";
import { cardOfUser } from "@/db/queries/cards";
import { latestReviewOfCard, reviewsDoneBetween } from "@/db/queries/reviews";
import { latestAnswers, reviewCount, reviewHistory as optimizerInput } from "@/db/queries/stats";
import { nextPracticeCard } from "@/server/practice/queue";
import { submitPracticeReview, undoPracticeReview } from "@/server/practice/review";
import { reviewHistory as exportedReviews, revlogCsv } from "@/server/accounts/export";
import { renderPracticeItem } from "@/questions/practice";
import { bank } from "@/questions/bank";

const T0 = Date.UTC(2026, 4, 4, 10, 0);

const newLearner = async () =>
  (await createUser(getDb(), { email: `undo-${randomUUID()}@example.com`, name: "Undoer", passwordHash: "x", role: "student" })).id;

/** Answers the card on screen right, as the learner would. */
async function answerRight(userId: string, now: number) {
  const { card } = await nextPracticeCard(getDb(), userId, "quiz", now);
  const row = await cardOfUser(getDb(), userId, card!.id);
  const question = renderPracticeItem(bank, row!.itemId, row!.presentedSeed!, "quiz")!;
  const request = {
    reviewId: randomUUID(),
    cardId: card!.id,
    choiceIds: question.choices.filter((c) => c.correct).map((c) => c.id),
    durationMs: 3000,
  };
  await submitPracticeReview(getDb(), userId, request, now);
  return request;
}

describe("undo keeps the review log append-only", () => {
  it("marks the undone review reverted instead of deleting it, and the card's previous review becomes its latest", async () => {
    const userId = await newLearner();
    const kept = await answerRight(userId, T0);
    const undone = await answerRight(userId, T0 + 60_000);
    await undoPracticeReview(getDb(), userId, undone.reviewId, T0 + 90_000);
    const [row] = await getDb().select().from(reviewLog).where(eq(reviewLog.id, undone.reviewId));
    expect(row.revertedAt).toBe(T0 + 90_000);
    const [standing] = await getDb().select().from(reviewLog).where(eq(reviewLog.id, kept.reviewId));
    expect(standing.revertedAt).toBeNull();
    // Undoing it again reads as an unknown review, as when undo deleted the row.
    await expect(undoPracticeReview(getDb(), userId, undone.reviewId, T0 + 95_000)).rejects.toMatchObject({ code: "not_found" });
    expect((await latestReviewOfCard(getDb(), undone.cardId))?.id).not.toBe(undone.reviewId);
  });

  it("refuses a late retry of an undone review id: the review is not applied a second time", async () => {
    const userId = await newLearner();
    const review = await answerRight(userId, T0);
    await undoPracticeReview(getDb(), userId, review.reviewId, T0 + 30_000);
    const before = await cardOfUser(getDb(), userId, review.cardId);
    await expect(submitPracticeReview(getDb(), userId, review, T0 + 40_000)).rejects.toMatchObject({
      code: "conflict",
      message: expect.stringMatching(/undone/),
    });
    const after = await cardOfUser(getDb(), userId, review.cardId);
    expect(after).toEqual(before);
    expect(await getDb().select().from(reviewLog).where(eq(reviewLog.cardId, review.cardId))).toHaveLength(1);
  });

  it("leaves undone reviews out of daily counts, stats, exports and the FSRS optimizer's input", async () => {
    const userId = await newLearner();
    const first = await answerRight(userId, T0);
    const second = await answerRight(userId, T0 + 60_000);
    await undoPracticeReview(getDb(), userId, second.reviewId, T0 + 70_000);

    const day = await reviewsDoneBetween(getDb(), userId, T0 - 1, T0 + 86_400_000);
    expect(day.newDone + day.reviewsDone).toBe(1);
    expect(await reviewCount(getDb(), userId)).toBe(1);
    expect((await latestAnswers(getDb(), userId, 10)).map((a) => a.cardId)).toEqual([first.cardId]);
    expect((await optimizerInput(getDb(), userId)).map((r) => r.reviewedAt)).toEqual([T0]);
    const exported = await exportedReviews(getDb(), userId);
    expect(exported.map((r) => r.reviewedAt)).toEqual([T0]);
    expect(revlogCsv(exported).trim().split("\n")).toHaveLength(2);
  });
});
