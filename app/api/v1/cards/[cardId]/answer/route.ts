import { NextResponse } from "next/server";
import { apiRoute } from "@/app/_lib/api";
import { requireUser } from "@/app/_lib/session";
import { revealCard } from "@/server/practice/review";
import { getDb } from "@/server/db";

/** Flashcard mode: the back of the card on screen. Nothing is recorded until the learner rates it. */
export const GET = apiRoute(async (_request: Request, context: RouteContext<"/api/v1/cards/[cardId]/answer">) => {
  const user = await requireUser();
  const { cardId } = await context.params;
  return NextResponse.json(await revealCard(getDb(), user.id, cardId));
});
