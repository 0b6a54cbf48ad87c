import { NextResponse } from "next/server";
import type { Grade } from "ts-fsrs";
import { apiRoute, ApiError, parseJsonBody } from "@/app/_lib/api";
import { cramSchedulingSettings } from "@/app/_lib/exam-plan";
import { requireUser } from "@/app/_lib/session";
import { ratingSchema } from "@/app/_lib/practice-input";
import { scheduleReview } from "@/app/_lib/scheduler";
import { getDb } from "@/db";
import { changeRating, reviewOfUser } from "@/db/queries/reviews";
import { learnerSettings } from "@/db/queries/settings";

type Context = { params: Promise<{ reviewId: string }> };

/** After a right answer: Good was recorded; the learner may make it Hard or Easy instead. */
export const POST = apiRoute(async (request: Request, context: Context) => {
  const user = await requireUser();
  const { reviewId } = await context.params;
  const { rating } = await parseJsonBody(request, ratingSchema);
  const db = getDb();
  const review = await reviewOfUser(db, user.id, reviewId);
  if (!review) throw new ApiError("not_found", "No such review.");
  if (review.correct === false) throw new ApiError("conflict", "A wrong answer is always rated Again.");
  const settings = await learnerSettings(db, user.id);
  const now = review.reviewedAt;
  const outcome = await changeRating(db, user.id, reviewId, rating, (card) => scheduleReview(card, rating as Grade, now, cramSchedulingSettings(settings, card, now)));
  if (outcome.status === "not_found") throw new ApiError("not_found", "No such review.");
  if (outcome.status === "conflict") throw new ApiError("conflict", outcome.message);
  const { card } = outcome;
  return NextResponse.json({ rating, card: { due: card.due, state: card.state, reps: card.reps, lapses: card.lapses } });
});
