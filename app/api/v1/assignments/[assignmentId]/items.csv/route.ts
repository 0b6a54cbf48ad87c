import { apiRoute, csvResponse } from "@/app/_lib/api";
import { requireUser } from "@/app/_lib/session";
import { assignmentResults } from "@/server/classes/gradebook";
import { itemsCsv } from "@/server/classes/exports";
import { getDb } from "@/server/db";

type Context = { params: Promise<{ assignmentId: string }> };

export const GET = apiRoute(async (_request: Request, context: Context) => {
  const instructor = await requireUser("instructor");
  const { assignmentId } = await context.params;
  const results = await assignmentResults(getDb(), instructor.id, assignmentId, Date.now());
  return csvResponse(itemsCsv(results), `${results.assignment.title} item analysis.csv`);
});
