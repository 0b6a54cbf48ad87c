/**
 * What an operator does from the command line (`npm run users`), for a deployment with no email:
 * create an instructor, reset a forgotten password, change a role, list accounts. A new password
 * or role ends every session of that account (server/accounts/sessions.ts).
 */
import { randomBytes } from "node:crypto";
import { z } from "zod";
import type { Database } from "@/db";
import { allUsers, createUser, DuplicateEmailError, findUserByEmail, type PublicUser } from "@/db/queries/users";
import { ROLES, type Role } from "@/db/schema";
import { registrationSchema } from "@/server/accounts/input";
import { hashPassword } from "@/server/accounts/passwords";
import { endSessions } from "@/server/accounts/sessions";
import { Conflict, NotFound, parseInput } from "@/server/errors";

/** A password to hand over in person: 16 characters from 96 random bits. */
export function generatePassword(): string {
  return randomBytes(12).toString("base64url");
}

const passwordSchema = registrationSchema.shape.password;

export async function createInstructor(db: Database, input: { email: string; name: string; password: string }): Promise<PublicUser> {
  const account = parseInput(registrationSchema, { ...input, role: "instructor" }, "The account was not created.");
  try {
    return await createUser(db, { ...account, passwordHash: await hashPassword(account.password) });
  } catch (error) {
    if (error instanceof DuplicateEmailError)
      throw new Conflict(`An account with the email ${account.email} already exists: use reset-password or set-role.`);
    throw error;
  }
}

async function accountByEmail(db: Database, email: string): Promise<PublicUser> {
  const user = await findUserByEmail(db, email);
  if (!user) throw new NotFound(`No account has the email ${email}.`);
  return user;
}

export async function resetPassword(db: Database, email: string, password: string): Promise<PublicUser> {
  const valid = parseInput(z.object({ password: passwordSchema }), { password }, "The password was not changed.");
  const user = await accountByEmail(db, email);
  await endSessions(db, user.id, { passwordHash: await hashPassword(valid.password) });
  return user;
}

export async function setRole(db: Database, email: string, role: string): Promise<PublicUser> {
  const valid = parseInput(z.object({ role: z.enum(ROLES, `The role is ${ROLES.join(" or ")}.`) }), { role }, "The role was not changed.");
  const user = await accountByEmail(db, email);
  // The role travels in the session token: signing them out makes their next sign-in carry the new one.
  await endSessions(db, user.id, { role: valid.role as Role });
  return { ...user, role: valid.role as Role };
}

export function listAccounts(db: Database): Promise<PublicUser[]> {
  return allUsers(db);
}
