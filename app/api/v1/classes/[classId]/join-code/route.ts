import { NextResponse } from "next/server";
import { parseJsonBody } from "@/app/_lib/api";
import { instructorRoute } from "@/app/_lib/instructor-route";
import { joinCodeActionSchema } from "@/server/classes/input";
import { changeJoinCode } from "@/server/classes/classes";
import { getDb } from "@/server/db";

/** rotate: a new code (the old one stops working); disable / enable: turn joining off or on. */
export const POST = instructorRoute<{ classId: string }>(async (request, { instructorId, classId }) => {
  const { action } = await parseJsonBody(request, joinCodeActionSchema);
  return NextResponse.json(await changeJoinCode(getDb(), instructorId, classId, action));
});
