import { NextResponse } from "next/server";
import { apiRoute, parseJsonBody } from "@/app/_lib/api";
import { requireUser } from "@/app/_lib/session";
import { createAssignmentSchema } from "@/server/classes/input";
import { createAssignment } from "@/server/classes/assignments";
import { requireClassOfInstructor } from "@/server/classes/classes";
import { getDb } from "@/db";
import { assignmentsOfClass } from "@/db/queries/assignments";

type Context = { params: Promise<{ classId: string }> };

export const GET = apiRoute(async (_request: Request, context: Context) => {
  const instructor = await requireUser("instructor");
  const { classId } = await context.params;
  await requireClassOfInstructor(getDb(), instructor.id, classId);
  const assignments = await assignmentsOfClass(getDb(), instructor.id, classId);
  return NextResponse.json({ assignments: assignments.map(({ seed: _seed, ...a }) => a) });
});

export const POST = apiRoute(async (request: Request, context: Context) => {
  const instructor = await requireUser("instructor");
  const { classId } = await context.params;
  const input = await parseJsonBody(request, createAssignmentSchema);
  return NextResponse.json(await createAssignment(getDb(), instructor.id, classId, input, Date.now()), { status: 201 });
});
