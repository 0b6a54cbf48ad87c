import { NextResponse } from "next/server";
import { apiRoute, ApiError } from "@/app/_lib/api";
import { clientIp } from "@/app/_lib/client-ip";
import { registerAccount } from "@/server/accounts/register";
import { getDb } from "@/server/db";

export const POST = apiRoute(async (request: Request) => {
  const body: unknown = await request.json().catch(() => {
    throw new ApiError("bad_request", "The request body must be valid JSON.");
  });
  const { id, email, name, role } = await registerAccount(getDb(), body, clientIp(request.headers));
  return NextResponse.json({ id, email, name, role }, { status: 201 });
});
