import { NextResponse } from "next/server";
import { instructorRoute } from "@/app/_lib/instructor-route";
import { bankSearchSchema } from "@/server/classes/input";
import { browseBank } from "@/server/classes/bank-browser";
import { getDb } from "@/server/db";
import { parseInput } from "@/server/errors";

/** The bank browser: assignable items (and the class's imported questions) matching a search. */
export const GET = instructorRoute<{ classId: string }>(async (request, { instructorId, classId }) => {
  const search = parseInput(bankSearchSchema, Object.fromEntries(new URL(request.url).searchParams), "Some search parameters are invalid.");
  return NextResponse.json(await browseBank(getDb(), instructorId, classId, search));
});
