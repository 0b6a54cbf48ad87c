import type { Database } from "@/db";
import { bumpSessionVersion, sessionVersionOf } from "@/db/queries/users";
import type { Role } from "@/db/schema";

/**
 * Every session token carries its user's session version from sign-in; a request whose token
 * carries an older one is signed out. The current versions are cached in this process for
 * CACHE_TTL_MS so the review hot path does not read the users table on every request:
 * - a change made by this process (password change, "sign out everywhere", the users CLI
 *   in-process) updates the cache at once, so the very next request with an old token is refused;
 * - a change made by another server process of the same `npm start` is relayed to this one at
 *   once (onSessionVersionChange below);
 * - a change made anywhere else (a second app server, the users CLI run against a live
 *   deployment) reaches this one when its cached entry expires: an old token stays usable here
 *   for at most CACHE_TTL_MS after the change.
 */
export const CACHE_TTL_MS = 5_000;
const MAX_ENTRIES = 50_000;

// On globalThis, not in the module: Next.js bundles pages and route handlers separately, each with
// its own copy of this module, and a change made through one must be seen by all in this process.
const holder = globalThis as unknown as {
  demarcSessionVersions?: Map<string, { version: number | undefined; readAt: number }>;
  demarcSessionVersionListeners?: Set<SessionVersionListener>;
};
const cache = (holder.demarcSessionVersions ??= new Map());
const listeners = (holder.demarcSessionVersionListeners ??= new Set());

/** Told when this process ends a user's sessions (undefined: the account is gone). */
export type SessionVersionListener = (userId: string, version: number | undefined) => void;

/**
 * `npm start`'s server processes relay every change to each other (scripts/session-relay.ts), so
 * a session ended in one process is refused by the others at its next request too; only a change
 * made elsewhere (another machine, the users CLI) waits for the cache to expire.
 */
export function onSessionVersionChange(listener: SessionVersionListener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** A change another process made, relayed to this one. */
export function applySessionVersion(userId: string, version: number | undefined) {
  cache.set(userId, { version, readAt: Date.now() });
}

function changed(userId: string, version: number | undefined) {
  applySessionVersion(userId, version);
  for (const listener of listeners) listener(userId, version);
}

async function currentVersion(db: Database, userId: string, now: number): Promise<number | undefined> {
  const cached = cache.get(userId);
  if (cached && now - cached.readAt < CACHE_TTL_MS) return cached.version;
  const version = await sessionVersionOf(db, userId);
  if (cache.size >= MAX_ENTRIES) cache.clear();
  cache.set(userId, { version, readAt: now });
  return version;
}

/** True when a token with this version may still act for this user (tokens from before versions existed carry none: 0). */
export async function sessionIsCurrent(db: Database, userId: string, tokenVersion: number | undefined, now = Date.now()): Promise<boolean> {
  const version = await currentVersion(db, userId, now);
  return version !== undefined && version === (tokenVersion ?? 0);
}

/** Ends every session of the user issued so far; returns the new version, for the session that stays (if any). */
export async function endSessions(
  db: Database,
  userId: string,
  change: { passwordHash?: string; role?: Role } = {},
): Promise<number | undefined> {
  const version = await bumpSessionVersion(db, userId, change);
  changed(userId, version);
  return version;
}

/** A deleted account: every token of it is refused from now on in this process. */
export function forgetAccountSessions(userId: string) {
  changed(userId, undefined);
}

/** Tests: forget what this process has cached, as another process would not have it. */
export function forgetCachedSessionVersions() {
  cache.clear();
}
