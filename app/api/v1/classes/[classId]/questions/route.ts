import { NextResponse } from "next/server";
import { BODY_LIMITS, parseJsonBody } from "@/app/_lib/api";
import { instructorRoute } from "@/app/_lib/instructor-route";
import { giftImportSchema } from "@/server/classes/input";
import { classQuestionList, importGiftQuestions } from "@/server/classes/classes";
import { getDb } from "@/server/db";

export const GET = instructorRoute<{ classId: string }>(async (_request, { instructorId, classId }) => {
  return NextResponse.json({ questions: await classQuestionList(getDb(), instructorId, classId) });
});

/** Imports GIFT text: 201 with the count, or 400 naming the first bad line (and nothing imported). */
export const POST = instructorRoute<{ classId: string }>(async (request, { instructorId, classId }) => {
  const { gift, source } = await parseJsonBody(request, giftImportSchema, undefined, BODY_LIMITS.giftImport);
  return NextResponse.json(await importGiftQuestions(getDb(), instructorId, classId, gift, source || undefined, Date.now()), {
    status: 201,
  });
});
