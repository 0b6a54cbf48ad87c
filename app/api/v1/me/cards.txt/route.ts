import { apiRoute, downloadResponse } from "@/app/_lib/api";
import { requireUser } from "@/app/_lib/session";
import { ankiNotes } from "@/server/accounts/export";
import { getDb } from "@/server/db";

/** The learner's cards as a notes file Anki's importer reads. */
export const GET = apiRoute(async () => {
  const user = await requireUser();
  return downloadResponse(await ankiNotes(getDb(), user.id), "demarc-cards.txt", "text/plain; charset=utf-8");
});
