import { NextResponse } from "next/server";
import { apiRoute } from "@/app/_lib/api";
import { requireUser } from "@/app/_lib/session";
import { startAttempt } from "@/server/attempts/assignment-attempts";
import { getDb } from "@/server/db";

/** Starts an attempt (201), or resumes the one already open (200). */
export const POST = apiRoute(async (_request: Request, context: RouteContext<"/api/v1/assignments/[assignmentId]/attempts">) => {
  const student = await requireUser("student");
  const { assignmentId } = await context.params;
  const { resumed, attempt } = await startAttempt(getDb(), student.id, assignmentId, Date.now());
  return NextResponse.json(attempt, { status: resumed ? 200 : 201 });
});
