import { DEMO_ACCOUNTS, DEMO_PASSWORD, demoSeedingEnabled } from "@/db/seed";

/** The demo accounts to show on the sign-in page, or null when this deployment does not seed them. */
export function demoAccounts(): { emails: string[]; password: string } | null {
  return demoSeedingEnabled() ? { emails: DEMO_ACCOUNTS.map((a) => a.email), password: DEMO_PASSWORD } : null;
}
