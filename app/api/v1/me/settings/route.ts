import { NextResponse } from "next/server";
import { apiRoute, parseJsonBody } from "@/app/_lib/api";
import { requireUser } from "@/app/_lib/session";
import { getDb } from "@/server/db";
import { settingsSchema } from "@/server/settings/input";
import { saveSettings } from "@/server/settings/settings";

/** Saves the settings page: scheduling, daily limits, the learner's day and the practice scope. */
export const PUT = apiRoute(async (request: Request) => {
  const user = await requireUser();
  const input = await parseJsonBody(request, settingsSchema, "Nothing was saved: check the highlighted settings.");
  await saveSettings(getDb(), user.id, input);
  return NextResponse.json({ saved: true });
});
