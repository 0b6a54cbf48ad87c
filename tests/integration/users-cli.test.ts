import { spawnSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db";
import { findUserByEmail, sessionVersionOf } from "@/db/queries/users";
import { checkCredentials } from "@/server/accounts/sign-in";

/** `npm run users -- …` against this test file's database, as an operator would run it. */
function users(args: string[], stdin?: string) {
  const run = spawnSync(process.execPath, [path.resolve("node_modules/tsx/dist/cli.mjs"), "scripts/users.ts", ...args], {
    env: process.env,
    input: stdin,
    encoding: "utf8",
    timeout: 30_000,
  });
  return { status: run.status, out: run.stdout, err: run.stderr };
}

describe("npm run users", () => {
  it("creates an instructor with a generated password that signs in", async () => {
    const created = users(["create-instructor", "--email", "Grace@Example.com", "--name", "Grace Hopper"]);
    expect(created.status, created.err).toBe(0);
    const password = /password: (\S+)/.exec(created.out)?.[1];
    expect(password?.length).toBeGreaterThanOrEqual(16);
    const signedIn = await checkCredentials(getDb(), "grace@example.com", password!, "203.0.113.9");
    expect(signedIn).toMatchObject({ role: "instructor", name: "Grace Hopper" });

    const again = users(["create-instructor", "--email", "grace@example.com", "--name", "Someone Else"]);
    expect(again.status).toBe(1);
    expect(again.err).toMatch(/already exists/);
  });

  it("resets a password from standard input and signs the account out everywhere", async () => {
    const before = await findUserByEmail(getDb(), "grace@example.com");
    const version = await sessionVersionOf(getDb(), before!.id);
    const reset = users(["reset-password", "--email", "grace@example.com", "--password-stdin"], "a password from stdin\n");
    expect(reset.status, reset.err).toBe(0);
    expect(reset.out).not.toContain("a password from stdin");
    expect(await sessionVersionOf(getDb(), before!.id)).toBe(version! + 1);
    expect(await checkCredentials(getDb(), "grace@example.com", "a password from stdin", "203.0.113.9")).not.toBeNull();

    const tooShort = users(["reset-password", "--email", "grace@example.com", "--password-stdin"], "short\n");
    expect(tooShort.status).toBe(1);
    expect(tooShort.err).toMatch(/at least 10 characters/);
  });

  it("changes a role (signing the account out so the next sign-in carries it) and lists accounts", async () => {
    const changed = users(["set-role", "--email", "grace@example.com", "--role", "student"]);
    expect(changed.status, changed.err).toBe(0);
    expect((await findUserByEmail(getDb(), "grace@example.com"))?.role).toBe("student");
    expect(users(["set-role", "--email", "grace@example.com", "--role", "admin"]).status).toBe(1);
    expect(users(["set-role", "--email", "nobody@example.com", "--role", "student"]).err).toMatch(
      /No account has the email nobody@example.com/,
    );

    const list = users(["list"]);
    expect(list.status).toBe(0);
    expect(list.out).toMatch(/student\s+grace@example\.com\s+Grace Hopper/);
    expect(list.out).not.toMatch(/\$2[aby]\$/);
  });

  it("refuses an unknown command or a missing option with usage", () => {
    const unknown = users(["frobnicate"]);
    expect(unknown.status).toBe(2);
    expect(unknown.err).toMatch(/usage:/);
    expect(users(["create-instructor", "--name", "No Email"]).status).toBe(2);
  });
});
