import { NextResponse } from "next/server";
import { apiRoute, parseJsonBody } from "@/app/_lib/api";
import { requireUser } from "@/app/_lib/session";
import { submitPracticeReview } from "@/server/practice/review";
import { reviewSchema } from "@/server/practice/input";
import { getDb } from "@/server/db";

export const POST = apiRoute(async (request: Request) => {
  const user = await requireUser();
  const body = await parseJsonBody(request, reviewSchema);
  const result = await submitPracticeReview(getDb(), user.id, { ...body, rating: body.rating as 1 | 2 | 3 | 4 | undefined }, Date.now());
  return NextResponse.json(result, { status: result.duplicate ? 200 : 201 });
});
