import type { Database } from "@/db";
import { hitRateLimit } from "@/db/queries/rate-limits";
import { learnerSettings, saveLearnerSettings } from "@/db/queries/settings";
import { parseInput, RateLimited } from "@/server/errors";
import { OPTIMIZE_PER_USER } from "@/server/rate-limit-rules";
import { examDateValue } from "@/server/time/exam-date";
import { learnerToday } from "@/server/stats/exam-plan";
import { optimizeScheduling } from "@/server/stats/fsrs-optimizer";
import { examPlanSchema } from "@/server/stats/input";

/** Removes the exam date: practice goes back to the everyday schedule. */
export async function clearExamPlan(db: Database, userId: string, now: number) {
  await saveLearnerSettings(db, userId, { examDate: null, examBlueprint: null, cramMode: false }, now);
}

/** Saves the exam date, format and cram choice; the date must be today or later in the learner's own day. */
export async function saveExamPlan(db: Database, userId: string, input: unknown, now: number) {
  const settings = await learnerSettings(db, userId);
  const { examDate, examBlueprint, cramMode } = parseInput(
    examPlanSchema(learnerToday(now, settings)),
    input,
    "The plan was not saved: check the highlighted fields.",
  );
  await saveLearnerSettings(db, userId, { examDate: examDateValue(examDate), examBlueprint, cramMode }, now);
  return { cramMode };
}

/** "Optimize my scheduling", a few times an hour at most. */
export async function optimizeSchedulingLimited(db: Database, userId: string, now: number) {
  const limit = await hitRateLimit(db, `optimize:${userId}`, OPTIMIZE_PER_USER);
  if (!limit.allowed) {
    throw new RateLimited(
      `You have optimized several times this hour. Try again in ${Math.ceil(limit.retryAfterSeconds / 60)} minutes.`,
      limit.retryAfterSeconds,
    );
  }
  return optimizeScheduling(db, userId, now);
}
