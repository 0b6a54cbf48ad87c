import { NextResponse } from "next/server";
import { apiRoute, parseJsonBody } from "@/app/_lib/api";
import { requireUser } from "@/app/_lib/session";
import { getDb } from "@/server/db";
import { settingsChangesSchema, settingsSchema } from "@/server/settings/input";
import { changeSettings, saveSettings } from "@/server/settings/settings";

/** Saves the settings page: scheduling, daily limits, the learner's day and the practice scope. */
export const PUT = apiRoute(async (request: Request) => {
  const user = await requireUser();
  const input = await parseJsonBody(request, settingsSchema, "Nothing was saved: check the highlighted settings.");
  await saveSettings(getDb(), user.id, input);
  return NextResponse.json({ saved: true });
});

/** Saves only the settings sent (the settings page sends what the learner changed); the others keep their values. */
export const PATCH = apiRoute(async (request: Request) => {
  const user = await requireUser();
  const input = await parseJsonBody(request, settingsChangesSchema, "Nothing was saved: check the highlighted settings.");
  await changeSettings(getDb(), user.id, input);
  return NextResponse.json({ saved: true });
});
