import { NextResponse } from "next/server";
import { apiRoute } from "@/app/_lib/api";
import { requireUser } from "@/app/_lib/session";
import { undoPracticeReview } from "@/server/practice/review";
import { getDb } from "@/server/db";

export const POST = apiRoute(async (_request: Request, context: RouteContext<"/api/v1/reviews/[reviewId]/undo">) => {
  const user = await requireUser();
  const { reviewId } = await context.params;
  return NextResponse.json(await undoPracticeReview(getDb(), user.id, reviewId, Date.now()));
});
