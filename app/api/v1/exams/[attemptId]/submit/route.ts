import { NextResponse } from "next/server";
import { apiRoute } from "@/app/_lib/api";
import { requireUser } from "@/app/_lib/session";
import { submitExam } from "@/server/exams/exams";
import { getDb } from "@/server/db";

export const POST = apiRoute(async (_request: Request, context: RouteContext<"/api/v1/exams/[attemptId]/submit">) => {
  const user = await requireUser();
  const { attemptId } = await context.params;
  return NextResponse.json(await submitExam(getDb(), user.id, attemptId, Date.now()));
});
