import { csvResponse } from "@/app/_lib/api";
import { instructorRoute } from "@/app/_lib/instructor-route";
import { classGradebook } from "@/server/classes/gradebook";
import { gradebookCsv } from "@/server/classes/exports";
import { getDb } from "@/server/db";

export const GET = instructorRoute<{ classId: string }>(async (_request, { instructorId, classId }) => {
  const gradebook = await classGradebook(getDb(), instructorId, classId, Date.now());
  return csvResponse(gradebookCsv(gradebook), `${gradebook.classRow.name} gradebook.csv`);
});
