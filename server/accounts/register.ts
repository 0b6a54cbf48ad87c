import type { Database } from "@/db";
import { createUser, DuplicateEmailError, type PublicUser } from "@/db/queries/users";
import { hitRateLimit } from "@/db/queries/rate-limits";
import { saveLearnerSettings } from "@/db/queries/settings";
import { Conflict, parseInput, RateLimited } from "@/server/errors";
import { hashPassword } from "@/server/accounts/passwords";
import { registrationSchema } from "@/server/accounts/input";
import { REGISTER_PER_IP } from "@/server/rate-limit-rules";

const TAKEN = "An account with this email already exists.";

/** Shared by the register page's server action and POST /api/register. */
export async function registerAccount(db: Database, input: unknown, ip: string): Promise<PublicUser> {
  const account = parseInput(registrationSchema, input, "Check the highlighted fields.");
  const limit = await hitRateLimit(db, `register:ip:${ip}`, REGISTER_PER_IP);
  if (!limit.allowed) throw new RateLimited("Too many accounts were created from your network. Try again later.", limit.retryAfterSeconds);
  const { timeZone, password, ...person } = account;
  let user: PublicUser;
  try {
    user = await createUser(db, { ...person, passwordHash: await hashPassword(password) });
  } catch (error) {
    if (error instanceof DuplicateEmailError) throw new Conflict(TAKEN, { email: [`${TAKEN} Sign in instead?`] });
    throw error;
  }
  if (timeZone) await saveLearnerSettings(db, user.id, { timeZone });
  return user;
}
