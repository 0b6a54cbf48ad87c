import { NextResponse } from "next/server";
import { apiRoute } from "@/app/_lib/api";
import { requireUser } from "@/app/_lib/session";
import { submitExam } from "@/server/exams/exams";
import { getDb } from "@/server/db";

type Context = { params: Promise<{ attemptId: string }> };

export const POST = apiRoute(async (_request: Request, context: Context) => {
  const user = await requireUser();
  const { attemptId } = await context.params;
  return NextResponse.json(await submitExam(getDb(), user.id, attemptId, Date.now()));
});
