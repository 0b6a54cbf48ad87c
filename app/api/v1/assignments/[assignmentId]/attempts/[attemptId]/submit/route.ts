import { NextResponse } from "next/server";
import { apiRoute } from "@/app/_lib/api";
import { requireUser } from "@/app/_lib/session";
import { submitAttempt } from "@/server/attempts/assignment-attempts";
import { getDb } from "@/server/db";

/** Submits (a second submit returns the same result). */
export const POST = apiRoute(
  async (_request: Request, context: RouteContext<"/api/v1/assignments/[assignmentId]/attempts/[attemptId]/submit">) => {
    const student = await requireUser("student");
    const { assignmentId, attemptId } = await context.params;
    return NextResponse.json(await submitAttempt(getDb(), student.id, assignmentId, attemptId, Date.now()));
  },
);
