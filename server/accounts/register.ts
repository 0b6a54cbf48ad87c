import { getDb } from "@/db";
import { createUser, DuplicateEmailError, type PublicUser } from "@/db/queries/users";
import { hitRateLimit } from "@/db/queries/rate-limits";
import { hashPassword } from "@/server/accounts/passwords";
import { registrationSchema } from "@/server/accounts/input";
import { REGISTER_PER_IP } from "@/server/rate-limit-rules";

export type RegisterResult =
  | { ok: true; data: PublicUser }
  | { ok: false; code: "bad_request" | "conflict" | "rate_limited"; message: string; fieldErrors?: Record<string, string[]>; retryAfterSeconds?: number };

/** Shared by the register page's server action and POST /api/register. */
export async function registerAccount(input: unknown, ip: string): Promise<RegisterResult> {
  const parsed = registrationSchema.safeParse(input);
  if (!parsed.success) {
    const fieldErrors: Record<string, string[]> = {};
    for (const issue of parsed.error.issues) (fieldErrors[String(issue.path[0] ?? "form")] ??= []).push(issue.message);
    return { ok: false, code: "bad_request", message: "Check the highlighted fields.", fieldErrors };
  }
  const db = getDb();
  const limit = await hitRateLimit(db, `register:ip:${ip}`, REGISTER_PER_IP);
  if (!limit.allowed) {
    return {
      ok: false,
      code: "rate_limited",
      message: "Too many accounts were created from your network. Try again later.",
      retryAfterSeconds: limit.retryAfterSeconds,
    };
  }
  try {
    const passwordHash = await hashPassword(parsed.data.password);
    const user = await createUser(db, { ...parsed.data, passwordHash });
    return { ok: true, data: user };
  } catch (error) {
    if (error instanceof DuplicateEmailError) {
      return {
        ok: false,
        code: "conflict",
        message: "An account with this email already exists.",
        fieldErrors: { email: ["An account with this email already exists. Sign in instead?"] },
      };
    }
    throw error;
  }
}
