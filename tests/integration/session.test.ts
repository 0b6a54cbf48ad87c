import { randomUUID } from "node:crypto";
import { encode } from "next-auth/jwt";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { authSecret } from "@/app/_lib/auth-secret";
import { userOfSessionToken } from "@/app/_lib/session";
import { getDb } from "@/db";
import { createUser } from "@/db/queries/users";

// A real account: a token is honoured only while its session version is the account's.
const claims = { sub: "", uid: "", role: "student" as const, name: "Ada", email: "" };
beforeAll(async () => {
  const user = await createUser(getDb(), { email: `ada-${randomUUID()}@example.com`, name: "Ada", passwordHash: "x", role: "student" });
  Object.assign(claims, { sub: user.id, uid: user.id, email: user.email });
});

describe("reading a session token (decoded once per process, kept until it expires)", () => {
  const saved = process.env.NEXTAUTH_SECRET;
  afterEach(() => {
    if (saved === undefined) delete process.env.NEXTAUTH_SECRET;
    else process.env.NEXTAUTH_SECRET = saved;
  });

  it("reads the user from a valid token, the same on every request", async () => {
    const token = await encode({ token: claims, secret: authSecret() });
    const expected = { id: claims.uid, role: "student", name: "Ada", email: claims.email };
    expect(await userOfSessionToken(token)).toEqual(expected);
    expect(await userOfSessionToken(token)).toEqual(expected);
  });

  it("refuses a token once it has expired, even though it was read before", async () => {
    const token = await encode({ token: claims, secret: authSecret(), maxAge: 60 });
    expect(await userOfSessionToken(token)).not.toBeNull();
    expect(await userOfSessionToken(token, Date.now() + 59_000)).not.toBeNull();
    expect(await userOfSessionToken(token, Date.now() + 61_000)).toBeNull();
  });

  it("refuses tokens made with another secret, tampered with, or without a role", async () => {
    const foreign = await encode({ token: claims, secret: "someone else's secret, long enough to look real" });
    expect(await userOfSessionToken(foreign)).toBeNull();
    const token = await encode({ token: claims, secret: authSecret() });
    expect(await userOfSessionToken(`${token.slice(0, -4)}AAAA`)).toBeNull();
    expect(await userOfSessionToken("not-a-token")).toBeNull();
    const roleless = await encode({ token: { sub: "u-2", uid: "u-2" }, secret: authSecret() });
    expect(await userOfSessionToken(roleless)).toBeNull();
  });

  it("refuses every token the moment the secret changes, read before or not", async () => {
    process.env.NEXTAUTH_SECRET = "the first secret, thirty-two characters or more";
    const token = await encode({ token: claims, secret: authSecret() });
    expect(await userOfSessionToken(token)).not.toBeNull();
    process.env.NEXTAUTH_SECRET = "a rotated secret, also thirty-two characters long";
    expect(await userOfSessionToken(token)).toBeNull();
  });
});
