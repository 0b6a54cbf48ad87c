import { and, desc, eq, sql } from "drizzle-orm";
import type { Database } from "../index";
import { cards, reviewLog, type ReviewOrigin } from "../schema";
import type { CardFields, CardRow } from "./cards";

export interface ReviewInput {
  reviewId: string;
  userId: string;
  cardId: string;
  rating: number;
  answer: string[] | null;
  correct: boolean | null;
  durationMs: number;
  now: number;
  origin: ReviewOrigin;
  originId?: string | null;
  questionId: string | null;
  questionSeed: string | null;
  /** Practice only: the scenario the learner saw must still be the one on the card. */
  requireShownSeed?: string | null;
  expectedVersion?: number;
  /** The leech rule (server/practice/review-rules.ts): at this many lapses the card is tagged and suspended. */
  leechAtLapses: number;
  schedule: (card: CardFields) => CardFields;
}

export type ReviewLogRow = typeof reviewLog.$inferSelect;

export type ReviewOutcome =
  | { status: "recorded" | "duplicate"; review: ReviewLogRow; card: CardRow; becameLeech: boolean }
  | { status: "not_found" }
  | { status: "conflict"; message: string };

function cardFields(card: CardRow): CardFields {
  return {
    due: card.due,
    stability: card.stability,
    difficulty: card.difficulty,
    elapsedDays: card.elapsedDays,
    scheduledDays: card.scheduledDays,
    learningSteps: card.learningSteps,
    reps: card.reps,
    lapses: card.lapses,
    state: card.state,
    lastReview: card.lastReview,
  };
}

class StaleCard extends Error {}

/** A review id seen before: the first result for the same card, a conflict for another. */
async function earlierReview(db: Database, input: ReviewInput): Promise<ReviewOutcome | null> {
  const [existing] = await db.select().from(reviewLog).where(eq(reviewLog.id, input.reviewId)).limit(1);
  if (!existing) return null;
  if (existing.userId !== input.userId || existing.cardId !== input.cardId) {
    return { status: "conflict", message: "This review id was already used for another card." };
  }
  const [card] = await db.select().from(cards).where(eq(cards.id, existing.cardId)).limit(1);
  return { status: "duplicate", review: existing, card, becameLeech: false };
}

/**
 * Records one review in one transaction: the card's new state and the log row holding the card as
 * it was. A retried review id returns the first result and writes nothing. The card is read once
 * (or passed in); the update only applies to the version that was read, so a concurrent change
 * is refused rather than overwritten.
 */
export async function recordReview(db: Database, input: ReviewInput & { card?: CardRow }): Promise<ReviewOutcome> {
  const card =
    input.card ?? (await db.select().from(cards).where(and(eq(cards.id, input.cardId), eq(cards.userId, input.userId))).limit(1))[0];
  if (!card || card.userId !== input.userId) return (await earlierReview(db, input)) ?? { status: "not_found" };
  const stale =
    (input.expectedVersion !== undefined && input.expectedVersion !== card.version) ||
    (input.requireShownSeed !== undefined && card.presentedSeed !== input.requireShownSeed);
  if (stale) {
    return (
      (await earlierReview(db, input)) ?? {
        status: "conflict",
        message: "This card was already answered or changed since it was shown (another device?). Load the next card.",
      }
    );
  }
  const after = input.schedule(cardFields(card));
  const becameLeech = !card.leech && after.lapses >= input.leechAtLapses;
  try {
    return await db.transaction(async (tx) => {
      const [updated] = await tx
        .update(cards)
        .set({ ...after, presentedSeed: null, presentedMode: null, version: card.version + 1, ...(becameLeech ? { leech: true, suspended: true } : {}) })
        .where(and(eq(cards.id, card.id), eq(cards.version, card.version)))
        .returning();
      if (!updated) throw new StaleCard();
      const [review] = await tx
        .insert(reviewLog)
        .values({
          id: input.reviewId,
          userId: input.userId,
          cardId: card.id,
          rating: input.rating,
          answer: input.answer,
          correct: input.correct,
          durationMs: input.durationMs,
          reviewedAt: input.now,
          origin: input.origin,
          originId: input.originId ?? null,
          questionId: input.questionId,
          questionSeed: input.questionSeed,
          prevState: card.state,
          prevScheduledDays: card.scheduledDays,
          prevStability: card.stability,
          cardBefore: card as unknown as Record<string, unknown>,
          elapsedDays: card.lastReview ? (input.now - card.lastReview) / 86_400_000 : 0,
          newState: after.state,
          newDue: after.due,
        })
        .returning();
      return { status: "recorded", review, card: updated, becameLeech } as const;
    });
  } catch (error) {
    // The log row's primary key is the review id: a retry lands here, and gets the first result.
    const earlier = await earlierReview(db, input);
    if (earlier) return earlier;
    if (error instanceof StaleCard) return { status: "conflict", message: "This card changed while the review was saved. Try again." };
    throw error;
  }
}

async function latestReviewOfCard(tx: Pick<Database, "select">, cardId: string) {
  const [latest] = await tx
    .select({ id: reviewLog.id })
    .from(reviewLog)
    .where(eq(reviewLog.cardId, cardId))
    .orderBy(desc(reviewLog.reviewedAt), desc(sql`rowid`))
    .limit(1);
  return latest;
}

export type UndoOutcome = { status: "undone"; card: CardRow; review: ReviewLogRow } | { status: "not_found" } | { status: "conflict"; message: string };

/** Puts the card back exactly as it was before the review and removes the review from the log. */
export async function undoReview(db: Database, userId: string, reviewId: string): Promise<UndoOutcome> {
  return db.transaction(async (tx) => {
    const [review] = await tx.select().from(reviewLog).where(and(eq(reviewLog.id, reviewId), eq(reviewLog.userId, userId))).limit(1);
    if (!review) return { status: "not_found" } as const;
    const latest = await latestReviewOfCard(tx, review.cardId);
    if (latest?.id !== reviewId) return { status: "conflict", message: "Only the most recent review of a card can be undone." } as const;
    const before = review.cardBefore as unknown as CardRow;
    const [current] = await tx.select({ version: cards.version }).from(cards).where(eq(cards.id, review.cardId)).limit(1);
    const [card] = await tx
      .update(cards)
      .set({
        due: before.due,
        stability: before.stability,
        difficulty: before.difficulty,
        elapsedDays: before.elapsedDays,
        scheduledDays: before.scheduledDays,
        learningSteps: before.learningSteps,
        reps: before.reps,
        lapses: before.lapses,
        state: before.state,
        lastReview: before.lastReview,
        suspended: before.suspended,
        leech: before.leech,
        buriedUntil: before.buriedUntil,
        // Show the same scenario again, so the learner can answer it afresh: a quiz as a quiz, a
        // flashcard with its back already seen.
        presentedSeed: review.questionSeed,
        presentedMode: review.questionSeed ? (review.answer ? "quiz" : "revealed") : null,
        version: (current?.version ?? before.version) + 1,
      })
      .where(and(eq(cards.id, review.cardId), eq(cards.userId, userId)))
      .returning();
    await tx.delete(reviewLog).where(eq(reviewLog.id, reviewId));
    return { status: "undone", card, review } as const;
  });
}

/** Re-rates the latest review of a card (Good → Hard or Easy after a right answer), from the card as it was. */
export async function changeRating(
  db: Database,
  userId: string,
  reviewId: string,
  rating: number,
  schedule: (card: CardFields) => CardFields,
): Promise<ReviewOutcome> {
  return db.transaction(async (tx) => {
    const [review] = await tx.select().from(reviewLog).where(and(eq(reviewLog.id, reviewId), eq(reviewLog.userId, userId))).limit(1);
    if (!review) return { status: "not_found" } as const;
    const latest = await latestReviewOfCard(tx, review.cardId);
    if (latest?.id !== reviewId) return { status: "conflict", message: "Only the most recent review of a card can be re-rated." } as const;
    if (review.rating === rating) {
      const [card] = await tx.select().from(cards).where(eq(cards.id, review.cardId)).limit(1);
      return { status: "duplicate", review, card, becameLeech: false } as const;
    }
    const before = review.cardBefore as unknown as CardRow;
    const after = schedule(cardFields(before));
    const [card] = await tx
      .update(cards)
      .set({ ...after, version: sql`${cards.version} + 1` })
      .where(and(eq(cards.id, review.cardId), eq(cards.userId, userId)))
      .returning();
    const [updated] = await tx
      .update(reviewLog)
      .set({ rating, newState: after.state, newDue: after.due })
      .where(eq(reviewLog.id, reviewId))
      .returning();
    return { status: "recorded", review: updated, card, becameLeech: false } as const;
  });
}

export async function reviewOfUser(db: Database, userId: string, reviewId: string) {
  const [row] = await db.select().from(reviewLog).where(and(eq(reviewLog.id, reviewId), eq(reviewLog.userId, userId))).limit(1);
  return row;
}

/** Reviews done in a window, split into new cards introduced and the rest (practice only). */
export async function reviewsDoneBetween(db: Database, userId: string, from: number, until: number) {
  const [row] = await db
    .select({
      fresh: sql<number>`sum(case when ${reviewLog.prevState} = 0 then 1 else 0 end)`,
      reviews: sql<number>`sum(case when ${reviewLog.prevState} <> 0 then 1 else 0 end)`,
      correct: sql<number>`sum(case when ${reviewLog.correct} = 1 then 1 else 0 end)`,
      graded: sql<number>`sum(case when ${reviewLog.correct} is not null then 1 else 0 end)`,
    })
    .from(reviewLog)
    .where(
      and(
        eq(reviewLog.userId, userId),
        eq(reviewLog.origin, "practice"),
        sql`${reviewLog.reviewedAt} >= ${from}`,
        sql`${reviewLog.reviewedAt} < ${until}`,
      ),
    );
  return {
    newDone: Number(row?.fresh ?? 0),
    reviewsDone: Number(row?.reviews ?? 0),
    correct: Number(row?.correct ?? 0),
    graded: Number(row?.graded ?? 0),
  };
}
