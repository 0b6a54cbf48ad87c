import { NextResponse } from "next/server";
import { apiRoute } from "@/app/_lib/api";
import { requireUser } from "@/app/_lib/session";
import { clearSessionToken } from "@/app/_lib/session-cookie";
import { endSessions } from "@/server/accounts/sessions";
import { getDb } from "@/server/db";

/** Sign out of every device, this one included. */
export const DELETE = apiRoute(async () => {
  const user = await requireUser();
  await endSessions(getDb(), user.id);
  await clearSessionToken();
  return NextResponse.json({ signedOut: true });
});
