import { randomUUID } from "node:crypto";
import { eq, sql } from "drizzle-orm";
import type { Database } from "../index";
import { firstRow } from "../first-row";
import { users, type Role } from "../schema";

export interface PublicUser {
  id: string;
  email: string;
  name: string;
  role: Role;
  createdAt: number;
}

const publicColumns = {
  id: users.id,
  email: users.email,
  name: users.name,
  role: users.role,
  createdAt: users.createdAt,
};

export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

export class DuplicateEmailError extends Error {
  constructor() {
    super("An account with this email already exists");
  }
}

export async function createUser(
  db: Database,
  input: { email: string; name: string; passwordHash: string; role: Role },
  now = Date.now(),
): Promise<PublicUser> {
  const user = { id: randomUUID(), ...input, email: normaliseEmail(input.email), createdAt: now };
  try {
    await db.insert(users).values(user);
  } catch (error) {
    if (String((error as Error)?.message ?? error).includes("UNIQUE") || String((error as { cause?: unknown }).cause).includes("UNIQUE")) {
      throw new DuplicateEmailError();
    }
    throw error;
  }
  return { id: user.id, email: user.email, name: user.name, role: user.role, createdAt: now };
}

const loginColumns = { ...publicColumns, passwordHash: users.passwordHash, sessionVersion: users.sessionVersion };

/** The login queries, the only ones that read a password hash: sign-in, and the current password of a password change. */
export async function findLoginByEmail(db: Database, email: string) {
  return firstRow(
    db
      .select(loginColumns)
      .from(users)
      .where(eq(users.email, normaliseEmail(email)))
      .limit(1),
  );
}

export async function findLoginById(db: Database, id: string) {
  return firstRow(db.select(loginColumns).from(users).where(eq(users.id, id)).limit(1));
}

/** The version every session token of this user must carry; undefined when the account is gone. */
export async function sessionVersionOf(db: Database, id: string): Promise<number | undefined> {
  const [row] = await db.select({ sessionVersion: users.sessionVersion }).from(users).where(eq(users.id, id)).limit(1);
  return row?.sessionVersion;
}

/** Ends every session of this user issued so far (optionally with a new password or role): the new version, or undefined for no such user. */
export async function bumpSessionVersion(
  db: Database,
  id: string,
  change: { passwordHash?: string; role?: Role } = {},
): Promise<number | undefined> {
  const [row] = await db
    .update(users)
    .set({ ...change, sessionVersion: sql`${users.sessionVersion} + 1` })
    .where(eq(users.id, id))
    .returning({ sessionVersion: users.sessionVersion });
  return row?.sessionVersion;
}

export async function findUserByEmail(db: Database, email: string): Promise<PublicUser | undefined> {
  const [row] = await db
    .select(publicColumns)
    .from(users)
    .where(eq(users.email, normaliseEmail(email)))
    .limit(1);
  return row;
}

export async function allUsers(db: Database): Promise<PublicUser[]> {
  return db.select(publicColumns).from(users).orderBy(users.role, users.email);
}

export async function findUserById(db: Database, id: string): Promise<PublicUser | undefined> {
  return firstRow(db.select(publicColumns).from(users).where(eq(users.id, id)).limit(1));
}

export async function countUsers(db: Database): Promise<number> {
  const [row] = await db.select({ count: sql<number>`count(*)` }).from(users);
  return Number(row?.count ?? 0);
}

/** When the account was made, and whether its owner has done anything yet: a review, an exam, a class joined or taught. */
export async function accountHistory(db: Database, userId: string) {
  const [row] = await db.all<{ createdAt: number; active: number }>(sql`
    select u.created_at as createdAt,
      exists(select 1 from review_log where user_id = ${userId} and reverted_at is null)
        or exists(select 1 from exam_attempts where user_id = ${userId})
        or exists(select 1 from class_members where user_id = ${userId})
        or exists(select 1 from classes where instructor_id = ${userId}) as active
    from users u where u.id = ${userId}`);
  return row ? { createdAt: Number(row.createdAt), active: Boolean(row.active) } : null;
}
