"use server";

import { revalidatePath } from "next/cache";
import { requireUser } from "@/app/_lib/session";
import { examDateValue, learnerToday } from "@/server/stats/exam-plan";
import { examPlanSchema } from "@/server/stats/input";
import { optimizeScheduling, resetSchedulingParameters, type OptimizeResult } from "@/server/stats/fsrs-optimizer";
import { getDb } from "@/db";
import { hitRateLimit, type RateLimit } from "@/db/queries/rate-limits";
import { learnerSettings, saveLearnerSettings } from "@/db/queries/settings";
import type { ExamPlanFormState } from "@/components/stats/exam-plan-form";
import type { OptimizeState } from "@/components/stats/optimize-scheduling";

/** Fitting is seconds of CPU on a long history: a few runs an hour is plenty for one learner. */
const OPTIMIZE_PER_USER: RateLimit = { limit: 5, windowMs: 60 * 60_000 };

export async function saveExamPlanAction(_previous: ExamPlanFormState, form: FormData): Promise<ExamPlanFormState> {
  const user = await requireUser();
  const db = getDb();
  const now = Date.now();
  if (form.get("intent") === "clear") {
    await saveLearnerSettings(db, user.id, { examDate: null, examBlueprint: null, cramMode: false }, now);
    revalidatePath("/stats");
    return { ok: true, message: "Exam date removed; practice is back to your everyday schedule." };
  }
  const settings = await learnerSettings(db, user.id);
  const parsed = examPlanSchema(learnerToday(now, settings)).safeParse({
    examDate: form.get("examDate") ?? "",
    examBlueprint: form.get("examBlueprint") ?? "",
    cramMode: form.get("cramMode"),
  });
  if (!parsed.success) {
    const fieldErrors: Record<string, string[]> = {};
    for (const issue of parsed.error.issues) (fieldErrors[String(issue.path[0])] ??= []).push(issue.message);
    return { ok: false, message: "The plan was not saved: check the highlighted fields.", fieldErrors };
  }
  const { examDate, examBlueprint, cramMode } = parsed.data;
  await saveLearnerSettings(db, user.id, { examDate: examDateValue(examDate), examBlueprint, cramMode }, now);
  revalidatePath("/stats");
  return { ok: true, message: cramMode ? "Plan saved. Practice now crams toward your exam date." : "Plan saved." };
}

export async function optimizeSchedulingAction(_previous: OptimizeState, _form: FormData): Promise<OptimizeState> {
  const user = await requireUser();
  const db = getDb();
  const limit = await hitRateLimit(db, `optimize:${user.id}`, OPTIMIZE_PER_USER);
  if (!limit.allowed) {
    return { ok: false, message: `You have optimized several times this hour. Try again in ${Math.ceil(limit.retryAfterSeconds / 60)} minutes.` };
  }
  let result: OptimizeResult;
  try {
    result = await optimizeScheduling(db, user.id, Date.now());
  } catch (error) {
    const requestId = crypto.randomUUID().slice(0, 8);
    console.error(`[request ${requestId}] optimize scheduling`, error);
    return { ok: false, message: `The optimizer failed on our side (request ${requestId}). Your scheduling is unchanged.` };
  }
  revalidatePath("/stats");
  return { ok: result.status === "saved" || result.status === "kept", result };
}

export async function resetSchedulingAction(_previous: OptimizeState, _form: FormData): Promise<OptimizeState> {
  const user = await requireUser();
  await resetSchedulingParameters(getDb(), user.id, Date.now());
  revalidatePath("/stats");
  return { ok: true, message: "Back to FSRS's default parameters." };
}
