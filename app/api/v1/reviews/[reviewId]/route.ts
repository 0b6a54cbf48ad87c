import { NextResponse } from "next/server";
import { apiRoute } from "@/app/_lib/api";
import { requireUser } from "@/app/_lib/session";
import { practiceQuery } from "@/server/practice/input";
import { answeredCard } from "@/server/practice/review";
import { getDb } from "@/server/db";

/** A quiz answer shown again after a reload (the practice screen keeps its id in the address). */
export const GET = apiRoute(async (request: Request, context: RouteContext<"/api/v1/reviews/[reviewId]">) => {
  const user = await requireUser();
  const { reviewId } = await context.params;
  const { scope, extra } = practiceQuery(new URL(request.url));
  return NextResponse.json(await answeredCard(getDb(), user.id, reviewId, Date.now(), scope, extra));
});
