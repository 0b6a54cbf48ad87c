import { NextResponse } from "next/server";
import { instructorRoute } from "@/app/_lib/instructor-route";
import { assignmentResults } from "@/server/classes/gradebook";
import { getDb } from "@/server/db";

/** Per student and per question, with the class's weakest areas. Instructors of the class only. */
export const GET = instructorRoute<{ assignmentId: string }>(async (_request, { instructorId, assignmentId }) => {
  const { assignment, ...results } = await assignmentResults(getDb(), instructorId, assignmentId, Date.now());
  const { seed: _seed, ...settings } = assignment;
  return NextResponse.json({ assignment: settings, ...results });
});
