import { NextResponse } from "next/server";
import { apiRoute, readJsonBody } from "@/app/_lib/api";
import { requireUser } from "@/app/_lib/session";
import { getDb } from "@/server/db";
import { clearExamPlan, saveExamPlan } from "@/server/stats/exam-plan-settings";

/** Sets the exam date, format and cram choice: `{ examDate: "2026-12-01", examBlueprint, cramMode }`. */
export const PUT = apiRoute(async (request: Request) => {
  const user = await requireUser();
  return NextResponse.json(await saveExamPlan(getDb(), user.id, await readJsonBody(request), Date.now()));
});

/** Removes the exam date: practice goes back to the everyday schedule. */
export const DELETE = apiRoute(async () => {
  const user = await requireUser();
  await clearExamPlan(getDb(), user.id, Date.now());
  return NextResponse.json({ cleared: true });
});
