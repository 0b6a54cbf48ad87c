import { NextResponse } from "next/server";
import { apiRoute, BODY_LIMITS, parseJsonBody } from "@/app/_lib/api";
import { requireUser } from "@/app/_lib/session";
import { previewSchema } from "@/server/classes/input";
import { previewSelection } from "@/server/classes/assignments";
import { getDb } from "@/server/db";

/** The questions a selection gives, with answers, and the seed that makes publishing give the same. */
export const POST = apiRoute(async (request: Request, context: RouteContext<"/api/v1/classes/[classId]/assignments/preview">) => {
  const instructor = await requireUser("instructor");
  const { classId } = await context.params;
  const { selection } = await parseJsonBody(request, previewSchema, undefined, BODY_LIMITS.assignment);
  return NextResponse.json(await previewSelection(getDb(), instructor.id, classId, selection));
});
