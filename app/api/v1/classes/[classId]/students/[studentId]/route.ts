import { apiRoute } from "@/app/_lib/api";
import { requireUser } from "@/app/_lib/session";
import { removeStudent } from "@/server/classes/classes";
import { getDb } from "@/server/db";

export const DELETE = apiRoute(async (_request: Request, context: RouteContext<"/api/v1/classes/[classId]/students/[studentId]">) => {
  const instructor = await requireUser("instructor");
  const { classId, studentId } = await context.params;
  await removeStudent(getDb(), instructor.id, classId, studentId);
  return new Response(null, { status: 204 });
});
