import { and, asc, eq, gt, inArray, isNotNull, isNull, lte, or, sql, type SQL } from "drizzle-orm";
import type { Database } from "../index";
import { cards, CARD_STATES, userSettings, type PracticeScope } from "../schema";

export interface CardFields {
  due: number;
  stability: number;
  difficulty: number;
  elapsedDays: number;
  scheduledDays: number;
  learningSteps: number;
  reps: number;
  lapses: number;
  state: number;
  lastReview: number | null;
}

export type CardRow = typeof cards.$inferSelect;

export interface CardItem {
  id: string;
  factId?: string;
  service: string;
  model: string;
  topic: string;
}

/** Orders new cards per learner, spread across services rather than bank order. */
function newPosition(userId: string, itemId: string): number {
  let hash = 0x811c9dc5;
  for (const char of `${userId}|${itemId}`) hash = Math.imul(hash ^ char.charCodeAt(0), 0x01000193);
  return hash >>> 0;
}

/**
 * Makes sure the learner has a card for every practice item of this bank version. Runs its inserts
 * only when the bank changed since the learner's cards were last filled.
 */
export async function ensureCards(db: Database, userId: string, items: CardItem[], bankVersion: string, knownVersion: string | null, now = Date.now()) {
  if (knownVersion === bankVersion) return false;
  const rows = items.map((item) => ({
    id: crypto.randomUUID(),
    userId,
    itemId: item.id,
    factId: item.factId ?? null,
    service: item.service,
    model: item.model,
    topic: item.topic,
    newPosition: newPosition(userId, item.id),
    due: now,
    createdAt: now,
  }));
  await db.transaction(async (tx) => {
    for (let i = 0; i < rows.length; i += 200) {
      await tx.insert(cards).values(rows.slice(i, i + 200)).onConflictDoNothing();
    }
    await tx
      .insert(userSettings)
      .values({ userId, cardsBankVersion: bankVersion, updatedAt: new Date(now) })
      .onConflictDoUpdate({ target: userSettings.userId, set: { cardsBankVersion: bankVersion } });
  });
  return true;
}

function scopeFilter(scope: PracticeScope): SQL | undefined {
  const parts: SQL[] = [];
  if (scope.models?.length) parts.push(inArray(cards.model, scope.models));
  if (scope.services?.length) parts.push(inArray(cards.service, scope.services));
  if (scope.topics?.length) parts.push(inArray(cards.topic, scope.topics));
  if (scope.facts?.length) parts.push(inArray(cards.factId, scope.facts));
  return parts.length ? and(...parts) : undefined;
}

function available(userId: string, now: number, scope: PracticeScope) {
  return and(eq(cards.userId, userId), eq(cards.suspended, false), or(isNull(cards.buriedUntil), lte(cards.buriedUntil, now)), scopeFilter(scope));
}

export interface QueueCounts {
  new: number;
  learning: number;
  review: number;
}

/**
 * Cards waiting now, by kind: learning (and relearning) due, reviews due, new not yet seen. Two
 * index range scans, so a learner with thousands of cards scheduled ahead costs no more.
 */
export async function waitingCounts(db: Database, userId: string, now: number, learnAheadMs: number, scope: PracticeScope, reviewsAheadMs = 0): Promise<QueueCounts> {
  const reviewsBy = now + reviewsAheadMs;
  const [[due], [fresh]] = await Promise.all([
    db
      .select({
        learning: sql<number>`sum(case when ${cards.state} in (1, 3) and ${cards.due} <= ${now + learnAheadMs} then 1 else 0 end)`,
        review: sql<number>`sum(case when ${cards.state} = 2 and ${cards.due} <= ${reviewsBy} then 1 else 0 end)`,
      })
      .from(cards)
      // No condition on state here: it would steer SQLite to the state index and past every card scheduled ahead.
      .where(and(available(userId, now, scope), lte(cards.due, Math.max(now + learnAheadMs, reviewsBy)))),
    db
      .select({ count: sql<number>`count(*)` })
      .from(cards)
      .where(and(available(userId, now, scope), eq(cards.state, CARD_STATES.new))),
  ]);
  return { learning: Number(due?.learning ?? 0), review: Number(due?.review ?? 0), new: Number(fresh?.count ?? 0) };
}

/** The next card of one kind: learning and reviews by due date (oldest first), new by position. */
export async function firstCard(db: Database, userId: string, now: number, learnAheadMs: number, scope: PracticeScope, kind: keyof QueueCounts, reviewsAheadMs = 0) {
  const base = available(userId, now, scope);
  const query =
    kind === "learning"
      ? db.select().from(cards).where(and(base, inArray(cards.state, [CARD_STATES.learning, CARD_STATES.relearning]), lte(cards.due, now + learnAheadMs))).orderBy(asc(cards.due))
      : kind === "review"
        ? db.select().from(cards).where(and(base, eq(cards.state, CARD_STATES.review), lte(cards.due, now + reviewsAheadMs))).orderBy(asc(cards.due))
        : db.select().from(cards).where(and(base, eq(cards.state, CARD_STATES.new))).orderBy(asc(cards.newPosition));
  const [row] = await query.limit(1);
  return row;
}

/** A card on screen but not yet answered (a reload or another device resumes it). */
export async function shownCard(db: Database, userId: string, now: number, scope: PracticeScope) {
  const [row] = await db
    .select()
    .from(cards)
    .where(and(available(userId, now, scope), isNotNull(cards.presentedSeed)))
    .limit(1);
  return row;
}

/** A card with its learner's scheduling settings, in one round trip (the review hot path). */
export async function cardWithSettings(db: Database, userId: string, cardId: string) {
  const [row] = await db
    .select({ card: cards, settings: userSettings })
    .from(cards)
    .leftJoin(userSettings, eq(userSettings.userId, cards.userId))
    .where(and(eq(cards.id, cardId), eq(cards.userId, userId)))
    .limit(1);
  return row;
}

/** A card, only if it belongs to this learner. */
export async function cardOfUser(db: Database, userId: string, cardId: string) {
  const [row] = await db.select().from(cards).where(and(eq(cards.id, cardId), eq(cards.userId, userId))).limit(1);
  return row;
}

export async function cardOfUserByItem(db: Database, userId: string, itemId: string) {
  const [row] = await db.select().from(cards).where(and(eq(cards.itemId, itemId), eq(cards.userId, userId))).limit(1);
  return row;
}

/** Fixes the scenario shown for a card so a reload or a second device shows the same one. */
export async function presentCard(db: Database, userId: string, cardId: string, seed: string): Promise<string> {
  await db
    .update(cards)
    .set({ presentedSeed: seed })
    .where(and(eq(cards.id, cardId), eq(cards.userId, userId), isNull(cards.presentedSeed)));
  const row = await cardOfUser(db, userId, cardId);
  return row?.presentedSeed ?? seed;
}

export type CardAction = { suspended: boolean } | { flagged: boolean } | { buriedUntil: number | null };

/**
 * Flag, suspend or bury. The version guards what a review depends on (the schedule and the scenario
 * on screen): a flag changes neither, so it leaves the version alone and the card on screen can
 * still be answered; suspending or burying takes the card off screen, so it moves the version on.
 */
export async function updateCardFlags(db: Database, userId: string, cardId: string, change: CardAction) {
  const [row] = await db
    .update(cards)
    .set("flagged" in change ? change : { ...change, version: sql`${cards.version} + 1`, presentedSeed: null })
    .where(and(eq(cards.id, cardId), eq(cards.userId, userId)))
    .returning();
  return row;
}

/** Cards due before `until`, per day, for forecasts. */
export async function dueBetween(db: Database, userId: string, from: number, until: number) {
  return db
    .select({ due: cards.due, state: cards.state })
    .from(cards)
    .where(and(eq(cards.userId, userId), eq(cards.suspended, false), gt(cards.state, CARD_STATES.new), lte(cards.due, until), gt(cards.due, from - 1)));
}

/** The learner's cards for one service that are suspended, flagged or leeches: what they may want back. */
export async function setAsideCardsOfService(db: Database, userId: string, service: string) {
  return db
    .select({ id: cards.id, itemId: cards.itemId, factId: cards.factId, suspended: cards.suspended, flagged: cards.flagged, leech: cards.leech, lapses: cards.lapses })
    .from(cards)
    .where(and(eq(cards.userId, userId), eq(cards.service, service), or(eq(cards.suspended, true), eq(cards.flagged, true), eq(cards.leech, true))))
    .orderBy(asc(cards.itemId));
}

export interface CardFilters {
  state?: number;
  mark?: "flagged" | "suspended" | "leech" | "buried";
  service?: string;
  model?: string;
}

/** The learner's cards for the card browser, filtered in the WHERE clause; text search happens on the bank's words. */
export async function cardsOfLearner(db: Database, userId: string, filters: CardFilters, now: number) {
  const parts: SQL[] = [eq(cards.userId, userId)];
  if (filters.state !== undefined) parts.push(eq(cards.state, filters.state));
  if (filters.service) parts.push(eq(cards.service, filters.service));
  if (filters.model) parts.push(eq(cards.model, filters.model));
  if (filters.mark === "flagged") parts.push(eq(cards.flagged, true));
  if (filters.mark === "suspended") parts.push(eq(cards.suspended, true));
  if (filters.mark === "leech") parts.push(eq(cards.leech, true));
  if (filters.mark === "buried") parts.push(gt(cards.buriedUntil, now));
  return db
    .select({
      id: cards.id,
      itemId: cards.itemId,
      factId: cards.factId,
      service: cards.service,
      model: cards.model,
      state: cards.state,
      due: cards.due,
      reps: cards.reps,
      lapses: cards.lapses,
      flagged: cards.flagged,
      suspended: cards.suspended,
      leech: cards.leech,
      buriedUntil: cards.buriedUntil,
    })
    .from(cards)
    .where(and(...parts))
    .orderBy(asc(cards.service), asc(cards.itemId));
}

/**
 * Flags or suspends several of the learner's cards at once; ids that are not theirs change nothing.
 * Suspending takes a card off screen (its version moves on), as updateCardFlags does for one.
 */
export async function updateFlagsOfCards(db: Database, userId: string, cardIds: string[], change: { flagged: boolean } | { suspended: boolean }) {
  const rows = await db
    .update(cards)
    .set("flagged" in change ? change : { ...change, version: sql`${cards.version} + 1`, presentedSeed: null })
    .where(and(eq(cards.userId, userId), inArray(cards.id, cardIds)))
    .returning({ id: cards.id });
  return rows.length;
}
