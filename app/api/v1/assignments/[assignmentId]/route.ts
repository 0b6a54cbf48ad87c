import { NextResponse } from "next/server";
import { apiRoute, BODY_LIMITS, parseJsonBody } from "@/app/_lib/api";
import { requireUser } from "@/app/_lib/session";
import { instructorRoute } from "@/app/_lib/instructor-route";
import { updateAssignmentSchema } from "@/server/classes/input";
import { changeAssignment, removeAssignment, requireInstructorAssignment } from "@/server/classes/assignments";
import { studentAssignmentOverview } from "@/server/attempts/student-assignment";
import { getDb } from "@/server/db";

/** A student gets their standing and attempts; the instructor gets the assignment's settings. */
export const GET = apiRoute(async (_request: Request, context: RouteContext<"/api/v1/assignments/[assignmentId]">) => {
  const user = await requireUser();
  const { assignmentId } = await context.params;
  if (user.role === "student") return NextResponse.json(await studentAssignmentOverview(getDb(), user.id, assignmentId, Date.now()));
  const { assignment, className } = await requireInstructorAssignment(getDb(), user.id, assignmentId);
  const { seed: _seed, ...settings } = assignment;
  return NextResponse.json({ assignment: settings, className });
});

/** Dates, late policy, attempts, title and instructions can change; the questions cannot. */
export const PATCH = instructorRoute<{ assignmentId: string }>(async (request, { instructorId, assignmentId }) => {
  const change = await parseJsonBody(request, updateAssignmentSchema, undefined, BODY_LIMITS.assignment);
  const { seed: _seed, ...updated } = await changeAssignment(getDb(), instructorId, assignmentId, change);
  return NextResponse.json({ assignment: updated });
});

export const DELETE = instructorRoute<{ assignmentId: string }>(async (_request, { instructorId, assignmentId }) => {
  await removeAssignment(getDb(), instructorId, assignmentId);
  return new Response(null, { status: 204 });
});
