import { NextResponse } from "next/server";
import { apiRoute } from "@/app/_lib/api";
import { requireUser } from "@/app/_lib/session";
import { parseInput } from "@/server/errors";
import { browseCards } from "@/server/practice/card-browser";
import { cardBrowserSchema } from "@/server/practice/input";
import { getDb } from "@/server/db";

/** The learner's cards, filtered (?q=&state=&mark=&service=&model=&page=), 50 a page. */
export const GET = apiRoute(async (request: Request) => {
  const user = await requireUser();
  const query = parseInput(cardBrowserSchema, Object.fromEntries(new URL(request.url).searchParams), "Check the card filters.");
  return NextResponse.json(await browseCards(getDb(), user.id, query, Date.now()));
});
