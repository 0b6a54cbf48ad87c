import type { Database } from "@/db";
import { findLoginById } from "@/db/queries/users";
import { hitRateLimit, peekRateLimit } from "@/db/queries/rate-limits";
import { passwordChangeSchema } from "@/server/accounts/input";
import { hashPassword, verifyPassword } from "@/server/accounts/passwords";
import { endSessions } from "@/server/accounts/sessions";
import { Invalid, NotFound, parseInput, RateLimited } from "@/server/errors";
import { PASSWORD_CHANGE_PER_USER } from "@/server/rate-limit-rules";

const TOO_MANY = (seconds: number) => `Too many wrong current passwords. Try again in ${Math.ceil(seconds / 60)} minutes.`;

/**
 * A new password, given the current one. Every other session of the user ends (their tokens carry
 * the old session version); the returned version is for the session that asked, which stays.
 */
export async function changePassword(db: Database, userId: string, input: unknown): Promise<{ sessionVersion: number }> {
  const { currentPassword, newPassword } = parseInput(
    passwordChangeSchema,
    input,
    "Your password was not changed: check the highlighted fields.",
  );
  const limitKey = `password-change:user:${userId}`;
  const limit = await peekRateLimit(db, limitKey, PASSWORD_CHANGE_PER_USER);
  if (!limit.allowed) throw new RateLimited(TOO_MANY(limit.retryAfterSeconds), limit.retryAfterSeconds);
  const login = await findLoginById(db, userId);
  if (!login) throw new NotFound("No such account.");
  if (!(await verifyPassword(currentPassword, login.passwordHash))) {
    await hitRateLimit(db, limitKey, PASSWORD_CHANGE_PER_USER);
    throw new Invalid("Your password was not changed: the current password is wrong.", {
      currentPassword: ["That is not your current password."],
    });
  }
  if (newPassword === currentPassword)
    throw new Invalid("Your password was not changed.", { newPassword: ["Choose a password different from the current one."] });
  const sessionVersion = await endSessions(db, userId, { passwordHash: await hashPassword(newPassword) });
  if (sessionVersion === undefined) throw new NotFound("No such account.");
  return { sessionVersion };
}
