import { apiRoute } from "@/app/_lib/api";
import { requireUser } from "@/app/_lib/session";
import { removeClassQuestion } from "@/server/classes/classes";
import { getDb } from "@/server/db";

export const DELETE = apiRoute(async (_request: Request, context: RouteContext<"/api/v1/classes/[classId]/questions/[questionId]">) => {
  const instructor = await requireUser("instructor");
  const { classId, questionId } = await context.params;
  await removeClassQuestion(getDb(), instructor.id, classId, questionId);
  return new Response(null, { status: 204 });
});
