import { NextResponse } from "next/server";
import { apiRoute, parseJsonBody } from "@/app/_lib/api";
import { requireUser } from "@/app/_lib/session";
import { clientIp } from "@/app/_lib/client-ip";
import { joinClassSchema } from "@/server/classes/input";
import { joinClass } from "@/server/classes/classes";
import { getDb } from "@/server/db";

export const POST = apiRoute(async (request: Request) => {
  const student = await requireUser("student");
  const { code } = await parseJsonBody(request, joinClassSchema);
  return NextResponse.json(await joinClass(getDb(), student.id, clientIp(request.headers), code, Date.now()));
});
