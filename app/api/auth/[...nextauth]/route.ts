import NextAuth from "next-auth";
import type { NextRequest } from "next/server";
import { authOptions } from "@/app/_lib/auth";
import { jsonError } from "@/app/_lib/api";
import { clientIp } from "@/app/_lib/client-ip";
import { SIGN_IN_PER_EMAIL, SIGN_IN_PER_IP } from "@/server/rate-limit-rules";
import { getDb } from "@/db";
import { peekRateLimit } from "@/db/queries/rate-limits";
import { normaliseEmail } from "@/db/queries/users";

type Context = { params: Promise<{ nextauth: string[] }> };

const handler = NextAuth(authOptions) as (request: NextRequest, context: Context) => Promise<Response>;

/** Refuses a sign-in with 429 once an email or an address has failed too often. */
async function signInRefusal(request: NextRequest): Promise<Response | null> {
  let email = "";
  try {
    const form = await request.clone().formData();
    email = String(form.get("email") ?? "");
  } catch {
    return null;
  }
  const db = getDb();
  const checks = await Promise.all([
    peekRateLimit(db, `sign-in:ip:${clientIp(request.headers)}`, SIGN_IN_PER_IP),
    email ? peekRateLimit(db, `sign-in:email:${normaliseEmail(email)}`, SIGN_IN_PER_EMAIL) : null,
  ]);
  const blocked = checks.find((check) => check && !check.allowed);
  if (!blocked) return null;
  const minutes = Math.ceil(blocked.retryAfterSeconds / 60);
  return jsonError("rate_limited", `Too many failed sign-in attempts. Try again in ${minutes} minute${minutes === 1 ? "" : "s"}.`, {
    retryAfterSeconds: blocked.retryAfterSeconds,
  });
}

export async function GET(request: NextRequest, context: Context) {
  return handler(request, context);
}

export async function POST(request: NextRequest, context: Context) {
  const { nextauth } = await context.params;
  if (nextauth[0] === "callback" && nextauth[1] === "credentials") {
    const refusal = await signInRefusal(request);
    if (refusal) return refusal;
  }
  return handler(request, context);
}
