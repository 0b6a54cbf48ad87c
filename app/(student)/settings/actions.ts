"use server";

import { revalidatePath } from "next/cache";
import { requireUser } from "@/app/_lib/session";
import { settingsSchema } from "@/server/settings/input";
import { getDb } from "@/db";
import { saveLearnerSettings } from "@/db/queries/settings";
import type { SettingsFormState } from "@/components/settings/settings-form";

export async function saveSettingsAction(_previous: SettingsFormState, form: FormData): Promise<SettingsFormState> {
  const user = await requireUser();
  const parsed = settingsSchema.safeParse({
    desiredRetention: form.get("desiredRetention"),
    newPerDay: form.get("newPerDay"),
    reviewsPerDay: form.get("reviewsPerDay"),
    learningSteps: form.get("learningSteps") ?? "",
    relearningSteps: form.get("relearningSteps") ?? "",
    timeZone: form.get("timeZone") ?? "",
    dayStartsAtHour: form.get("dayStartsAtHour"),
    models: form.getAll("models"),
    services: form.getAll("services"),
    topics: form.getAll("topics"),
  });
  if (!parsed.success) {
    const fieldErrors: Record<string, string[]> = {};
    for (const issue of parsed.error.issues) (fieldErrors[String(issue.path[0])] ??= []).push(issue.message);
    return { ok: false, message: "Nothing was saved: check the highlighted settings.", fieldErrors };
  }
  const { models, services, topics, ...scheduling } = parsed.data;
  await saveLearnerSettings(getDb(), user.id, { ...scheduling, scope: { models, services, topics } });
  revalidatePath("/settings");
  return { ok: true, message: "Settings saved. They apply from your next card." };
}
