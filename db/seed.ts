import bcrypt from "bcrypt";
import { env, type Env } from "@/env";
import type { Database } from "./index";
import { countUsers, createUser, findLoginByEmail } from "./queries/users";
import { seedDemoHistory } from "./seed-history";

export const DEMO_PASSWORD = "demarc-demo";
export const DEMO_ACCOUNTS = [
  { email: "student@example.com", name: "Demo Student", role: "student" },
  { email: "instructor@example.com", name: "Demo Instructor", role: "instructor" },
] as const;

export interface DemoSeeding {
  seed: boolean;
  /** For the start-up log: why a public deployment does or does not get the published password. */
  warning?: string;
}

/**
 * Whether this deployment has the demo accounts. DEMARC_SEED_DEMO decides when set. Unset, they
 * are seeded (so `npm install && npm start` shows them), except on a public production deployment
 * (NODE_ENV=production and a NEXTAUTH_URL that is not localhost), where a known-password
 * instructor would be an open door.
 */
export function demoSeeding(settings: Env = env()): DemoSeeding {
  const explicit = settings.DEMARC_SEED_DEMO;
  const where = settings.NEXTAUTH_URL ?? "this address";
  if (!settings.publicProduction) return { seed: explicit ?? true };
  if (explicit === true) {
    return {
      seed: true,
      warning: `DEMARC_SEED_DEMO is on for a public deployment (${where}): anyone can sign in as ${DEMO_ACCOUNTS.map((a) => a.email).join(" or ")} with the published password "${DEMO_PASSWORD}". Unset it unless this is a demo.`,
    };
  }
  if (explicit === false)
    return { seed: false, warning: `demo accounts are off (DEMARC_SEED_DEMO=${process.env.DEMARC_SEED_DEMO?.trim()}).` };
  return {
    seed: false,
    warning: `demo accounts not seeded: this is a public production deployment (${where}) and DEMARC_SEED_DEMO is not set. Set DEMARC_SEED_DEMO=1 to seed them anyway; create real accounts with \`npm run users -- create-instructor\`.`,
  };
}

export function demoSeedingEnabled(): boolean {
  return demoSeeding().seed;
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

/** Demo accounts in this database that still have the published password (seeded before the deployment went public). */
export async function demoAccountsWithPublishedPassword(db: Database): Promise<string[]> {
  const open: string[] = [];
  for (const { email } of DEMO_ACCOUNTS) {
    const login = await findLoginByEmail(db, email);
    if (login && (await bcrypt.compare(DEMO_PASSWORD, login.passwordHash))) open.push(email);
  }
  return open;
}
