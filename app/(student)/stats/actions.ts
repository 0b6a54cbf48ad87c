"use server";

import { revalidatePath } from "next/cache";
import { runAction } from "@/app/_lib/action";
import { requireUser } from "@/app/_lib/session";
import { getDb } from "@/server/db";
import { clearExamPlan, optimizeSchedulingLimited, saveExamPlan } from "@/server/stats/exam-plan-settings";
import { resetSchedulingParameters } from "@/server/stats/fsrs-optimizer";
import type { ExamPlanFormState } from "@/components/stats/exam-plan-form";
import type { OptimizeState } from "@/components/stats/optimize-scheduling";

export async function saveExamPlanAction(_previous: ExamPlanFormState, form: FormData): Promise<ExamPlanFormState> {
  const user = await requireUser();
  return runAction("save exam plan", async () => {
    const now = Date.now();
    if (form.get("intent") === "clear") {
      await clearExamPlan(getDb(), user.id, now);
      revalidatePath("/stats");
      return { ok: true, message: "Exam date removed; practice is back to your everyday schedule." };
    }
    const input = { examDate: form.get("examDate") ?? "", examBlueprint: form.get("examBlueprint") ?? "", cramMode: form.get("cramMode") };
    const { cramMode } = await saveExamPlan(getDb(), user.id, input, now);
    revalidatePath("/stats");
    return { ok: true, message: cramMode ? "Plan saved. Practice now crams toward your exam date." : "Plan saved." };
  });
}

export async function optimizeSchedulingAction(_previous: OptimizeState, _form: FormData): Promise<OptimizeState> {
  const user = await requireUser();
  return runAction("optimize scheduling", async () => {
    const result = await optimizeSchedulingLimited(getDb(), user.id, Date.now());
    revalidatePath("/stats");
    return { ok: result.status === "saved" || result.status === "kept", result };
  });
}

export async function resetSchedulingAction(_previous: OptimizeState, _form: FormData): Promise<OptimizeState> {
  const user = await requireUser();
  await resetSchedulingParameters(getDb(), user.id, Date.now());
  revalidatePath("/stats");
  return { ok: true, message: "Back to FSRS's default parameters." };
}
