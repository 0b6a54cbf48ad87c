import { NextResponse } from "next/server";
import { apiRoute } from "@/app/_lib/api";
import { requireUser } from "@/app/_lib/session";
import { bankSearchSchema } from "@/server/classes/input";
import { browseBank } from "@/server/classes/bank-browser";
import { getDb } from "@/server/db";
import { parseInput } from "@/server/errors";

/** The bank browser: assignable items (and the class's imported questions) matching a search. */
export const GET = apiRoute(async (request: Request, context: RouteContext<"/api/v1/classes/[classId]/bank">) => {
  const instructor = await requireUser("instructor");
  const { classId } = await context.params;
  const search = parseInput(bankSearchSchema, Object.fromEntries(new URL(request.url).searchParams), "Some search parameters are invalid.");
  return NextResponse.json(await browseBank(getDb(), instructor.id, classId, search));
});
