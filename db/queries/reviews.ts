import { and, desc, eq, inArray, isNull, sql } from "drizzle-orm";
import type { Database } from "../index";
import { firstRow } from "../first-row";
import { preparedPerDatabase } from "../prepared";
import { cards, reviewLog, type ReviewOrigin } from "../schema";
import { FSRS_FIELDS, type CardFields, type CardRow } from "./cards";
import { pick } from "../pick";

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

/**
 * A review id seen before: the first result for the same card, a conflict for another. An undone
 * review keeps its id: a late retry of it is refused, never applied a second time.
 */
async function earlierReview(db: Database, input: ReviewInput): Promise<ReviewOutcome | null> {
  const [existing] = await db.select().from(reviewLog).where(eq(reviewLog.id, input.reviewId)).limit(1);
  if (!existing) return null;
  if (existing.userId !== input.userId || existing.cardId !== input.cardId) {
    return { status: "conflict", message: "This review id was already used for another card." };
  }
  if (existing.revertedAt !== null) {
    return { status: "conflict", message: "This review was undone, so it is not applied again. Answer the card afresh." };
  }
  const [card] = await db.select().from(cards).where(eq(cards.id, existing.cardId)).limit(1);
  return { status: "duplicate", review: existing, card, becameLeech: false };
}

/*
 * The review write is the hottest statement pair in Demarc, so it is plain SQL sent as one batch
 * (one transaction, one trip through the statement queue) rather than a drizzle transaction built
 * per call. The card update applies only to the version that was read; the log row goes in only if
 * the update did (`changes() = 1`), so a concurrent change writes nothing. A review id used before
 * fails the log row's primary key and rolls the whole batch back.
 */
const UPDATE_CARD = `update cards set due = ?, stability = ?, difficulty = ?, elapsed_days = ?, scheduled_days = ?, learning_steps = ?,
  reps = ?, lapses = ?, state = ?, last_review = ?, leech = ?, suspended = ?, presented_seed = null, presented_mode = null, version = ?
  where id = ? and version = ?`;
const INSERT_LOG = `insert into review_log (id, user_id, card_id, rating, answer, correct, duration_ms, reviewed_at, origin, origin_id,
  question_id, question_seed, prev_state, prev_scheduled_days, card_before, elapsed_days, new_state, new_due)
  select ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ? where changes() = 1`;

type ReviewWrite = Omit<ReviewInput, "cardId" | "requireShownSeed" | "expectedVersion" | "card">;

/** The card and log row a review produces, and the two statements that write them. */
function reviewWrite(card: CardRow, input: ReviewWrite) {
  const after = input.schedule(pick(card, FSRS_FIELDS));
  const becameLeech = !card.leech && after.lapses >= input.leechAtLapses;
  const updated: CardRow = {
    ...card,
    ...after,
    presentedSeed: null,
    presentedMode: null,
    version: card.version + 1,
    ...(becameLeech ? { leech: true, suspended: true } : {}),
  };
  const review: ReviewLogRow = {
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
    cardBefore: card as unknown as Record<string, unknown>,
    elapsedDays: card.lastReview ? (input.now - card.lastReview) / 86_400_000 : 0,
    newState: after.state,
    newDue: after.due,
    revertedAt: null,
  };
  return { updated, review, becameLeech };
}

/** A card's new state, and the log row of the review that made it, as values for the statements below. */
const cardArgs = (card: CardRow) => [
  card.due,
  card.stability,
  card.difficulty,
  card.elapsedDays,
  card.scheduledDays,
  card.learningSteps,
  card.reps,
  card.lapses,
  card.state,
  card.lastReview,
  card.leech ? 1 : 0,
  card.suspended ? 1 : 0,
  card.version,
];
const logArgs = (review: ReviewLogRow) => [
  review.id,
  review.userId,
  review.cardId,
  review.rating,
  review.answer === null ? null : JSON.stringify(review.answer),
  review.correct === null ? null : review.correct ? 1 : 0,
  review.durationMs,
  review.reviewedAt,
  review.origin,
  review.originId,
  review.questionId,
  review.questionSeed,
  review.prevState,
  review.prevScheduledDays,
  JSON.stringify(review.cardBefore),
  review.elapsedDays,
  review.newState,
  review.newDue,
];

/**
 * Records one review in one transaction: the card's new state and the log row holding the card as
 * it was. A retried review id returns the first result and writes nothing. The card is read once
 * (or passed in); the update only applies to the version that was read, so a concurrent change
 * is refused rather than overwritten.
 */
export async function recordReview(db: Database, input: ReviewInput & { card?: CardRow }): Promise<ReviewOutcome> {
  const card =
    input.card ??
    (
      await db
        .select()
        .from(cards)
        .where(and(eq(cards.id, input.cardId), eq(cards.userId, input.userId)))
        .limit(1)
    )[0];
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
  const { updated, review, becameLeech } = reviewWrite(card, input);
  try {
    const [update] = await db.$client.batch(
      [
        { sql: UPDATE_CARD, args: [...cardArgs(updated), card.id, card.version] },
        { sql: INSERT_LOG, args: logArgs(review) },
      ],
      "write",
    );
    if (update.rowsAffected === 1) return { status: "recorded", review, card: updated, becameLeech };
    return (await earlierReview(db, input)) ?? { status: "conflict", message: "This card changed while the review was saved. Try again." };
  } catch (error) {
    // The log row's primary key is the review id: a retry lands here, and gets the first result.
    const earlier = await earlierReview(db, input);
    if (earlier) return earlier;
    throw error;
  }
}

/** One answer of a test, fed to practice as a review of the card it exercises. */
export type FedReview = Omit<ReviewWrite, "userId"> & { card: CardRow };

/*
 * A submitted test writes every card and log row with one statement each, whatever its length (a
 * 65-question exam was 65 transactions, then 130 statements): the rows travel as one JSON array.
 * Each card's update applies only to the version that was read, and only the log rows of the cards
 * it applied to go in. (`+cards.user_id`: the owner check must not steer SQLite into walking the
 * learner's cards by an index and the JSON array for each; the array leads, cards by primary key.)
 */
const UPDATE_CARDS = `update cards set due = v.due, stability = v.stability, difficulty = v.difficulty, elapsed_days = v.elapsed_days,
  scheduled_days = v.scheduled_days, learning_steps = v.learning_steps, reps = v.reps, lapses = v.lapses, state = v.state,
  last_review = v.last_review, leech = v.leech, suspended = v.suspended, presented_seed = null, presented_mode = null, version = v.new_version
  from (select value ->> 0 as id, value ->> 1 as read_version, value ->> 2 as due, value ->> 3 as stability, value ->> 4 as difficulty,
    value ->> 5 as elapsed_days, value ->> 6 as scheduled_days, value ->> 7 as learning_steps, value ->> 8 as reps, value ->> 9 as lapses,
    value ->> 10 as state, value ->> 11 as last_review, value ->> 12 as leech, value ->> 13 as suspended, value ->> 14 as new_version
    from json_each(?)) as v
  where cards.id = v.id and cards.version = v.read_version and +cards.user_id = ?
  returning cards.id`;
const INSERT_LOGS = `insert into review_log (id, user_id, card_id, rating, answer, correct, duration_ms, reviewed_at, origin, origin_id,
  question_id, question_seed, prev_state, prev_scheduled_days, card_before, elapsed_days, new_state, new_due)
  select value ->> 0, value ->> 1, value ->> 2, value ->> 3, value ->> 4, value ->> 5, value ->> 6, value ->> 7, value ->> 8, value ->> 9,
    value ->> 10, value ->> 11, value ->> 12, value ->> 13, value ->> 14, value ->> 15, value ->> 16, value ->> 17
  from json_each(?) where true`;

/**
 * Records the reviews of a submitted exam or assignment in one transaction. Review ids already in
 * the log are skipped (a retried submit writes nothing twice); two reviews of one card apply in
 * order. A card changed concurrently is read again and its reviews retried, a few times at most.
 */
export async function recordReviews(db: Database, userId: string, reviews: FedReview[]): Promise<void> {
  let pending = reviews;
  for (let round = 0; round < 3 && pending.length > 0; round++) {
    const seen = await existingReviewIds(
      db,
      pending.map((r) => r.reviewId),
    );
    const todo = pending.filter((r) => !seen.has(r.reviewId));
    if (todo.length === 0) return;
    const byCard = new Map<string, { read: CardRow; now: CardRow; logs: ReviewLogRow[] }>();
    for (const fed of todo) {
      const entry = byCard.get(fed.card.id) ?? { read: fed.card, now: fed.card, logs: [] };
      const { updated, review } = reviewWrite(entry.now, { ...fed, userId });
      byCard.set(fed.card.id, { ...entry, now: updated, logs: [...entry.logs, review] });
    }
    let applied: Set<string>;
    try {
      applied = await writeReviews(db, userId, [...byCard.values()]);
    } catch (error) {
      // Another submit of the same attempt got in first: the next round skips what it wrote.
      if (round === 2) throw error;
      pending = await withFreshCards(db, userId, todo);
      continue;
    }
    const missed = todo.filter((r) => !applied.has(r.card.id));
    pending = missed.length ? await withFreshCards(db, userId, missed) : [];
  }
}

async function writeReviews(
  db: Database,
  userId: string,
  changes: { read: CardRow; now: CardRow; logs: ReviewLogRow[] }[],
): Promise<Set<string>> {
  const tx = await db.$client.transaction("write");
  try {
    const { rows } = await tx.execute({
      sql: UPDATE_CARDS,
      args: [JSON.stringify(changes.map((c) => [c.read.id, c.read.version, ...cardArgs(c.now)])), userId],
    });
    const applied = new Set(rows.map((row) => String(row.id)));
    const logs = changes.filter((c) => applied.has(c.read.id)).flatMap((c) => c.logs.map(logArgs));
    if (logs.length) await tx.execute({ sql: INSERT_LOGS, args: [JSON.stringify(logs)] });
    await tx.commit();
    return applied;
  } finally {
    tx.close();
  }
}

async function existingReviewIds(db: Database, ids: string[]): Promise<Set<string>> {
  const { rows } = await db.$client.execute({
    sql: "select id from review_log where id in (select value from json_each(?))",
    args: [JSON.stringify(ids)],
  });
  return new Set(rows.map((row) => String(row.id)));
}

async function withFreshCards(db: Database, userId: string, reviews: FedReview[]): Promise<FedReview[]> {
  const ids = [...new Set(reviews.map((r) => r.card.id))];
  const fresh = new Map(
    (
      await db
        .select()
        .from(cards)
        .where(and(eq(cards.userId, userId), inArray(cards.id, ids)))
    ).map((card) => [card.id, card]),
  );
  return reviews.flatMap((r) => (fresh.has(r.card.id) ? [{ ...r, card: fresh.get(r.card.id)! }] : []));
}

/** The id of the latest review of a card that stands (undone ones do not): only that one may be undone, re-rated or shown again. */
export async function latestReviewOfCard(tx: Pick<Database, "select">, cardId: string) {
  const [latest] = await tx
    .select({ id: reviewLog.id })
    .from(reviewLog)
    .where(and(eq(reviewLog.cardId, cardId), isNull(reviewLog.revertedAt)))
    .orderBy(desc(reviewLog.reviewedAt), desc(sql`rowid`))
    .limit(1);
  return latest;
}

export type UndoOutcome =
  | { status: "undone"; card: CardRow; review: ReviewLogRow }
  | { status: "not_found" }
  | { status: "conflict"; message: string };

/**
 * Puts the card back exactly as it was before the review and marks the review reverted: the log
 * stays append-only, and every reader of it leaves reverted rows out.
 */
export async function undoReview(db: Database, userId: string, reviewId: string, now = Date.now()): Promise<UndoOutcome> {
  return db.transaction(async (tx) => {
    const [review] = await tx.select().from(reviewLog).where(standingReviewOf(userId, reviewId)).limit(1);
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
    await tx.update(reviewLog).set({ revertedAt: now }).where(eq(reviewLog.id, reviewId));
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
    const [review] = await tx.select().from(reviewLog).where(standingReviewOf(userId, reviewId)).limit(1);
    if (!review) return { status: "not_found" } as const;
    const latest = await latestReviewOfCard(tx, review.cardId);
    if (latest?.id !== reviewId) return { status: "conflict", message: "Only the most recent review of a card can be re-rated." } as const;
    if (review.rating === rating) {
      const [card] = await tx.select().from(cards).where(eq(cards.id, review.cardId)).limit(1);
      return { status: "duplicate", review, card, becameLeech: false } as const;
    }
    const before = review.cardBefore as unknown as CardRow;
    const after = schedule(pick(before, FSRS_FIELDS));
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

/** The learner's review by id, unless it was undone. */
const standingReviewOf = (userId: string, reviewId: string) =>
  and(eq(reviewLog.id, reviewId), eq(reviewLog.userId, userId), isNull(reviewLog.revertedAt));

export async function reviewOfUser(db: Database, userId: string, reviewId: string) {
  return firstRow(db.select().from(reviewLog).where(standingReviewOf(userId, reviewId)).limit(1));
}

/** Whether the learner has used this review id at all, undone reviews included. */
export async function reviewIdUsed(db: Database, userId: string, reviewId: string): Promise<boolean> {
  const [row] = await db
    .select({ id: reviewLog.id })
    .from(reviewLog)
    .where(and(eq(reviewLog.id, reviewId), eq(reviewLog.userId, userId)))
    .limit(1);
  return row !== undefined;
}

const reviewsDoneQuery = preparedPerDatabase((db) =>
  db
    .select({
      fresh: sql<number>`sum(case when ${reviewLog.prevState} = 0 then 1 else 0 end)`,
      reviews: sql<number>`sum(case when ${reviewLog.prevState} <> 0 then 1 else 0 end)`,
      correct: sql<number>`sum(case when ${reviewLog.correct} = 1 then 1 else 0 end)`,
      graded: sql<number>`sum(case when ${reviewLog.correct} is not null then 1 else 0 end)`,
    })
    .from(reviewLog)
    .where(
      and(
        eq(reviewLog.userId, sql.placeholder("userId")),
        eq(reviewLog.origin, "practice"),
        isNull(reviewLog.revertedAt),
        sql`${reviewLog.reviewedAt} >= ${sql.placeholder("from")}`,
        sql`${reviewLog.reviewedAt} < ${sql.placeholder("until")}`,
      ),
    )
    .prepare(),
);

/** Reviews done in a window, split into new cards introduced and the rest (practice only). */
export async function reviewsDoneBetween(db: Database, userId: string, from: number, until: number) {
  const row = await reviewsDoneQuery(db).get({ userId, from, until });
  return {
    newDone: Number(row?.fresh ?? 0),
    reviewsDone: Number(row?.reviews ?? 0),
    correct: Number(row?.correct ?? 0),
    graded: Number(row?.graded ?? 0),
  };
}
