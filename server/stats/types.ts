/** The one declaration of every shape the stats feature returns (page props and API bodies; API bodies are zod schemas). */
import { z } from "zod";
import type { MasteryModel } from "@/server/stats/mastery";

/** How an area or a fact stands: the weaker of recall in a week and recent accuracy. */
export type MasteryLevel = "unstudied" | "weak" | "fair" | "strong";

export interface MasteryArea {
  id: string;
  title: string;
  href: string;
  practiceHref: string;
  /** Cards in the bank for this area, and how many of them the learner has studied. */
  total: number;
  studied: number;
  /** Mean predicted recall of the studied cards a week from now if not reviewed before (FSRS), 0–1; null before any is studied. */
  recallInWeek: number | null;
  /** The area's latest answers (up to 20): how many, and how many were right (any rating but Again). */
  recent: { answered: number; right: number };
  /** Times its cards were forgotten after being learned (FSRS lapses). */
  lapses: number;
  /** Studied cards whose latest answer was wrong. */
  missed: number;
  level: MasteryLevel;
}

export interface WeakFact {
  factId: string;
  duty: string;
  service: { id: string; name: string };
  recallInWeek: number;
  /** Its latest answer was wrong. */
  missed: boolean;
  lapses: number;
  due: number;
  href: string;
}

export interface MasteryMap {
  models: MasteryArea[];
  services: (MasteryArea & { model: MasteryModel })[];
  weakest: WeakFact[];
}

export interface ActivityDay {
  date: string;
  reviews: number;
  durationMs: number;
}

export interface ReviewActivity {
  days: ActivityDay[];
  /** Days in a row with at least one review, up to today (or yesterday, if today is still open). */
  streak: number;
  longestStreak: number;
  daysStudied: number;
  reviews: number;
  durationMs: number;
}

export interface RetentionWeek {
  week: string;
  mature: number;
  passed: number;
  /** Share of mature reviews passed; null for a week without any. */
  retention: number | null;
}

export interface ForecastDay {
  date: string;
  due: number;
  reviews: number;
}

export interface StateCounts {
  new: number;
  learning: number;
  review: number;
  relearning: number;
  suspended: number;
  total: number;
  /** Cards not yet seen and not suspended, per model: what an exam plan still has to introduce. */
  unseenByModel: Record<string, number>;
  totalByModel: Record<string, number>;
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

/** How well parameters predict held-out reviews: log loss, and RMSE over bins of predicted recall. */
export const fitSchema = z.object({ logLoss: z.number(), rmseBins: z.number() });
export type Fit = z.infer<typeof fitSchema>;

/** "Optimize my scheduling": not enough reviews, no optimizer here, or the fit (saved when better, kept otherwise). */
export const optimizeResultSchema = z.discriminatedUnion("status", [
  z.object({ status: z.literal("too_few"), reviews: z.number().int(), needed: z.number().int() }),
  z.object({ status: z.literal("unavailable"), message: z.string() }),
  z.object({
    status: z
      .enum(["saved", "kept"])
      .describe("saved: the new parameters predict the held-out reviews better and are in use; kept: they do not, the old ones stay."),
    reviews: z.number().int(),
    trainReviews: z.number().int(),
    heldOutReviews: z.number().int(),
    before: fitSchema.describe("Fit on the held-out reviews of the parameters in use before."),
    after: fitSchema.describe("Fit on the held-out reviews of the new parameters."),
    weights: z.array(z.number()).describe("The fitted FSRS-6 parameters (21 numbers)."),
    usedDefaultsBefore: z.boolean(),
  }),
]);
export type OptimizeResult = z.infer<typeof optimizeResultSchema>;
