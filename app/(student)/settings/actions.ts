"use server";

import { revalidatePath } from "next/cache";
import { runAction } from "@/app/_lib/action";
import { requireUser } from "@/app/_lib/session";
import { getDb } from "@/server/db";
import { parseInput } from "@/server/errors";
import { settingsSchema } from "@/server/settings/input";
import { saveSettings } from "@/server/settings/settings";
import type { SettingsFormState } from "@/components/settings/settings-form";

export async function saveSettingsAction(_previous: SettingsFormState, form: FormData): Promise<SettingsFormState> {
  const user = await requireUser();
  return runAction("save settings", async () => {
    const input = parseInput(
      settingsSchema,
      {
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
      },
      "Nothing was saved: check the highlighted settings.",
    );
    await saveSettings(getDb(), user.id, input);
    revalidatePath("/settings");
    return { ok: true, message: "Settings saved. They apply from your next card." };
  });
}
