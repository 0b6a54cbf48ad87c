import { instructorRoute } from "@/app/_lib/instructor-route";
import { removeClassQuestion } from "@/server/classes/classes";
import { getDb } from "@/server/db";

export const DELETE = instructorRoute<{ classId: string; questionId: string }>(async (_request, { instructorId, classId, questionId }) => {
  await removeClassQuestion(getDb(), instructorId, classId, questionId);
  return new Response(null, { status: 204 });
});
