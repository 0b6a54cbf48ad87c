import { fsrs, generatorParameters, Rating, State, type Card, type FSRS, type StepUnit } from "ts-fsrs";
import type { CardFields } from "@/db/queries/cards";
import type { LearnerSettings } from "@/db/queries/settings";
import type { StudiedCard } from "@/db/queries/stats";
import { learnerDate, learnerDaysBetween, localDateAt } from "./learner-periods";
import { MASTERY_MODELS, MASTERY_MODEL_TITLES } from "./mastery";
import { fromFsrsCard, toFsrsCard, type SchedulerSettings } from "./scheduler";
import type { StateCounts } from "./progress";

/** Recall the learner aims for on the exam day when cramming (never below their own target). */
export const CRAM_TARGET_RETENTION = 0.95;
/** Predictions are for the morning of the exam, in the learner's own time zone. */
export const EXAM_HOUR = 9;
export const DEFAULT_FINISH_DAYS_BEFORE = 3;

type PlanSettings = SchedulerSettings & Pick<LearnerSettings, "examDate" | "cramMode" | "timeZone" | "dayStartsAtHour">;

/** The exam date is stored as UTC midnight of the calendar date the learner picked. */
export function examDateLabel(examDate: number): string {
  return new Date(examDate).toISOString().slice(0, 10);
}

export function examDateValue(date: string): number {
  return Date.parse(`${date}T00:00:00Z`);
}

/** The instant the exam starts, as far as predictions go: 09:00 on the date, learner's time. */
export function examMoment(settings: Pick<LearnerSettings, "examDate" | "timeZone">): number | null {
  return settings.examDate === null ? null : localDateAt(examDateLabel(settings.examDate), EXAM_HOUR, settings.timeZone);
}

export function cramTarget(desiredRetention: number) {
  return Math.max(desiredRetention, CRAM_TARGET_RETENTION);
}

const plainSchedulers = new Map<string, FSRS>();

/** A scheduler without fuzz, so predictions are the same on every load. */
function plainScheduler(settings: SchedulerSettings): FSRS {
  const key = JSON.stringify([settings.desiredRetention, settings.learningSteps, settings.relearningSteps, settings.fsrsWeights ?? null]);
  let scheduler = plainSchedulers.get(key);
  if (!scheduler) {
    scheduler = fsrs(
      generatorParameters({
        request_retention: settings.desiredRetention,
        enable_fuzz: false,
        learning_steps: settings.learningSteps as StepUnit[],
        relearning_steps: settings.relearningSteps as StepUnit[],
        ...(settings.fsrsWeights ? { w: settings.fsrsWeights } : {}),
      }),
    );
    if (plainSchedulers.size > 50) plainSchedulers.clear();
    plainSchedulers.set(key, scheduler);
  }
  return scheduler;
}

function recallAt(card: Card, at: number, settings: SchedulerSettings): number {
  if (card.state === State.New) return 0;
  return plainScheduler(settings).get_retrievability(card, new Date(at), false);
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

/** Recall on the exam morning if every review is done the day it falls due (from today) and answered Good. */
function recallIfKeptUp(card: StudiedCard, examAt: number, now: number, settings: PlanSettings): number {
  let current = toFsrsCard(card);
  for (let step = 0; step < 60 && !card.suspended && current.due.getTime() <= examAt; step++) {
    const at = Math.max(current.due.getTime(), now);
    current = plainScheduler(cramSchedulingSettings(settings, fromFsrsCard(current), at)).next(current, new Date(at), Rating.Good).card;
  }
  return recallAt(current, examAt, settings);
}

export interface ModelForecast {
  model: string;
  title: string;
  total: number;
  studied: number;
  /** Mean predicted recall on the exam morning of the studied cards: keeping up, or stopping today. */
  keepUp: number | null;
  stopToday: number | null;
}

export interface ExamPlan {
  date: string;
  examAt: number;
  daysLeft: number;
  target: number;
  models: ModelForecast[];
  newCards: {
    unseen: number;
    finishDaysBefore: number;
    /** The last day to meet a new card; null when the exam is too close for any. */
    lastDay: string | null;
    daysAvailable: number;
    perDay: number | null;
    currentLimit: number;
  };
}

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
