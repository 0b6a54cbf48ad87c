import { NextResponse } from "next/server";
import { BODY_LIMITS, parseJsonBody } from "@/app/_lib/api";
import { instructorRoute } from "@/app/_lib/instructor-route";
import { createAssignmentSchema } from "@/server/classes/input";
import { assignmentsOfClassForInstructor, createAssignment } from "@/server/classes/assignments";
import { getDb } from "@/server/db";

export const GET = instructorRoute<{ classId: string }>(async (_request, { instructorId, classId }) => {
  return NextResponse.json({ assignments: await assignmentsOfClassForInstructor(getDb(), instructorId, classId) });
});

export const POST = instructorRoute<{ classId: string }>(async (request, { instructorId, classId }) => {
  const input = await parseJsonBody(request, createAssignmentSchema, undefined, BODY_LIMITS.assignment);
  return NextResponse.json(await createAssignment(getDb(), instructorId, classId, input, Date.now()), { status: 201 });
});
