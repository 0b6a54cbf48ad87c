import { apiRoute, csvResponse } from "@/app/_lib/api";
import { requireUser } from "@/app/_lib/session";
import { reviewHistory, revlogCsv } from "@/server/accounts/export";
import { getDb } from "@/server/db";

/** The learner's review history in the FSRS optimizer's revlog columns. */
export const GET = apiRoute(async () => {
  const user = await requireUser();
  return csvResponse(revlogCsv(await reviewHistory(getDb(), user.id)), "demarc-revlog.csv");
});
