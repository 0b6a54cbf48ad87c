import NextAuth from "next-auth";
import { NextRequest } from "next/server";
import { authOptions } from "@/app/_lib/auth";
import { ApiError, BODY_LIMITS, domainErrorResponse, jsonError, readBody } from "@/app/_lib/api";
import { clientIp } from "@/app/_lib/client-ip";
import { assertSignInAllowed } from "@/server/accounts/sign-in";
import { getDb } from "@/server/db";
import { RateLimited } from "@/server/errors";

const handler = NextAuth(authOptions) as (request: NextRequest, context: RouteContext<"/api/auth/[...nextauth]">) => Promise<Response>;

/** Refuses a sign-in with 429 once an email or an address has failed too often. */
async function signInRefusal(request: NextRequest, form: URLSearchParams): Promise<Response | null> {
  try {
    await assertSignInAllowed(getDb(), form.get("email") ?? "", clientIp(request.headers));
    return null;
  } catch (error) {
    if (error instanceof RateLimited) return domainErrorResponse(error);
    throw error;
  }
}

export async function GET(request: NextRequest, context: RouteContext<"/api/auth/[...nextauth]">) {
  return handler(request, context);
}

/**
 * Sign-in, sign-out and the rest: the body is read here first, under the size limit, and a JSON
 * body that does not parse is refused (next-auth would throw on it), then handed on.
 */
export async function POST(request: NextRequest, context: RouteContext<"/api/auth/[...nextauth]">) {
  let body: Uint8Array<ArrayBuffer>;
  try {
    body = await readBody(request, BODY_LIMITS.small);
  } catch (error) {
    if (error instanceof ApiError) return jsonError(error.code, error.message);
    throw error;
  }
  const text = new TextDecoder().decode(body);
  if (request.headers.get("content-type")?.includes("application/json")) {
    try {
      JSON.parse(text);
    } catch {
      return jsonError("bad_request", "The request body must be valid JSON.");
    }
  }
  const { nextauth } = await context.params;
  if (nextauth[0] === "callback" && nextauth[1] === "credentials") {
    const refusal = await signInRefusal(request, new URLSearchParams(text));
    if (refusal) return refusal;
  }
  return handler(new NextRequest(request.url, { method: "POST", headers: request.headers, body }), context);
}
