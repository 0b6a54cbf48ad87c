import { NextResponse } from "next/server";
import { apiRoute } from "@/app/_lib/api";
import { requireUser } from "@/app/_lib/session";
import { studentAttempt } from "@/server/attempts/assignment-attempts";
import { instructorAttempt } from "@/server/classes/gradebook";
import { getDb } from "@/server/db";

/** A student reads only their own attempts; the instructor reads any attempt in their class. */
export const GET = apiRoute(async (_request: Request, context: RouteContext<"/api/v1/assignments/[assignmentId]/attempts/[attemptId]">) => {
  const user = await requireUser();
  const { assignmentId, attemptId } = await context.params;
  if (user.role === "student") return NextResponse.json(await studentAttempt(getDb(), user.id, assignmentId, attemptId, Date.now()));
  const { student, result } = await instructorAttempt(getDb(), user.id, assignmentId, attemptId, Date.now());
  return NextResponse.json({ student, result });
});
