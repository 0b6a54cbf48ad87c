import type { Database } from "@/db";
import { findLoginByEmail, normaliseEmail } from "@/db/queries/users";
import { hitRateLimit, peekRateLimit } from "@/db/queries/rate-limits";
import type { Role } from "@/db/schema";
import { verifyPassword } from "@/server/accounts/passwords";
import { RateLimited } from "@/server/errors";
import { SIGN_IN_PER_EMAIL, SIGN_IN_PER_IP } from "@/server/rate-limit-rules";

export type { Role };

export interface SignedInUser {
  id: string;
  email: string;
  name: string;
  role: Role;
  /** Goes into the session token: a password change or "sign out everywhere" bumps it. */
  sessionVersion: number;
}

/**
 * The account for an email and password, or null. Unknown email and wrong password cost the same;
 * each failure counts against the email and the address.
 */
export async function checkCredentials(db: Database, email: string, password: string, ip: string): Promise<SignedInUser | null> {
  const user = await findLoginByEmail(db, email);
  const valid = await verifyPassword(password, user?.passwordHash);
  if (!valid || !user) {
    await hitRateLimit(db, `sign-in:email:${normaliseEmail(email)}`, SIGN_IN_PER_EMAIL);
    await hitRateLimit(db, `sign-in:ip:${ip}`, SIGN_IN_PER_IP);
    return null;
  }
  return { id: user.id, email: user.email, name: user.name, role: user.role, sessionVersion: user.sessionVersion };
}

/** Refuses a sign-in once the email or the address has failed too often (without counting this try). */
export async function assertSignInAllowed(db: Database, email: string, ip: string) {
  const checks = await Promise.all([
    peekRateLimit(db, `sign-in:ip:${ip}`, SIGN_IN_PER_IP),
    email ? peekRateLimit(db, `sign-in:email:${normaliseEmail(email)}`, SIGN_IN_PER_EMAIL) : null,
  ]);
  const blocked = checks.find((check) => check && !check.allowed);
  if (!blocked) return;
  const minutes = Math.ceil(blocked.retryAfterSeconds / 60);
  throw new RateLimited(
    `Too many failed sign-in attempts. Try again in ${minutes} minute${minutes === 1 ? "" : "s"}.`,
    blocked.retryAfterSeconds,
  );
}
