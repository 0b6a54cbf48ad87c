import { NextResponse } from "next/server";
import { apiRoute, parseJsonBody } from "@/app/_lib/api";
import { requireUser } from "@/app/_lib/session";
import { examAnswerSchema } from "@/server/exams/input";
import { saveExamAnswer } from "@/server/exams/exams";
import { getDb } from "@/server/db";

export const PUT = apiRoute(async (request: Request, context: RouteContext<"/api/v1/exams/[attemptId]/answers/[questionId]">) => {
  const user = await requireUser();
  const { attemptId, questionId } = await context.params;
  const answer = await parseJsonBody(request, examAnswerSchema);
  return NextResponse.json(await saveExamAnswer(getDb(), user.id, attemptId, questionId, answer, Date.now()));
});
