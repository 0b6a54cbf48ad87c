import { encode } from "next-auth/jwt";
import { afterEach, describe, expect, it } from "vitest";
import { authSecret } from "@/app/_lib/auth-secret";
import { userOfSessionToken } from "@/app/_lib/session";

const claims = { sub: "u-1", uid: "u-1", role: "student" as const, name: "Ada", email: "ada@example.com" };

describe("reading a session token (decoded once per process, kept until it expires)", () => {
  const saved = process.env.NEXTAUTH_SECRET;
  afterEach(() => {
    if (saved === undefined) delete process.env.NEXTAUTH_SECRET;
    else process.env.NEXTAUTH_SECRET = saved;
  });

  it("reads the user from a valid token, the same on every request", async () => {
    const token = await encode({ token: claims, secret: authSecret() });
    const expected = { id: "u-1", role: "student", name: "Ada", email: "ada@example.com" };
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
