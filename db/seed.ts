import bcrypt from "bcrypt";
import { env } from "@/env";
import type { Database } from "./index";
import { countUsers, createUser } from "./queries/users";
import { seedDemoHistory } from "./seed-history";

export const DEMO_PASSWORD = "demarc-demo";
export const DEMO_ACCOUNTS = [
  { email: "student@example.com", name: "Demo Student", role: "student" },
  { email: "instructor@example.com", name: "Demo Instructor", role: "instructor" },
] as const;

/** DEMARC_SEED_DEMO: on by default; 0/false/no/off turn it off (the demo password is published). */
export function demoSeedingEnabled(): boolean {
  return env().DEMARC_SEED_DEMO;
}

/** Seeds the demo accounts into an empty database; does nothing once anyone has an account. */
export async function seedDemoAccounts(db: Database): Promise<boolean> {
  if (!demoSeedingEnabled() || (await countUsers(db)) > 0) return false;
  const passwordHash = await bcrypt.hash(DEMO_PASSWORD, 10);
  for (const account of DEMO_ACCOUNTS) {
    const user = await createUser(db, { ...account, passwordHash });
    // Two months of reviews and a few mock exams, so /stats has something to show.
    if (account.role === "student") await seedDemoHistory(db, user.id, Date.now());
  }
  return true;
}
