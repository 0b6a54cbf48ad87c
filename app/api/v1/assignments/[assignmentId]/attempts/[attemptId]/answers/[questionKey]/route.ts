import { NextResponse } from "next/server";
import { apiRoute, parseJsonBody } from "@/app/_lib/api";
import { requireUser } from "@/app/_lib/session";
import { assignmentAnswerSchema } from "@/server/classes/input";
import { answerQuestion } from "@/server/attempts/assignment-attempts";
import { getDb } from "@/server/db";

/** Exam mode saves (and may change) the answer; practice mode grades it at once and returns feedback. */
export const PUT = apiRoute(
  async (request: Request, context: RouteContext<"/api/v1/assignments/[assignmentId]/attempts/[attemptId]/answers/[questionKey]">) => {
    const student = await requireUser("student");
    const { assignmentId, attemptId, questionKey } = await context.params;
    const { choiceIds, flagged } = await parseJsonBody(request, assignmentAnswerSchema);
    return NextResponse.json(
      await answerQuestion(getDb(), student.id, assignmentId, attemptId, questionKey, choiceIds, Date.now(), flagged),
    );
  },
);
