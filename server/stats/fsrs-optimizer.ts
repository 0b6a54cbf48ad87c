import { default_w } from "ts-fsrs";
import type { Database } from "@/db";
import { learnerSettings, saveLearnerSettings } from "@/db/queries/settings";
import { reviewHistory, type HistoryReview } from "@/db/queries/stats";
import type { Fit, OptimizeResult } from "@/server/stats/types";
import { learnerDayNumber } from "@/server/time/learner-periods";

/**
 * FSRS's guidance (the Anki manual's FSRS section): below about 1,000 reviews the default
 * parameters, fitted on many millions of reviews, predict better than parameters fitted on a
 * learner's own few, so "Optimize" waits until then. fsrs-rs itself refuses to fit more than the
 * initial stabilities on fewer than 64 training sequences.
 */
export const MIN_REVIEWS_TO_OPTIMIZE = 1000;
/** Share of cards whose reviews are held out of fitting, to compare old and new parameters fairly. */
const HELD_OUT_SHARE = 0.2;

export interface ReviewStep {
  rating: number;
  /** Whole learner days since the card's previous review (0 for the first, and for same-day steps). */
  deltaT: number;
}

/**
 * Each card's reviews as FSRS sequences. A card's history must start with its first sight (a new
 * card); one that does not, or whose first log row is missing, can't be replayed and is left out.
 */
export function reviewSequences(history: HistoryReview[], timeZone: string, dayStartsAtHour: number): Map<string, ReviewStep[]> {
  const sequences = new Map<string, ReviewStep[]>();
  const lastDay = new Map<string, number>();
  const skipped = new Set<string>();
  for (const review of history) {
    if (skipped.has(review.cardId)) continue;
    const day = learnerDayNumber(review.reviewedAt, timeZone, dayStartsAtHour);
    const steps = sequences.get(review.cardId);
    if (!steps) {
      if (review.prevState !== 0) {
        skipped.add(review.cardId);
        continue;
      }
      sequences.set(review.cardId, [{ rating: review.rating, deltaT: 0 }]);
    } else {
      steps.push({ rating: review.rating, deltaT: Math.max(0, day - lastDay.get(review.cardId)!) });
    }
    lastDay.set(review.cardId, day);
  }
  return sequences;
}

/** The reviews FSRS can learn from: every review of a card after its first. */
function trainableReviews(sequences: Map<string, ReviewStep[]>) {
  let total = 0;
  for (const steps of sequences.values()) total += steps.length - 1;
  return total;
}

/** A stable pseudo-random split by card, so a rerun holds out the same cards. */
function isHeldOut(cardId: string): boolean {
  let hash = 0x811c9dc5;
  for (const char of cardId) hash = Math.imul(hash ^ char.charCodeAt(0), 0x01000193);
  return (hash >>> 0) / 2 ** 32 < HELD_OUT_SHARE;
}

type Binding = typeof import("@open-spaced-repetition/binding-linux-x64-gnu");

/** The native optimizer, loaded only when asked for, so a machine without it still serves everything else. */
async function loadBinding(): Promise<Binding | null> {
  if (process.platform !== "linux" || process.arch !== "x64") return null;
  try {
    // A .node addon loads through require, not import; resolve it from the app's own node_modules.
    const { createRequire } = await import("node:module");
    const requireFromApp = createRequire(`${process.cwd()}/package.json`);
    return requireFromApp("@open-spaced-repetition/binding-linux-x64-gnu") as Binding;
  } catch (error) {
    console.error("FSRS optimizer could not be loaded", error);
    return null;
  }
}

function toItems(binding: Binding, sequences: ReviewStep[][]) {
  const items = [];
  for (const steps of sequences) {
    const reviews = steps.map((step) => new binding.FSRSBindingReview(step.rating, step.deltaT));
    for (let i = 1; i < reviews.length; i++) items.push(new binding.FSRSBindingItem(reviews.slice(0, i + 1)));
  }
  return items;
}

/** Fits FSRS parameters to reviews (ratings and day gaps), compared with `current` on held-out cards. */
async function fitParameters(
  sequences: Map<string, ReviewStep[]>,
  current: number[],
  relearningSteps: number,
): Promise<{ weights: number[]; before: Fit; after: Fit; trainReviews: number; heldOutReviews: number } | null> {
  const binding = await loadBinding();
  if (!binding) return null;
  const train: ReviewStep[][] = [];
  const heldOut: ReviewStep[][] = [];
  for (const [cardId, steps] of sequences) (isHeldOut(cardId) ? heldOut : train).push(steps);
  const trainItems = toItems(binding, train);
  const heldOutItems = toItems(binding, heldOut);
  const fitted = await binding.computeParameters(trainItems, { enableShortTerm: true, numRelearningSteps: relearningSteps });
  const weights = fitted.map((w) => Math.round(w * 1e6) / 1e6);
  const before = new binding.FSRSBinding(current).evaluate(heldOutItems);
  const after = new binding.FSRSBinding(weights).evaluate(heldOutItems);
  return { weights, before, after, trainReviews: trainItems.length, heldOutReviews: heldOutItems.length };
}

/**
 * "Optimize my scheduling": fits the learner's own FSRS parameters from their review log and keeps
 * them only if they predict the held-out reviews better than the parameters in use.
 */
export async function optimizeScheduling(db: Database, userId: string, now: number): Promise<OptimizeResult> {
  const settings = await learnerSettings(db, userId);
  const sequences = reviewSequences(await reviewHistory(db, userId), settings.timeZone, settings.dayStartsAtHour);
  const reviews = trainableReviews(sequences);
  if (reviews < MIN_REVIEWS_TO_OPTIMIZE) return { status: "too_few", reviews, needed: MIN_REVIEWS_TO_OPTIMIZE };
  const current = settings.fsrsWeights ?? [...default_w];
  const fit = await fitParameters(sequences, current, settings.relearningSteps.length);
  if (!fit)
    return {
      status: "unavailable",
      message: "The FSRS optimizer is not available on this server, so your scheduling keeps its current parameters.",
    };
  const better = fit.after.logLoss < fit.before.logLoss;
  if (better) await saveLearnerSettings(db, userId, { fsrsWeights: fit.weights, fsrsOptimizedAt: now }, now);
  return { status: better ? "saved" : "kept", reviews, ...fit, usedDefaultsBefore: settings.fsrsWeights === null };
}

export async function resetSchedulingParameters(db: Database, userId: string, now: number) {
  await saveLearnerSettings(db, userId, { fsrsWeights: null, fsrsOptimizedAt: null }, now);
}
