import { AsyncLocalStorage } from "node:async_hooks";
import { decode } from "next-auth/jwt";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { env } from "@/env";
import type { Role } from "@/server/accounts/sign-in";
import { ApiError } from "@/app/_lib/api";
import { authSecret } from "@/app/_lib/auth-secret";

export interface SessionUser {
  id: string;
  role: Role;
  name: string;
  email: string;
}

/*
 * Decrypting a session token (JWE, key derived with HKDF) cost about half a millisecond, on every
 * API request. A token never changes, so each one is decoded once per process and kept until it
 * expires. Only tokens that decoded are kept, so made-up tokens cannot fill the cache.
 */
const CACHE_LIMIT = 5_000;
const decoded = new Map<string, { user: SessionUser; expiresAt: number }>();
let decodedWith = "";

/**
 * The one place a session token becomes a user: every page, route and the lean API server come
 * through here. Anything that can end a session before its token expires (a per-user session
 * version bumped on sign-out everywhere or a password change) is checked here, after the cache
 * lookup and before the user is returned, so a cached token is refused the moment it is revoked.
 */
export async function userOfSessionToken(token: string, now = Date.now()): Promise<SessionUser | null> {
  const secret = authSecret();
  if (secret !== decodedWith) {
    decoded.clear();
    decodedWith = secret;
  }
  const known = decoded.get(token);
  if (known) {
    decoded.delete(token);
    if (known.expiresAt <= now) return null;
    decoded.set(token, known);
    return known.user;
  }
  const claims = await decode({ token, secret }).catch(() => null);
  if (!claims?.uid || !claims.role) return null;
  const user: SessionUser = { id: claims.uid, role: claims.role, name: claims.name ?? "", email: claims.email ?? "" };
  if (typeof claims.exp === "number") {
    if (decoded.size >= CACHE_LIMIT) decoded.delete(decoded.keys().next().value!);
    decoded.set(token, { user, expiresAt: claims.exp * 1000 });
  }
  return user;
}

/** next-auth's cookie: `__Secure-` on https, and split into `.0`, `.1`… chunks when it is long. */
function sessionToken(cookie: (name: string) => string | undefined, names: Iterable<string>): string | undefined {
  const name = env().NEXTAUTH_URL?.startsWith("https://") ? "__Secure-next-auth.session-token" : "next-auth.session-token";
  const whole = cookie(name);
  if (whole) return whole;
  const chunks = [...names]
    .filter((n) => n.startsWith(`${name}.`) && /^\d+$/.test(n.slice(name.length + 1)))
    .sort((a, b) => Number(a.slice(name.length + 1)) - Number(b.slice(name.length + 1)));
  return chunks.length ? chunks.map((n) => cookie(n) ?? "").join("") : undefined;
}

/** The Cookie header of a request the lean API server (not Next.js) is answering, while it runs. */
const leanRequestCookies = new AsyncLocalStorage<Map<string, string>>();

/** Runs a route handler outside Next.js with this request's cookies standing in for `cookies()`. */
export function withRequestCookies<T>(cookieHeader: string | undefined, run: () => T): T {
  const jar = new Map<string, string>();
  for (const part of (cookieHeader ?? "").split(";")) {
    const at = part.indexOf("=");
    if (at < 0) continue;
    const name = part.slice(0, at).trim();
    if (!name || jar.has(name)) continue;
    const raw = part.slice(at + 1).trim();
    try {
      jar.set(name, decodeURIComponent(raw));
    } catch {
      jar.set(name, raw);
    }
  }
  return leanRequestCookies.run(jar, run);
}

/**
 * The signed-in user, read straight from the encrypted session token (what getServerSession does,
 * without building the whole next-auth handler on every request).
 */
export async function currentUser(): Promise<SessionUser | null> {
  const lean = leanRequestCookies.getStore();
  let token: string | undefined;
  if (lean) token = sessionToken((name) => lean.get(name), lean.keys());
  else {
    const jar = await cookies();
    token = sessionToken((name) => jar.get(name)?.value, jar.getAll().map((c) => c.name));
  }
  return token ? userOfSessionToken(token) : null;
}

/** For pages: the signed-in user, or a redirect to sign-in that comes back here afterwards. */
export async function requirePageUser(returnTo: string, role?: Role): Promise<SessionUser> {
  const user = await currentUser();
  if (!user) redirect(`/login?callbackUrl=${encodeURIComponent(returnTo)}`);
  if (role && user.role !== role) redirect("/?denied=1");
  return user;
}

/** For API routes: the signed-in user, or a 401 / 403 JSON refusal. */
export async function requireUser(role?: Role): Promise<SessionUser> {
  const user = await currentUser();
  if (!user) throw new ApiError("unauthenticated", "Sign in to use this endpoint.");
  if (role && user.role !== role) throw new ApiError("forbidden", `This endpoint is for ${role}s.`);
  return user;
}
