import { csvResponse } from "@/app/_lib/api";
import { instructorRoute } from "@/app/_lib/instructor-route";
import { assignmentResults } from "@/server/classes/gradebook";
import { resultsCsv } from "@/server/classes/exports";
import { getDb } from "@/server/db";

export const GET = instructorRoute<{ assignmentId: string }>(async (_request, { instructorId, assignmentId }) => {
  const results = await assignmentResults(getDb(), instructorId, assignmentId, Date.now());
  return csvResponse(resultsCsv(results), `${results.assignment.title} results.csv`);
});
