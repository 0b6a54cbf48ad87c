import { NextResponse } from "next/server";
import { apiRoute, parseJsonBody } from "@/app/_lib/api";
import { requireUser } from "@/app/_lib/session";
import { cardActionSchema } from "@/server/practice/input";
import { changeCard } from "@/server/practice/review";
import { getDb } from "@/server/db";

/** Flag, suspend / unsuspend, or bury until the learner's next day. */
export const PATCH = apiRoute(async (request: Request, context: RouteContext<"/api/v1/cards/[cardId]">) => {
  const user = await requireUser();
  const { cardId } = await context.params;
  const body = await parseJsonBody(request, cardActionSchema);
  return NextResponse.json(await changeCard(getDb(), user.id, cardId, body, Date.now()));
});
