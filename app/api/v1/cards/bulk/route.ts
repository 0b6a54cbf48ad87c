import { NextResponse } from "next/server";
import { apiRoute, parseJsonBody } from "@/app/_lib/api";
import { requireUser } from "@/app/_lib/session";
import { changeCards } from "@/server/practice/card-browser";
import { bulkCardActionSchema } from "@/server/practice/input";
import { getDb } from "@/server/db";

/** Flag, unflag, suspend or unsuspend several of the learner's own cards at once. */
export const POST = apiRoute(async (request: Request) => {
  const user = await requireUser();
  const { cardIds, action } = await parseJsonBody(request, bulkCardActionSchema, "Nothing was changed: check the cards and the action.");
  return NextResponse.json(await changeCards(getDb(), user.id, cardIds, action));
});
