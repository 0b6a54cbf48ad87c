import NextAuth from "next-auth";
import type { NextRequest } from "next/server";
import { authOptions } from "@/app/_lib/auth";
import { domainErrorResponse } from "@/app/_lib/api";
import { clientIp } from "@/app/_lib/client-ip";
import { assertSignInAllowed } from "@/server/accounts/sign-in";
import { getDb } from "@/server/db";
import { RateLimited } from "@/server/errors";

const handler = NextAuth(authOptions) as (request: NextRequest, context: RouteContext<"/api/auth/[...nextauth]">) => Promise<Response>;

/** Refuses a sign-in with 429 once an email or an address has failed too often. */
async function signInRefusal(request: NextRequest): Promise<Response | null> {
  let email = "";
  try {
    const form = await request.clone().formData();
    email = String(form.get("email") ?? "");
  } catch {
    return null;
  }
  try {
    await assertSignInAllowed(getDb(), email, clientIp(request.headers));
    return null;
  } catch (error) {
    if (error instanceof RateLimited) return domainErrorResponse(error);
    throw error;
  }
}

export async function GET(request: NextRequest, context: RouteContext<"/api/auth/[...nextauth]">) {
  return handler(request, context);
}

export async function POST(request: NextRequest, context: RouteContext<"/api/auth/[...nextauth]">) {
  const { nextauth } = await context.params;
  if (nextauth[0] === "callback" && nextauth[1] === "credentials") {
    const refusal = await signInRefusal(request);
    if (refusal) return refusal;
  }
  return handler(request, context);
}
