import { NextResponse } from "next/server";
import { apiRoute } from "@/app/_lib/api";
import { requireUser } from "@/app/_lib/session";
import { getDb } from "@/server/db";
import { optimizeSchedulingLimited } from "@/server/stats/exam-plan-settings";
import { resetSchedulingParameters } from "@/server/stats/fsrs-optimizer";

/** "Optimize my scheduling": fits FSRS to the learner's reviews (a few times an hour at most). */
export const POST = apiRoute(async () => {
  const user = await requireUser();
  return NextResponse.json(await optimizeSchedulingLimited(getDb(), user.id, Date.now()));
});

/** Back to FSRS's default parameters. */
export const DELETE = apiRoute(async () => {
  const user = await requireUser();
  await resetSchedulingParameters(getDb(), user.id, Date.now());
  return NextResponse.json({ reset: true });
});
