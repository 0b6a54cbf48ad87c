import { apiRoute, csvResponse } from "@/app/_lib/api";
import { requireUser } from "@/app/_lib/session";
import { assignmentResults } from "@/server/classes/gradebook";
import { itemsCsv } from "@/server/classes/exports";
import { getDb } from "@/server/db";

export const GET = apiRoute(async (_request: Request, context: RouteContext<"/api/v1/assignments/[assignmentId]/items.csv">) => {
  const instructor = await requireUser("instructor");
  const { assignmentId } = await context.params;
  const results = await assignmentResults(getDb(), instructor.id, assignmentId, Date.now());
  return csvResponse(itemsCsv(results), `${results.assignment.title} item analysis.csv`);
});
