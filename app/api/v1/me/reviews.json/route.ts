import { apiRoute, downloadResponse } from "@/app/_lib/api";
import { requireUser } from "@/app/_lib/session";
import { reviewHistory } from "@/server/accounts/export";
import { getDb } from "@/server/db";

/** The learner's review history, every field of every review. */
export const GET = apiRoute(async () => {
  const user = await requireUser();
  const reviews = await reviewHistory(getDb(), user.id);
  return downloadResponse(JSON.stringify({ reviews }), "demarc-reviews.json", "application/json; charset=utf-8");
});
