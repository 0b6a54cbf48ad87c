import { NextResponse } from "next/server";
import { apiRoute } from "@/app/_lib/api";
import { requireUser } from "@/app/_lib/session";
import { nextPracticeCard } from "@/server/practice/queue";
import { practiceQuery } from "@/server/practice/input";
import { getDb } from "@/server/db";

export const GET = apiRoute(async (request: Request) => {
  const user = await requireUser();
  const { mode, scope, prefer, extra } = practiceQuery(new URL(request.url));
  return NextResponse.json(await nextPracticeCard(getDb(), user.id, mode, Date.now(), scope, prefer, extra));
});
