import { NextResponse } from "next/server";
import { BODY_LIMITS, parseJsonBody } from "@/app/_lib/api";
import { instructorRoute } from "@/app/_lib/instructor-route";
import { previewSchema } from "@/server/classes/input";
import { previewSelection } from "@/server/classes/assignments";
import { getDb } from "@/server/db";

/** The questions a selection gives, with answers, and the seed that makes publishing give the same. */
export const POST = instructorRoute<{ classId: string }>(async (request, { instructorId, classId }) => {
  const { selection } = await parseJsonBody(request, previewSchema, undefined, BODY_LIMITS.assignment);
  return NextResponse.json(await previewSelection(getDb(), instructorId, classId, selection));
});
