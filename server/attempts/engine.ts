import { Rating, type Grade } from "ts-fsrs";
import { bank } from "@/questions/bank";
import { practiceItems, practiceItemsForQuestion } from "@/questions/practice";
import type { Question } from "@/questions/types";
import type { Database } from "@/db";
import { cardsOfUserByItems, ensureCards } from "@/db/queries/cards";
import { recordReviews, type FedReview } from "@/db/queries/reviews";
import { learnerSettings } from "@/db/queries/settings";
import type { ReviewOrigin } from "@/db/schema";
import { gradeChoices, LEECH_LAPSES, scheduleByRules } from "@/server/practice/review-rules";
import type { AreaScore } from "@/server/attempts/types";

/*
 * The attempt engine: what mock exams and assignments (both modes) share. One grader, one deadline
 * rule, one tally and one feed-to-practice policy, so the two kinds of attempt cannot disagree.
 */

/** Answers may arrive this long after a deadline (network latency), never later. */
export const DEADLINE_GRACE_MS = 5_000;

/** Past the deadline and its grace: the attempt takes no more answers and is submitted as it stands. */
export function isPastDeadline(deadline: number | null, now: number): boolean {
  return deadline !== null && now > deadline + DEADLINE_GRACE_MS;
}

/** When an attempt counts as finished: now, or its deadline when it was submitted late by the clock. */
export function finishedAt(deadline: number | null, now: number): number {
  return deadline === null ? now : Math.min(now, deadline);
}

/** All or nothing: right only when exactly the right choices are picked; no answer is wrong. Unknown ids are refused. */
export function gradeAnswer(question: Pick<Question, "choices">, choiceIds: string[]): boolean {
  if (choiceIds.length === 0) return false;
  return gradeChoices(question, choiceIds);
}

/** Right out of asked per area (model, service, topic); questions without an area are left out. */
export function tally<T extends { correct: boolean }>(graded: T[], areaOf: (entry: T) => string | null): Record<string, AreaScore> {
  const areas: Record<string, AreaScore> = {};
  for (const entry of graded) {
    const key = areaOf(entry);
    if (!key) continue;
    const area = (areas[key] ??= { correct: 0, total: 0, percent: 0 });
    area.total += 1;
    if (entry.correct) area.correct += 1;
  }
  for (const area of Object.values(areas)) area.percent = Math.round((area.correct / area.total) * 100);
  return areas;
}

/** One answered question of an attempt, as the feed to practice sees it. */
export interface FedAnswer {
  key: string;
  /** The bank question; a class's own (GIFT) questions have no practice cards and are skipped. */
  question: Question | null;
  choiceIds: string[];
  correct: boolean;
  flagged: boolean;
}

/**
 * The feed-to-practice policy, the same for mock exams and assignments in either mode: a test answer
 * is evidence about the recall of every card its question exercises, so each one is recorded as a
 * review through the practice rules (FSRS with the learner's settings, cram, leech):
 * - right → Good; right but flagged as unsure → Hard; wrong or unanswered → Again;
 * - a miss or an unsure answer is due at once, whatever FSRS would say: the test just showed the
 *   fact is not secure, so it comes first in the learner's next practice.
 * Review ids are `<origin>:<attempt>:<question>:<item>`, so a retried submit records nothing twice.
 */
export async function feedToPractice(
  db: Database,
  userId: string,
  source: { origin: Extract<ReviewOrigin, "exam" | "assignment">; attemptId: string; seed: string | null },
  answers: FedAnswer[],
  now: number,
) {
  const fromBank = answers.filter((a): a is FedAnswer & { question: Question } => a.question !== null);
  if (fromBank.length === 0) return;
  const settings = await learnerSettings(db, userId);
  await ensureCards(db, userId, practiceItems(bank), bank.version, settings.cardsBankVersion, now);
  const exercised = fromBank.map((answer) => ({ answer, itemIds: practiceItemsForQuestion(answer.question) }));
  const cards = new Map(
    (await cardsOfUserByItems(db, userId, [...new Set(exercised.flatMap((e) => e.itemIds))])).map((card) => [card.itemId, card]),
  );
  const reviews: FedReview[] = [];
  for (const { answer, itemIds } of exercised) {
    const rating: Grade = !answer.correct ? Rating.Again : answer.flagged ? Rating.Hard : Rating.Good;
    const dueNow = rating !== Rating.Good;
    for (const itemId of itemIds) {
      const card = cards.get(itemId);
      if (!card) continue;
      reviews.push({
        reviewId: `${source.origin}:${source.attemptId}:${answer.key}:${itemId}`,
        card,
        rating,
        answer: answer.choiceIds,
        correct: answer.correct,
        durationMs: 0,
        now,
        origin: source.origin,
        originId: source.attemptId,
        questionId: answer.question.id,
        questionSeed: source.seed,
        leechAtLapses: LEECH_LAPSES,
        schedule: (fields) => {
          const next = scheduleByRules(fields, rating, now, settings);
          return dueNow ? { ...next, due: now } : next;
        },
      });
    }
  }
  // One transaction for the whole attempt: a 65-question exam was 65 separate ones.
  await recordReviews(db, userId, reviews);
}
