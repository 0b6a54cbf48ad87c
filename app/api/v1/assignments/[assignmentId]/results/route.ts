import { NextResponse } from "next/server";
import { apiRoute } from "@/app/_lib/api";
import { requireUser } from "@/app/_lib/session";
import { assignmentResults } from "@/server/classes/gradebook";
import { getDb } from "@/server/db";

/** Per student and per question, with the class's weakest areas. Instructors of the class only. */
export const GET = apiRoute(async (_request: Request, context: RouteContext<"/api/v1/assignments/[assignmentId]/results">) => {
  const instructor = await requireUser("instructor");
  const { assignmentId } = await context.params;
  const { assignment, ...results } = await assignmentResults(getDb(), instructor.id, assignmentId, Date.now());
  const { seed: _seed, ...settings } = assignment;
  return NextResponse.json({ assignment: settings, ...results });
});
