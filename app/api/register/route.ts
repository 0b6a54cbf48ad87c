import { NextResponse } from "next/server";
import { apiRoute, readJsonBody } from "@/app/_lib/api";
import { clientIp } from "@/app/_lib/client-ip";
import { registerAccount } from "@/server/accounts/register";
import { getDb } from "@/server/db";

export const POST = apiRoute(async (request: Request) => {
  const { id, email, name, role } = await registerAccount(getDb(), await readJsonBody(request), clientIp(request.headers));
  return NextResponse.json({ id, email, name, role }, { status: 201 });
});
