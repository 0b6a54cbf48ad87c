import { NextResponse } from "next/server";
import { apiRoute, BODY_LIMITS, parseJsonBody } from "@/app/_lib/api";
import { requireUser } from "@/app/_lib/session";
import { createAssignmentSchema } from "@/server/classes/input";
import { assignmentsOfClassForInstructor, createAssignment } from "@/server/classes/assignments";
import { getDb } from "@/server/db";

export const GET = apiRoute(async (_request: Request, context: RouteContext<"/api/v1/classes/[classId]/assignments">) => {
  const instructor = await requireUser("instructor");
  const { classId } = await context.params;
  return NextResponse.json({ assignments: await assignmentsOfClassForInstructor(getDb(), instructor.id, classId) });
});

export const POST = apiRoute(async (request: Request, context: RouteContext<"/api/v1/classes/[classId]/assignments">) => {
  const instructor = await requireUser("instructor");
  const { classId } = await context.params;
  const input = await parseJsonBody(request, createAssignmentSchema, undefined, BODY_LIMITS.assignment);
  return NextResponse.json(await createAssignment(getDb(), instructor.id, classId, input, Date.now()), { status: 201 });
});
