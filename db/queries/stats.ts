import { and, asc, count, desc, eq, gt, isNull, sql } from "drizzle-orm";
import type { Database } from "../index";
import { cards, reviewLog } from "../schema";
import { cardIdentity } from "./cards";

/**
 * Progress aggregates, one statement each. Periods (learner days or weeks, computed in the learner's
 * time zone by the caller) are sent as one JSON array and joined in SQL, so every bucket is counted
 * by the database through the (user_id, reviewed_at) and (user_id, due) indexes.
 */
export interface PeriodBounds {
  start: number;
  end: number;
}

const periodsJson = (periods: PeriodBounds[]) => JSON.stringify(periods.map((p) => [p.start, p.end]));

/** Reviews and time spent per period. Exam rows are left out: an exam logs only its misses. */
export async function reviewsPerPeriod(db: Database, userId: string, periods: PeriodBounds[]) {
  const rows = await db.all<{ idx: number; reviews: number; durationMs: number }>(sql`
    select p.key as idx, count(r.id) as reviews, coalesce(sum(r.duration_ms), 0) as durationMs
    from json_each(${periodsJson(periods)}) p
    join review_log r on r.user_id = ${userId}
      and r.reviewed_at >= json_extract(p.value, '$[0]') and r.reviewed_at < json_extract(p.value, '$[1]')
    where r.origin <> 'exam' and r.reverted_at is null
    group by p.key`);
  const result = periods.map(() => ({ reviews: 0, durationMs: 0 }));
  for (const row of rows) result[Number(row.idx)] = { reviews: Number(row.reviews), durationMs: Number(row.durationMs) };
  return result;
}

/** The mature interval, as Anki counts it: a review card last scheduled 21 days or more ahead. */
const MATURE_DAYS = 21;

/** Mature reviews and how many were passed (any rating but Again), per period. */
export async function matureReviewsPerPeriod(db: Database, userId: string, periods: PeriodBounds[]) {
  const rows = await db.all<{ idx: number; mature: number; passed: number }>(sql`
    select p.key as idx, count(r.id) as mature, sum(case when r.rating > 1 then 1 else 0 end) as passed
    from json_each(${periodsJson(periods)}) p
    join review_log r on r.user_id = ${userId}
      and r.reviewed_at >= json_extract(p.value, '$[0]') and r.reviewed_at < json_extract(p.value, '$[1]')
    where r.origin <> 'exam' and r.reverted_at is null and r.prev_state = 2 and r.prev_scheduled_days >= ${MATURE_DAYS}
    group by p.key`);
  const result = periods.map(() => ({ mature: 0, passed: 0 }));
  for (const row of rows) result[Number(row.idx)] = { mature: Number(row.mature), passed: Number(row.passed) };
  return result;
}

/** Cards falling due per period (learning and review, not suspended), and how many are reviews. */
export async function dueCardsPerPeriod(db: Database, userId: string, periods: PeriodBounds[]) {
  const rows = await db.all<{ idx: number; due: number; reviews: number }>(sql`
    select p.key as idx, count(c.id) as due, sum(case when c.state = 2 then 1 else 0 end) as reviews
    from json_each(${periodsJson(periods)}) p
    join cards c on c.user_id = ${userId}
      and c.due >= json_extract(p.value, '$[0]') and c.due < json_extract(p.value, '$[1]')
    where c.state > 0 and c.suspended = 0
    group by p.key`);
  const result = periods.map(() => ({ due: 0, reviews: 0 }));
  for (const row of rows) result[Number(row.idx)] = { due: Number(row.due), reviews: Number(row.reviews) };
  return result;
}

/** Card counts by model, FSRS state and suspension. */
export async function cardCounts(db: Database, userId: string) {
  const rows = await db
    .select({ model: cards.model, state: cards.state, suspended: cards.suspended, count: count() })
    .from(cards)
    .where(eq(cards.userId, userId))
    .groupBy(cards.model, cards.state, cards.suspended);
  return rows.map((row) => ({ ...row, count: Number(row.count) }));
}

/** Every card the learner has studied, with its memory state, for recall today and on an exam date. */
export async function studiedCards(db: Database, userId: string) {
  return db
    .select({
      ...cardIdentity,
      suspended: cards.suspended,
      due: cards.due,
      stability: cards.stability,
      difficulty: cards.difficulty,
      elapsedDays: cards.elapsedDays,
      scheduledDays: cards.scheduledDays,
      learningSteps: cards.learningSteps,
      reps: cards.reps,
      lapses: cards.lapses,
      state: cards.state,
      lastReview: cards.lastReview,
    })
    .from(cards)
    .where(and(eq(cards.userId, userId), gt(cards.state, 0)));
}

export type StudiedCard = Awaited<ReturnType<typeof studiedCards>>[number];

/** The learner's latest answers, newest first (practice, exams and assignments): which card, and the rating. */
export async function latestAnswers(db: Database, userId: string, limit: number) {
  return db
    .select({ cardId: reviewLog.cardId, rating: reviewLog.rating })
    .from(reviewLog)
    .where(and(eq(reviewLog.userId, userId), isNull(reviewLog.revertedAt)))
    .orderBy(desc(reviewLog.reviewedAt), desc(sql`rowid`))
    .limit(limit);
}

export type LatestAnswer = Awaited<ReturnType<typeof latestAnswers>>[number];

export async function reviewCount(db: Database, userId: string): Promise<number> {
  const [row] = await db
    .select({ count: count() })
    .from(reviewLog)
    .where(and(eq(reviewLog.userId, userId), isNull(reviewLog.revertedAt)));
  return Number(row?.count ?? 0);
}

/** The whole review log of a learner, card by card in time order: what the FSRS optimizer reads. */
export async function reviewHistory(db: Database, userId: string) {
  return db
    .select({ cardId: reviewLog.cardId, rating: reviewLog.rating, reviewedAt: reviewLog.reviewedAt, prevState: reviewLog.prevState })
    .from(reviewLog)
    .where(and(eq(reviewLog.userId, userId), isNull(reviewLog.revertedAt)))
    .orderBy(asc(reviewLog.cardId), asc(reviewLog.reviewedAt), asc(sql`rowid`));
}

export type HistoryReview = Awaited<ReturnType<typeof reviewHistory>>[number];
