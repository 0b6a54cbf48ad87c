import { apiRoute } from "@/app/_lib/api";
import { requireUser } from "@/app/_lib/session";
import { removeClassQuestion } from "@/server/classes/classes";
import { getDb } from "@/server/db";

type Context = { params: Promise<{ classId: string; questionId: string }> };

export const DELETE = apiRoute(async (_request: Request, context: Context) => {
  const instructor = await requireUser("instructor");
  const { classId, questionId } = await context.params;
  await removeClassQuestion(getDb(), instructor.id, classId, questionId);
  return new Response(null, { status: 204 });
});
