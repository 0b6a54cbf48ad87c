import { apiRoute, csvResponse } from "@/app/_lib/api";
import { requireUser } from "@/app/_lib/session";
import { assignmentResults } from "@/server/classes/gradebook";
import { resultsCsv } from "@/server/classes/exports";
import { getDb } from "@/server/db";

export const GET = apiRoute(async (_request: Request, context: RouteContext<"/api/v1/assignments/[assignmentId]/results.csv">) => {
  const instructor = await requireUser("instructor");
  const { assignmentId } = await context.params;
  const results = await assignmentResults(getDb(), instructor.id, assignmentId, Date.now());
  return csvResponse(resultsCsv(results), `${results.assignment.title} results.csv`);
});
