import { NextResponse } from "next/server";
import { apiRoute } from "@/app/_lib/api";
import { requireUser } from "@/app/_lib/session";
import { practiceSummary } from "@/server/practice/summary";
import { getDb } from "@/server/db";

export const GET = apiRoute(async () => {
  const user = await requireUser();
  return NextResponse.json(await practiceSummary(getDb(), user.id, Date.now()));
});
