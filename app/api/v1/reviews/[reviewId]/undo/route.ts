import { NextResponse } from "next/server";
import { apiRoute, ApiError } from "@/app/_lib/api";
import { requireUser } from "@/app/_lib/session";
import { getDb } from "@/db";
import { undoReview } from "@/db/queries/reviews";

type Context = { params: Promise<{ reviewId: string }> };

export const POST = apiRoute(async (_request: Request, context: Context) => {
  const user = await requireUser();
  const { reviewId } = await context.params;
  const outcome = await undoReview(getDb(), user.id, reviewId);
  if (outcome.status === "not_found") throw new ApiError("not_found", "No such review.");
  if (outcome.status === "conflict") throw new ApiError("conflict", outcome.message);
  const { card } = outcome;
  return NextResponse.json({ undone: true, card: { id: card.id, due: card.due, state: card.state, reps: card.reps, lapses: card.lapses } });
});
