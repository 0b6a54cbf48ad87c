import type { Database } from "@/db";
import { accountHistory } from "@/db/queries/users";

const DAY = 86_400_000;

/** "Welcome back" is for someone who has been here before: they have studied or taught, or the account is older than a day. */
export async function isReturningUser(db: Database, userId: string, now: number): Promise<boolean> {
  const history = await accountHistory(db, userId);
  return history !== null && (history.active || now - history.createdAt > DAY);
}
