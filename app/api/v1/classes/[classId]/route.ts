import { NextResponse } from "next/server";
import { apiRoute, parseJsonBody } from "@/app/_lib/api";
import { requireUser } from "@/app/_lib/session";
import { classGradebook } from "@/server/classes/gradebook";
import { changeClass } from "@/server/classes/classes";
import { changeClassSchema } from "@/server/classes/input";
import { getDb } from "@/server/db";

/** The class with its students and, per assignment, each student's status and score. */
export const GET = apiRoute(async (_request: Request, context: RouteContext<"/api/v1/classes/[classId]">) => {
  const instructor = await requireUser("instructor");
  const { classId } = await context.params;
  const { classRow, assignments, students } = await classGradebook(getDb(), instructor.id, classId, Date.now());
  return NextResponse.json({
    id: classRow.id,
    name: classRow.name,
    joinCode: classRow.joinCode,
    joinCodeEnabled: classRow.joinCodeEnabled,
    archivedAt: classRow.archivedAt,
    assignments: assignments.map(({ seed: _seed, ...a }) => a),
    students: students.map(({ cells, ...s }) => ({
      ...s,
      assignments: cells.map(({ status, percent, submittedAt }, i) => ({ assignmentId: assignments[i].id, status, percent, submittedAt })),
    })),
  });
});

/** Renames (`{ name }`, 1–80 characters), archives or unarchives (`{ archived }`) the class. */
export const PATCH = apiRoute(async (request: Request, context: RouteContext<"/api/v1/classes/[classId]">) => {
  const instructor = await requireUser("instructor");
  const { classId } = await context.params;
  const change = await parseJsonBody(request, changeClassSchema, "The class was not changed: check the request.");
  return NextResponse.json(await changeClass(getDb(), instructor.id, classId, change, Date.now()));
});
