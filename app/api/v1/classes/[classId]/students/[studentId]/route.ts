import { instructorRoute } from "@/app/_lib/instructor-route";
import { removeStudent } from "@/server/classes/classes";
import { getDb } from "@/server/db";

export const DELETE = instructorRoute<{ classId: string; studentId: string }>(async (_request, { instructorId, classId, studentId }) => {
  await removeStudent(getDb(), instructorId, classId, studentId);
  return new Response(null, { status: 204 });
});
