import { AsyncLocalStorage } from "node:async_hooks";
import { decode } from "next-auth/jwt";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { env } from "@/env";
import type { Role } from "@/server/accounts/sign-in";
import { ApiError } from "@/app/_lib/api";
import { authSecret } from "@/app/_lib/auth-secret";
import { setSessionToken } from "@/app/_lib/session-cookie";
import { sessionIsCurrent } from "@/server/accounts/sessions";
import { getDb } from "@/server/db";

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
const decoded = new Map<string, { user: SessionUser; sessionVersion: number | undefined; expiresAt: number }>();
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
  let session = decoded.get(token);
  if (session) {
    // Most recently used last, so the oldest is the one dropped when the cache is full.
    decoded.delete(token);
    if (session.expiresAt <= now) return null;
    decoded.set(token, session);
  } else {
    const claims = await decode({ token, secret }).catch(() => null);
    if (!claims?.uid || !claims.role) return null;
    session = {
      user: { id: claims.uid, role: claims.role, name: claims.name ?? "", email: claims.email ?? "" },
      sessionVersion: claims.sv,
      expiresAt: typeof claims.exp === "number" ? claims.exp * 1000 : 0,
    };
    if (session.expiresAt > now) {
      if (decoded.size >= CACHE_LIMIT) decoded.delete(decoded.keys().next().value!);
      decoded.set(token, session);
    }
  }
  // A password change or "sign out everywhere" ended this token (cached: server/accounts/sessions.ts).
  if (!(await sessionIsCurrent(getDb(), session.user.id, session.sessionVersion, now))) return null;
  return session.user;
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
 * without building the whole next-auth handler on every request), if the token's session version
 * is still the user's.
 */
export async function currentUser(): Promise<SessionUser | null> {
  const lean = leanRequestCookies.getStore();
  let token: string | undefined;
  if (lean) token = sessionToken((name) => lean.get(name), lean.keys());
  else {
    const jar = await cookies();
    token = sessionToken(
      (name) => jar.get(name)?.value,
      jar.getAll().map((c) => c.name),
    );
  }
  return token ? userOfSessionToken(token) : null;
}

/** After a password change: this browser's session goes on, carrying the new session version. */
export async function keepSession(user: SessionUser, sessionVersion: number): Promise<void> {
  await setSessionToken({ uid: user.id, sub: user.id, role: user.role, name: user.name, email: user.email, sv: sessionVersion });
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
