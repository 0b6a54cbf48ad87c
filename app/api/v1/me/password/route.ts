import { NextResponse } from "next/server";
import { apiRoute, readJsonBody } from "@/app/_lib/api";
import { keepSession, requireUser } from "@/app/_lib/session";
import { changePassword } from "@/server/accounts/change-password";
import { getDb } from "@/server/db";

/** A new password, given the current one: every other session ends; this one goes on. */
export const POST = apiRoute(async (request: Request) => {
  const user = await requireUser();
  const { sessionVersion } = await changePassword(getDb(), user.id, await readJsonBody(request));
  await keepSession(user, sessionVersion);
  return NextResponse.json({ changed: true, otherSessionsEnded: true });
});
