import { forgetAccountSessions } from "@/server/accounts/sessions";
import type { Database } from "@/db";
import { deleteAccountData, instructorByEmail } from "@/db/queries/account-data";
import { classSummariesOfInstructor } from "@/db/queries/classes";
import { findUserById, normaliseEmail } from "@/db/queries/users";
import { Invalid, NotFound, parseInput } from "@/server/errors";
import { deleteAccountSchema } from "@/server/accounts/input";
import { assertSignInAllowed, checkCredentials } from "@/server/accounts/sign-in";
import type { DeletedAccount } from "@/server/accounts/types";

const WRONG_PASSWORD = "That password is not right. Nothing was deleted.";

/**
 * Deletes the account after checking its password (a wrong one counts as a failed sign-in, with the
 * same limits). An instructor who teaches classes must hand them over to another instructor or
 * delete them, every student's attempts included; nothing is deleted until one is chosen.
 */
export async function deleteAccount(db: Database, userId: string, input: unknown, ip: string): Promise<DeletedAccount> {
  const { password, handOverTo, deleteClasses } = parseInput(
    deleteAccountSchema,
    input,
    "Nothing was deleted: check the highlighted fields.",
  );
  const account = await findUserById(db, userId);
  if (!account) throw new NotFound("No such account.");
  await assertSignInAllowed(db, account.email, ip);
  const checked = await checkCredentials(db, account.email, password, ip);
  if (checked?.id !== userId) throw new Invalid(WRONG_PASSWORD, { password: [WRONG_PASSWORD] });

  const taught = await classSummariesOfInstructor(db, userId);
  let successorId: string | undefined;
  if (taught.length > 0) {
    const names = taught.map((c) => `“${c.name}”`).join(", ");
    if (handOverTo && deleteClasses)
      throw new Invalid("Hand your classes over or delete them, not both.", {
        handOverTo: ["Leave this empty to delete the classes instead."],
      });
    if (handOverTo) {
      const successor = await instructorByEmail(db, normaliseEmail(handOverTo));
      if (!successor || successor.id === userId) {
        throw new Invalid("Nothing was deleted: that email is not another instructor's account.", {
          handOverTo: ["No other instructor has an account with this email."],
        });
      }
      successorId = successor.id;
    } else if (!deleteClasses) {
      const message = `You teach ${taught.length === 1 ? "a class" : `${taught.length} classes`} (${names}). Hand ${taught.length === 1 ? "it" : "them"} over to another instructor, or delete ${taught.length === 1 ? "it" : "them"} with every student's attempts and answers. Nothing was deleted.`;
      throw new Invalid(message, { handOverTo: [message] });
    }
  }
  const { classesHandedOver, classesDeleted } = await deleteAccountData(db, userId, {
    handOverClassesTo: successorId,
    rateLimitKeys: [
      `join:user:${userId}`,
      `optimize:${userId}`,
      `password-change:user:${userId}`,
      `sign-in:email:${normaliseEmail(account.email)}`,
    ],
  });
  // Sessions on the learner's other devices end at their next request, not when the cache expires.
  forgetAccountSessions(userId);
  return { deleted: true, classesHandedOver, classesDeleted };
}
