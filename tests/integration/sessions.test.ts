import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db";
import { users } from "@/db/schema";
import { createUser } from "@/db/queries/users";
import { changePassword } from "@/server/accounts/change-password";
import { hashPassword } from "@/server/accounts/passwords";
import { CACHE_TTL_MS, endSessions, forgetCachedSessionVersions, sessionIsCurrent } from "@/server/accounts/sessions";
import { checkCredentials } from "@/server/accounts/sign-in";

const PASSWORD = "the first password";

async function account() {
  const email = `session-${randomUUID()}@example.com`;
  const user = await createUser(getDb(), { email, name: "Session Person", passwordHash: await hashPassword(PASSWORD), role: "student" });
  return { ...user, email };
}

describe("revocable sessions", () => {
  it("a sign-in carries the account's session version, and only that version is current", async () => {
    const user = await account();
    const signedIn = await checkCredentials(getDb(), user.email, PASSWORD, "203.0.113.1");
    expect(signedIn?.sessionVersion).toBe(0);
    expect(await sessionIsCurrent(getDb(), user.id, 0)).toBe(true);
    // Tokens from before session versions existed carry none: they count as version 0.
    expect(await sessionIsCurrent(getDb(), user.id, undefined)).toBe(true);
    expect(await sessionIsCurrent(getDb(), user.id, 1)).toBe(false);
    expect(await sessionIsCurrent(getDb(), randomUUID(), 0)).toBe(false);
  });

  it("a password change needs the current password, ends other sessions and keeps the one that asked", async () => {
    const user = await account();
    await expect(
      changePassword(getDb(), user.id, { currentPassword: "not it at all", newPassword: "a brand new password" }),
    ).rejects.toMatchObject({
      code: "bad_request",
      fieldErrors: { currentPassword: ["That is not your current password."] },
    });
    await expect(changePassword(getDb(), user.id, { currentPassword: PASSWORD, newPassword: "short" })).rejects.toMatchObject({
      fieldErrors: { newPassword: [expect.stringMatching(/at least 10/)] },
    });
    expect(await sessionIsCurrent(getDb(), user.id, 0)).toBe(true);

    const { sessionVersion } = await changePassword(getDb(), user.id, { currentPassword: PASSWORD, newPassword: "a brand new password" });
    expect(sessionVersion).toBe(1);
    expect(await sessionIsCurrent(getDb(), user.id, 0)).toBe(false);
    expect(await sessionIsCurrent(getDb(), user.id, 1)).toBe(true);
    expect(await checkCredentials(getDb(), user.email, PASSWORD, "203.0.113.1")).toBeNull();
    expect((await checkCredentials(getDb(), user.email, "a brand new password", "203.0.113.1"))?.sessionVersion).toBe(1);
  });

  it("stops guessing the current password after 10 wrong tries, even when the 11th is right", async () => {
    const user = await account();
    for (let i = 0; i < 10; i++) {
      await expect(
        changePassword(getDb(), user.id, { currentPassword: `guess number ${i}`, newPassword: "a brand new password" }),
      ).rejects.toMatchObject({ code: "bad_request" });
    }
    await expect(
      changePassword(getDb(), user.id, { currentPassword: PASSWORD, newPassword: "a brand new password" }),
    ).rejects.toMatchObject({ code: "rate_limited" });
  });

  it("signing out everywhere ends every token issued so far", async () => {
    const user = await account();
    expect(await endSessions(getDb(), user.id)).toBe(1);
    expect(await sessionIsCurrent(getDb(), user.id, 0)).toBe(false);
  });

  it("a change made by another process is seen here within the cache's time to live", async () => {
    const user = await account();
    const t = Date.now();
    expect(await sessionIsCurrent(getDb(), user.id, 0, t)).toBe(true);
    // Another server process bumps the version straight in the database.
    await getDb().update(users).set({ sessionVersion: 1 }).where(eq(users.id, user.id));
    expect(await sessionIsCurrent(getDb(), user.id, 0, t + CACHE_TTL_MS - 1)).toBe(true);
    expect(await sessionIsCurrent(getDb(), user.id, 0, t + CACHE_TTL_MS)).toBe(false);
    forgetCachedSessionVersions();
  });
});
