import { and, eq, lt, sql } from "drizzle-orm";
import type { Database } from "../index";
import { rateLimitHits } from "../schema";

export interface RateLimit {
  /** How many hits a window allows. */
  limit: number;
  windowMs: number;
}

export interface RateLimitState {
  allowed: boolean;
  remaining: number;
  retryAfterSeconds: number;
}

function windowStartOf(now: number, windowMs: number) {
  return Math.floor(now / windowMs) * windowMs;
}

/** Reads a counter without adding to it. */
export async function peekRateLimit(db: Database, key: string, rule: RateLimit, now = Date.now()): Promise<RateLimitState> {
  const windowStart = windowStartOf(now, rule.windowMs);
  const [row] = await db
    .select({ count: rateLimitHits.count })
    .from(rateLimitHits)
    .where(and(eq(rateLimitHits.key, key), eq(rateLimitHits.windowStart, windowStart)));
  const count = row?.count ?? 0;
  return stateOf(count, rule, windowStart, now);
}

/** Adds one hit to a counter and says whether the caller is still within the limit. */
export async function hitRateLimit(db: Database, key: string, rule: RateLimit, now = Date.now()): Promise<RateLimitState> {
  const windowStart = windowStartOf(now, rule.windowMs);
  const [row] = await db
    .insert(rateLimitHits)
    .values({ key, windowStart, count: 1 })
    .onConflictDoUpdate({
      target: [rateLimitHits.key, rateLimitHits.windowStart],
      set: { count: sql`${rateLimitHits.count} + 1` },
    })
    .returning({ count: rateLimitHits.count });
  if (Math.random() < 0.01) {
    await db.delete(rateLimitHits).where(lt(rateLimitHits.windowStart, now - 24 * 60 * 60 * 1000));
  }
  return stateOf(row.count - 1, rule, windowStart, now, row.count);
}

function stateOf(before: number, rule: RateLimit, windowStart: number, now: number, after = before): RateLimitState {
  const allowed = before < rule.limit;
  return {
    allowed,
    remaining: Math.max(0, rule.limit - after),
    retryAfterSeconds: Math.max(1, Math.ceil((windowStart + rule.windowMs - now) / 1000)),
  };
}
