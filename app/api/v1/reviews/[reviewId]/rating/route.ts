import { NextResponse } from "next/server";
import type { Grade } from "ts-fsrs";
import { apiRoute, parseJsonBody } from "@/app/_lib/api";
import { requireUser } from "@/app/_lib/session";
import { ratingSchema } from "@/server/practice/input";
import { rerateReview } from "@/server/practice/review";
import { getDb } from "@/server/db";

/** After a right answer: Good was recorded; the learner may make it Hard or Easy instead. */
export const POST = apiRoute(async (request: Request, context: RouteContext<"/api/v1/reviews/[reviewId]/rating">) => {
  const user = await requireUser();
  const { reviewId } = await context.params;
  const { rating } = await parseJsonBody(request, ratingSchema);
  return NextResponse.json(await rerateReview(getDb(), user.id, reviewId, rating as Grade));
});
