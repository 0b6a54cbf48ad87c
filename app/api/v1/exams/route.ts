import { NextResponse } from "next/server";
import { apiRoute, parseJsonBody } from "@/app/_lib/api";
import { requireUser } from "@/app/_lib/session";
import { startExamSchema } from "@/server/exams/input";
import { startExam } from "@/server/exams/exams";
import { pastExams } from "@/server/exams/history";
import { getDb } from "@/server/db";

export const POST = apiRoute(async (request: Request) => {
  const user = await requireUser();
  const input = await parseJsonBody(request, startExamSchema);
  const attempt = await startExam(getDb(), user.id, input, Date.now());
  return NextResponse.json(attempt, { status: 201 });
});

export const GET = apiRoute(async () => {
  const user = await requireUser();
  return NextResponse.json({ attempts: await pastExams(getDb(), user.id) });
});
