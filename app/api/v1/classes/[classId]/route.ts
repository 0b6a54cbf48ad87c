import { NextResponse } from "next/server";
import { parseJsonBody } from "@/app/_lib/api";
import { instructorRoute } from "@/app/_lib/instructor-route";
import { classGradebook } from "@/server/classes/gradebook";
import { changeClass } from "@/server/classes/classes";
import { changeClassSchema } from "@/server/classes/input";
import { getDb } from "@/server/db";

/** The class with its students and, per assignment, each student's status and score. */
export const GET = instructorRoute<{ classId: string }>(async (_request, { instructorId, classId }) => {
  const { classRow, assignments, students } = await classGradebook(getDb(), instructorId, classId, Date.now());
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
export const PATCH = instructorRoute<{ classId: string }>(async (request, { instructorId, classId }) => {
  const change = await parseJsonBody(request, changeClassSchema, "The class was not changed: check the request.");
  return NextResponse.json(await changeClass(getDb(), instructorId, classId, change, Date.now()));
});
