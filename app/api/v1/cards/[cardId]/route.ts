import { NextResponse } from "next/server";
import { apiRoute, ApiError, parseJsonBody } from "@/app/_lib/api";
import { requireUser } from "@/app/_lib/session";
import { cardActionSchema } from "@/app/_lib/practice-input";
import { learnerDay } from "@/app/_lib/learner-day";
import { getDb } from "@/db";
import { updateCardFlags } from "@/db/queries/cards";
import { learnerSettings } from "@/db/queries/settings";

type Context = { params: Promise<{ cardId: string }> };

/** Flag, suspend / unsuspend, or bury until the learner's next day. */
export const PATCH = apiRoute(async (request: Request, context: Context) => {
  const user = await requireUser();
  const { cardId } = await context.params;
  const body = await parseJsonBody(request, cardActionSchema);
  const db = getDb();
  let change: Parameters<typeof updateCardFlags>[3];
  if (body.flagged !== undefined) change = { flagged: body.flagged };
  else if (body.suspended !== undefined) change = { suspended: body.suspended };
  else {
    const settings = await learnerSettings(db, user.id);
    change = { buriedUntil: learnerDay(Date.now(), settings.timeZone, settings.dayStartsAtHour).end };
  }
  const card = await updateCardFlags(db, user.id, cardId, change);
  if (!card) throw new ApiError("not_found", "No such card.");
  return NextResponse.json({ card: { id: card.id, service: card.service, flagged: card.flagged, suspended: card.suspended, buriedUntil: card.buriedUntil } });
});
