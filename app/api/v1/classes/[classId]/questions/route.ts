import { NextResponse } from "next/server";
import { apiRoute, BODY_LIMITS, parseJsonBody } from "@/app/_lib/api";
import { requireUser } from "@/app/_lib/session";
import { giftImportSchema } from "@/server/classes/input";
import { classQuestionList, importGiftQuestions } from "@/server/classes/classes";
import { getDb } from "@/server/db";

export const GET = apiRoute(async (_request: Request, context: RouteContext<"/api/v1/classes/[classId]/questions">) => {
  const instructor = await requireUser("instructor");
  const { classId } = await context.params;
  return NextResponse.json({ questions: await classQuestionList(getDb(), instructor.id, classId) });
});

/** Imports GIFT text: 201 with the count, or 400 naming the first bad line (and nothing imported). */
export const POST = apiRoute(async (request: Request, context: RouteContext<"/api/v1/classes/[classId]/questions">) => {
  const instructor = await requireUser("instructor");
  const { classId } = await context.params;
  const { gift, source } = await parseJsonBody(request, giftImportSchema, undefined, BODY_LIMITS.giftImport);
  return NextResponse.json(await importGiftQuestions(getDb(), instructor.id, classId, gift, source || undefined, Date.now()), {
    status: 201,
  });
});
