import { Rating, type Grade } from "ts-fsrs";
import type { CardFields } from "@/db/queries/cards";
import type { LearnerSettings } from "@/db/queries/settings";
import type { Question } from "@/questions/types";
import { Conflict, Invalid } from "@/server/errors";
import { examMoment } from "@/server/time/exam-date";
import { learnerDay } from "@/server/time/learner-day";
import { recallAt, scheduleReview, toFsrsCard, type SchedulerSettings } from "@/server/practice/scheduler";

/*
 * Every rule a review follows, in one place:
 * - grading: a quiz answer is right when it picks exactly the correct choices;
 * - grading -> rating: a wrong answer is Again; a right one is Good unless the learner chose Hard or Easy;
 * - re-rate: after a right answer the learner may change Good to Hard or Easy; a wrong answer stays Again;
 * - cram: before an exam date, cards that would be under the cram target on the day come back sooner;
 * - leech: a card missed LEECH_LAPSES times is tagged a leech and suspended;
 * - bury: a buried card comes back at the start of the learner's next day.
 * Practice, mock exams and assignments all schedule through `scheduleByRules`.
 */

export const LEECH_LAPSES = 8;

/** Recall the learner aims for on the exam day when cramming (never below their own target). */
const CRAM_TARGET_RETENTION = 0.95;

export type PlanSettings = SchedulerSettings & Pick<LearnerSettings, "examDate" | "cramMode" | "timeZone" | "dayStartsAtHour">;

function sameSet(a: string[], b: string[]) {
  return a.length === b.length && a.every((id) => b.includes(id));
}

/** Right when the answer picks exactly the correct choices; an id that is not a choice is refused. */
export function gradeChoices(question: Pick<Question, "choices">, choiceIds: string[]) {
  const unknown = choiceIds.filter((id) => !question.choices.some((c) => c.id === id));
  if (unknown.length)
    throw new Invalid(`Unknown choice id(s) for this question: ${unknown.join(", ")}.`, { choiceIds: ["Not a choice of this question."] });
  return sameSet(
    [...new Set(choiceIds)],
    question.choices.filter((c) => c.correct).map((c) => c.id),
  );
}

/** The rating a graded answer records: Again when wrong; Good, or the Hard / Easy the learner chose, when right. */
export function ratingOfAnswer(correct: boolean, chosen?: number): Grade {
  if (!correct) return Rating.Again;
  return chosen && chosen > Rating.Again ? (chosen as Grade) : Rating.Good;
}

/** Re-rating changes how a right answer felt; a wrong answer is always Again. */
export function assertRerateAllowed(review: { correct: boolean | null }) {
  if (review.correct === false) throw new Conflict("A wrong answer is always rated Again.");
}

export function cramTarget(desiredRetention: number) {
  return Math.max(desiredRetention, CRAM_TARGET_RETENTION);
}

/**
 * Cram toward the exam date: a card whose recall on the exam morning, left alone from now, would be
 * under the cram target is scheduled for the target instead of the everyday desired retention, so
 * it comes back sooner. Cards already safe for the day keep their everyday schedule.
 */
export function cramSchedulingSettings<S extends PlanSettings>(settings: S, card: CardFields, now: number): S {
  if (!settings.cramMode) return settings;
  const examAt = examMoment(settings);
  if (examAt === null || now >= examAt) return settings;
  const target = cramTarget(settings.desiredRetention);
  if (target <= settings.desiredRetention) return settings;
  return recallAt(toFsrsCard(card), examAt, settings) < target ? { ...settings, desiredRetention: target } : settings;
}

/** The card after a rating, by FSRS with the learner's settings and the cram rule. */
export function scheduleByRules(card: CardFields, rating: Grade, now: number, settings: PlanSettings): CardFields {
  return scheduleReview(card, rating, now, cramSchedulingSettings(settings, card, now));
}

/** A buried card waits until the learner's next day starts, in their own time zone. */
export function buriedUntil(now: number, settings: Pick<LearnerSettings, "timeZone" | "dayStartsAtHour">): number {
  return learnerDay(now, settings.timeZone, settings.dayStartsAtHour).end;
}
