import { NextResponse } from "next/server";
import { apiRoute, readJsonBody } from "@/app/_lib/api";
import { clientIp } from "@/app/_lib/client-ip";
import { requireUser } from "@/app/_lib/session";
import { deleteAccount } from "@/server/accounts/delete-account";
import { getDb } from "@/server/db";

export const GET = apiRoute(async () => {
  const user = await requireUser();
  return NextResponse.json({ user });
});

const SESSION_COOKIES = ["next-auth.session-token", "__Secure-next-auth.session-token"];

/** Deletes the account (password confirmed) and signs this browser out. */
export const DELETE = apiRoute(async (request: Request) => {
  const user = await requireUser();
  const result = await deleteAccount(getDb(), user.id, await readJsonBody(request), clientIp(request.headers));
  const response = NextResponse.json(result);
  for (const name of SESSION_COOKIES)
    response.cookies.set(name, "", { maxAge: 0, path: "/", httpOnly: true, sameSite: "lax", secure: name.startsWith("__Secure-") });
  return response;
});
