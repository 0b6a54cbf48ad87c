import { NextResponse } from "next/server";
import { apiRoute } from "@/app/_lib/api";
import { requireUser } from "@/app/_lib/session";
import { studentAssignments } from "@/server/classes/assignments";
import { getDb } from "@/server/db";

/** The student's assigned work across their classes, soonest due first, with status. */
export const GET = apiRoute(async () => {
  const student = await requireUser("student");
  return NextResponse.json({ assignments: await studentAssignments(getDb(), student.id, Date.now()) });
});
