import { apiRoute, csvResponse } from "@/app/_lib/api";
import { requireUser } from "@/app/_lib/session";
import { classGradebook } from "@/server/classes/gradebook";
import { gradebookCsv } from "@/server/classes/exports";
import { getDb } from "@/server/db";

export const GET = apiRoute(async (_request: Request, context: RouteContext<"/api/v1/classes/[classId]/gradebook.csv">) => {
  const instructor = await requireUser("instructor");
  const { classId } = await context.params;
  const gradebook = await classGradebook(getDb(), instructor.id, classId, Date.now());
  return csvResponse(gradebookCsv(gradebook), `${gradebook.classRow.name} gradebook.csv`);
});
