import { NextResponse } from "next/server";
import { apiRoute } from "@/app/_lib/api";
import { requireUser } from "@/app/_lib/session";
import { examView } from "@/server/exams/exams";
import { getDb } from "@/server/db";

/** The attempt: questions and saved answers while in progress; the full report once submitted. */
export const GET = apiRoute(async (_request: Request, context: RouteContext<"/api/v1/exams/[attemptId]">) => {
  const user = await requireUser();
  const { attemptId } = await context.params;
  const view = await examView(getDb(), user.id, attemptId, Date.now());
  return NextResponse.json(view.status === "submitted" ? view.report : view.attempt);
});
