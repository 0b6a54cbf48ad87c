import { NextResponse } from "next/server";
import { apiRoute, parseJsonBody } from "@/app/_lib/api";
import { requireUser } from "@/app/_lib/session";
import { joinCodeActionSchema } from "@/server/classes/input";
import { changeJoinCode } from "@/server/classes/classes";
import { getDb } from "@/server/db";

/** rotate: a new code (the old one stops working); disable / enable: turn joining off or on. */
export const POST = apiRoute(async (request: Request, context: RouteContext<"/api/v1/classes/[classId]/join-code">) => {
  const instructor = await requireUser("instructor");
  const { classId } = await context.params;
  const { action } = await parseJsonBody(request, joinCodeActionSchema);
  return NextResponse.json(await changeJoinCode(getDb(), instructor.id, classId, action));
});
