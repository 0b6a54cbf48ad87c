import { instructorRoute } from "@/app/_lib/instructor-route";
import { requireInstructorAssignment } from "@/server/classes/assignments";
import { assignmentGift } from "@/server/classes/exports";
import { getDb } from "@/server/db";

/** The assignment's questions as Moodle GIFT, with the wording students saw. */
export const GET = instructorRoute<{ assignmentId: string }>(async (_request, { instructorId, assignmentId }) => {
  const { assignment } = await requireInstructorAssignment(getDb(), instructorId, assignmentId);
  const fileName = `${assignment.title}.gift`;
  return new Response(await assignmentGift(getDb(), assignment), {
    headers: {
      "Content-Type": "text/plain; charset=utf-8",
      "Content-Disposition": `attachment; filename="${fileName.replace(/[^\w.-]+/g, "-")}"; filename*=UTF-8''${encodeURIComponent(fileName)}`,
      "Cache-Control": "no-store",
    },
  });
});
