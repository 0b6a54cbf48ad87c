import { Rating } from "ts-fsrs";
import type { LearnerSettings } from "@/db/queries/settings";
import type { StudiedCard } from "@/db/queries/stats";
import { learnerDate, learnerDaysBetween } from "@/server/time/learner-periods";
import { examDateLabel, examMoment } from "@/server/time/exam-date";
import { MASTERY_MODELS, MASTERY_MODEL_TITLES } from "@/server/stats/mastery";
import { fromFsrsCard, predictionScheduler, recallAt, toFsrsCard } from "@/server/practice/scheduler";
import { cramSchedulingSettings, cramTarget, type PlanSettings } from "@/server/practice/review-rules";
import type { ExamPlan, ModelForecast, StateCounts } from "@/server/stats/types";

export const DEFAULT_FINISH_DAYS_BEFORE = 3;

/** Recall on the exam morning if every review is done the day it falls due (from today) and answered Good. */
function recallIfKeptUp(card: StudiedCard, examAt: number, now: number, settings: PlanSettings): number {
  let current = toFsrsCard(card);
  for (let step = 0; step < 60 && !card.suspended && current.due.getTime() <= examAt; step++) {
    const at = Math.max(current.due.getTime(), now);
    current = predictionScheduler(cramSchedulingSettings(settings, fromFsrsCard(current), at)).next(
      current,
      new Date(at),
      Rating.Good,
    ).card;
  }
  return recallAt(current, examAt, settings);
}

export { cramTarget, examDateLabel };
export { examDateValue } from "@/server/time/exam-date";

const mean = (values: number[]) => (values.length ? values.reduce((sum, v) => sum + v, 0) / values.length : null);

/** Recall per model on the exam date, and the new cards a day it takes to have seen everything in time. */
export function examPlan(
  settings: PlanSettings & Pick<LearnerSettings, "newPerDay">,
  cards: StudiedCard[],
  counts: StateCounts,
  now: number,
  finishDaysBefore = DEFAULT_FINISH_DAYS_BEFORE,
): ExamPlan | null {
  const examAt = examMoment(settings);
  if (examAt === null || settings.examDate === null) return null;
  const date = examDateLabel(settings.examDate);
  const models = MASTERY_MODELS.map((model): ModelForecast => {
    const own = cards.filter((card) => card.model === model);
    return {
      model,
      title: MASTERY_MODEL_TITLES[model],
      total: counts.totalByModel[model] ?? 0,
      studied: own.length,
      keepUp: mean(own.map((card) => recallIfKeptUp(card, examAt, now, settings))),
      stopToday: mean(own.map((card) => recallAt(toFsrsCard(card), examAt, settings))),
    };
  });
  const { timeZone, dayStartsAtHour } = settings;
  const daysLeft = learnerDaysBetween(now, examAt, timeZone, dayStartsAtHour);
  const unseen = Object.values(counts.unseenByModel).reduce((sum, n) => sum + n, 0);
  // Learner days from today up to and including the day `finishDaysBefore` before the exam.
  const daysAvailable = Math.max(0, daysLeft - finishDaysBefore + 1);
  const lastDayStart = new Date(`${date}T00:00:00Z`);
  lastDayStart.setUTCDate(lastDayStart.getUTCDate() - finishDaysBefore);
  return {
    date,
    examAt,
    daysLeft,
    target: cramTarget(settings.desiredRetention),
    models,
    newCards: {
      unseen,
      finishDaysBefore,
      lastDay: daysAvailable > 0 ? lastDayStart.toISOString().slice(0, 10) : null,
      daysAvailable,
      perDay: unseen === 0 ? 0 : daysAvailable > 0 ? Math.ceil(unseen / daysAvailable) : null,
      currentLimit: settings.newPerDay,
    },
  };
}

/** The learner's today, for validating a date they pick. */
export function learnerToday(now: number, settings: Pick<LearnerSettings, "timeZone" | "dayStartsAtHour">) {
  return learnerDate(now, settings.timeZone, settings.dayStartsAtHour);
}
