import { NextResponse } from "next/server";
import { apiRoute, jsonError } from "@/app/_lib/api";
import { clientIp } from "@/app/_lib/client-ip";
import { registerAccount } from "@/server/accounts/register";

export const POST = apiRoute(async (request: Request) => {
  let body: unknown;
  try {
    body = await request.json();
  } catch {
    return jsonError("bad_request", "The request body must be valid JSON.");
  }
  const result = await registerAccount(body, clientIp(request.headers));
  if (!result.ok) return jsonError(result.code, result.message, result);
  const { id, email, name, role } = result.data;
  return NextResponse.json({ id, email, name, role }, { status: 201 });
});
