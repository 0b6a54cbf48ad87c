import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db";
import { createUser } from "@/db/queries/users";
import { cardOfUser } from "@/db/queries/cards";
import { undoReview } from "@/db/queries/reviews";
import { nextPracticeCard } from "@/server/practice/queue";
import { revealCard, submitPracticeReview } from "@/server/practice/review";
import { renderPracticeItem } from "@/questions/practice";
import { bank } from "@/questions/bank";

const T0 = Date.UTC(2026, 2, 2, 15, 0);

async function learner() {
  return (await createUser(getDb(), { email: `reveal-${randomUUID()}@example.com`, name: "Peeker", passwordHash: "x", role: "student" }))
    .id;
}

async function rightChoices(userId: string, cardId: string) {
  const row = await cardOfUser(getDb(), userId, cardId);
  return renderPracticeItem(bank, row!.itemId, row!.presentedSeed!, "quiz")!
    .choices.filter((c) => c.correct)
    .map((c) => c.id);
}

describe("GET /api/v1/cards/{id}/answer", () => {
  it("refuses the answer of a quiz card that has not been answered yet", async () => {
    const userId = await learner();
    const { card } = await nextPracticeCard(getDb(), userId, "quiz", T0);
    await expect(revealCard(getDb(), userId, card!.id)).rejects.toMatchObject({
      code: "conflict",
      message: expect.stringMatching(/shown as a quiz/),
    });
    // The answer still comes with the result, graded as usual.
    const result = await submitPracticeReview(
      getDb(),
      userId,
      { reviewId: randomUUID(), cardId: card!.id, choiceIds: await rightChoices(userId, card!.id), durationMs: 3000 },
      T0,
    );
    expect(result.correct).toBe(true);
    expect(result.choices.some((choice) => choice.correct)).toBe(true);
  });

  it("reveals a flashcard's back as before, and again on a reload", async () => {
    const userId = await learner();
    const { card } = await nextPracticeCard(getDb(), userId, "flashcard", T0);
    const back = await revealCard(getDb(), userId, card!.id);
    expect(back.answer).toBeTruthy();
    expect(await revealCard(getDb(), userId, card!.id)).toEqual(back);
    const rated = await submitPracticeReview(
      getDb(),
      userId,
      { reviewId: randomUUID(), cardId: card!.id, rating: 3, durationMs: 2000 },
      T0,
    );
    expect(rated.rating).toBe(3);
  });

  it("cannot be dodged by switching modes: a revealed card is never asked as a quiz", async () => {
    const userId = await learner();
    const asQuiz = (await nextPracticeCard(getDb(), userId, "quiz", T0)).card!;
    // Switching to flashcards before answering moves the card along (nothing was seen yet)…
    const asFlashcard = (await nextPracticeCard(getDb(), userId, "flashcard", T0)).card!;
    expect(asFlashcard.id).toBe(asQuiz.id);
    await revealCard(getDb(), userId, asFlashcard.id);
    // …but once its back is revealed, quiz mode passes it by, and a quiz answer to it is refused.
    const inQuizMode = (await nextPracticeCard(getDb(), userId, "quiz", T0)).card!;
    expect(inQuizMode.id).not.toBe(asQuiz.id);
    const choiceIds = await rightChoices(userId, asQuiz.id);
    await expect(
      submitPracticeReview(getDb(), userId, { reviewId: randomUUID(), cardId: asQuiz.id, choiceIds, durationMs: 1000 }, T0),
    ).rejects.toMatchObject({ code: "conflict" });
    // In flashcard mode it is back, to be rated.
    expect((await nextPracticeCard(getDb(), userId, "flashcard", T0)).card!.id).toBe(asQuiz.id);
  });

  it("after undo, a quiz comes back as a quiz (answer refused) and a flashcard as revealed", async () => {
    const userId = await learner();
    const quiz = (await nextPracticeCard(getDb(), userId, "quiz", T0)).card!;
    const reviewId = randomUUID();
    await submitPracticeReview(
      getDb(),
      userId,
      { reviewId, cardId: quiz.id, choiceIds: await rightChoices(userId, quiz.id), durationMs: 1000 },
      T0,
    );
    expect((await undoReview(getDb(), userId, reviewId)).status).toBe("undone");
    await expect(revealCard(getDb(), userId, quiz.id)).rejects.toMatchObject({ code: "conflict" });

    const flash = (await nextPracticeCard(getDb(), userId, "flashcard", T0 + 60_000)).card!;
    await revealCard(getDb(), userId, flash.id);
    const flashReview = randomUUID();
    await submitPracticeReview(getDb(), userId, { reviewId: flashReview, cardId: flash.id, rating: 2, durationMs: 1000 }, T0 + 60_000);
    expect((await undoReview(getDb(), userId, flashReview)).status).toBe("undone");
    expect((await revealCard(getDb(), userId, flash.id)).answer).toBeTruthy();
  });

  it("refuses another learner's card with 404", async () => {
    const owner = await learner();
    const stranger = await learner();
    const { card } = await nextPracticeCard(getDb(), owner, "flashcard", T0);
    await expect(revealCard(getDb(), stranger, card!.id)).rejects.toMatchObject({ code: "not_found" });
  });
});
