import { fsrs, generatorParameters, Rating, State, type Card, type FSRS, type Grade, type StepUnit } from "ts-fsrs";
import type { CardFields } from "@/db/queries/cards";
import { fromFsrsCard, toFsrsCard } from "@/db/fsrs-card";

export interface SchedulerSettings {
  desiredRetention: number;
  learningSteps: string[];
  relearningSteps: string[];
  fsrsWeights?: number[] | null;
}

const schedulers = new Map<string, FSRS>();

/** One ts-fsrs (FSRS-6) scheduler per distinct settings, reused across requests. */
function schedulerFor(settings: SchedulerSettings, fuzz = true): FSRS {
  const key = JSON.stringify([
    fuzz,
    settings.desiredRetention,
    settings.learningSteps,
    settings.relearningSteps,
    settings.fsrsWeights ?? null,
  ]);
  let scheduler = schedulers.get(key);
  if (!scheduler) {
    scheduler = fsrs(
      generatorParameters({
        request_retention: settings.desiredRetention,
        enable_fuzz: fuzz,
        learning_steps: settings.learningSteps as StepUnit[],
        relearning_steps: settings.relearningSteps as StepUnit[],
        ...(settings.fsrsWeights ? { w: settings.fsrsWeights } : {}),
      }),
    );
    if (schedulers.size > 200) schedulers.clear();
    schedulers.set(key, scheduler);
  }
  return scheduler;
}

export { toFsrsCard, fromFsrsCard };

/** The card after a rating, by FSRS. */
export function scheduleReview(card: CardFields, rating: Grade, now: number, settings: SchedulerSettings): CardFields {
  return fromFsrsCard(schedulerFor(settings).next(toFsrsCard(card), new Date(now), rating).card);
}

/** "10m", "3d", "2.1mo": how long until the card is due again, for each rating button. */
export function nextIntervals(card: CardFields, now: number, settings: SchedulerSettings): Record<1 | 2 | 3 | 4, string> {
  const preview = schedulerFor(settings).repeat(toFsrsCard(card), new Date(now));
  const label = (grade: Grade) => formatInterval(preview[grade].card.due.getTime() - now);
  return { 1: label(Rating.Again), 2: label(Rating.Hard), 3: label(Rating.Good), 4: label(Rating.Easy) };
}

function formatInterval(ms: number): string {
  const minutes = ms / 60_000;
  if (minutes < 60) return `${Math.max(1, Math.round(minutes))}m`;
  const hours = minutes / 60;
  if (hours < 24) return `${Math.round(hours)}h`;
  const days = hours / 24;
  if (days < 30) return `${Math.round(days)}d`;
  if (days < 365) return `${(days / 30).toFixed(1).replace(/\.0$/, "")}mo`;
  return `${(days / 365).toFixed(1).replace(/\.0$/, "")}y`;
}

/** A scheduler without fuzz, so predictions are the same on every load. */
export function predictionScheduler(settings: SchedulerSettings): FSRS {
  return schedulerFor(settings, false);
}

/** Predicted recall of a ts-fsrs card at an instant; 0 for a card never studied. */
export function recallAt(card: Card, at: number, settings: SchedulerSettings): number {
  if (card.state === State.New) return 0;
  return predictionScheduler(settings).get_retrievability(card, new Date(at), false);
}
