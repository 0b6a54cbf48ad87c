import { apiRoute } from "@/app/_lib/api";
import { requireUser } from "@/app/_lib/session";
import { requireInstructorAssignment } from "@/server/classes/assignments";
import { assignmentGift } from "@/server/classes/exports";
import { getDb } from "@/server/db";

/** The assignment's questions as Moodle GIFT, with the wording students saw. */
export const GET = apiRoute(async (_request: Request, context: RouteContext<"/api/v1/assignments/[assignmentId]/questions.gift">) => {
  const instructor = await requireUser("instructor");
  const { assignmentId } = await context.params;
  const { assignment } = await requireInstructorAssignment(getDb(), instructor.id, assignmentId);
  const fileName = `${assignment.title}.gift`;
  return new Response(await assignmentGift(getDb(), assignment), {
    headers: {
      "Content-Type": "text/plain; charset=utf-8",
      "Content-Disposition": `attachment; filename="${fileName.replace(/[^\w.-]+/g, "-")}"; filename*=UTF-8''${encodeURIComponent(fileName)}`,
      "Cache-Control": "no-store",
    },
  });
});
