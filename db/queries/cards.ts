import { and, asc, eq, gt, inArray, isNotNull, isNull, lte, ne, or, sql, type SQL } from "drizzle-orm";
import type { Database } from "../index";
import { cards, CARD_STATES, userSettings, type PracticeScope, type PresentedMode } from "../schema";

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

/** Quiz mode passes over a card whose back was revealed as a flashcard: it waits for its rating there. */
const notRevealed = or(isNull(cards.presentedMode), ne(cards.presentedMode, "revealed"));

export interface QueueCounts {
  new: number;
  learning: number;
  review: number;
}

/**
 * Cards waiting now, by kind: learning (and relearning) due, reviews due, new not yet seen. Two
 * index range scans, so a learner with thousands of cards scheduled ahead costs no more.
 */
export async function waitingCounts(db: Database, userId: string, now: number, learnAheadMs: number, scope: PracticeScope): Promise<QueueCounts> {
  const [[due], [fresh]] = await Promise.all([
    db
      .select({
        learning: sql<number>`sum(case when ${cards.state} in (1, 3) then 1 else 0 end)`,
        review: sql<number>`sum(case when ${cards.state} = 2 and ${cards.due} <= ${now} then 1 else 0 end)`,
      })
      .from(cards)
      // No condition on state here: it would steer SQLite to the state index and past every card scheduled ahead.
      .where(and(available(userId, now, scope), lte(cards.due, now + learnAheadMs))),
    db
      .select({ count: sql<number>`count(*)` })
      .from(cards)
      .where(and(available(userId, now, scope), eq(cards.state, CARD_STATES.new))),
  ]);
  return { learning: Number(due?.learning ?? 0), review: Number(due?.review ?? 0), new: Number(fresh?.count ?? 0) };
}

/** The next card of one kind: learning and reviews by due date (oldest first), new by position. */
export async function firstCard(db: Database, userId: string, now: number, learnAheadMs: number, scope: PracticeScope, kind: keyof QueueCounts, skipRevealed = false) {
  const base = and(available(userId, now, scope), skipRevealed ? notRevealed : undefined);
  const query =
    kind === "learning"
      ? db.select().from(cards).where(and(base, inArray(cards.state, [CARD_STATES.learning, CARD_STATES.relearning]), lte(cards.due, now + learnAheadMs))).orderBy(asc(cards.due))
      : kind === "review"
        ? db.select().from(cards).where(and(base, eq(cards.state, CARD_STATES.review), lte(cards.due, now))).orderBy(asc(cards.due))
        : db.select().from(cards).where(and(base, eq(cards.state, CARD_STATES.new))).orderBy(asc(cards.newPosition));
  const [row] = await query.limit(1);
  return row;
}

/** A card on screen but not yet answered (a reload or another device resumes it). */
export async function shownCard(db: Database, userId: string, now: number, scope: PracticeScope, skipRevealed = false) {
  const [row] = await db
    .select()
    .from(cards)
    .where(and(available(userId, now, scope), isNotNull(cards.presentedSeed), skipRevealed ? notRevealed : undefined))
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

/** Fixes the scenario shown for a card, and how it is asked, so a reload or a second device shows the same one. */
export async function presentCard(db: Database, userId: string, cardId: string, seed: string, mode: PresentedMode): Promise<CardRow | undefined> {
  await db
    .update(cards)
    .set({ presentedSeed: seed, presentedMode: mode })
    .where(and(eq(cards.id, cardId), eq(cards.userId, userId), isNull(cards.presentedSeed)));
  return cardOfUser(db, userId, cardId);
}

/** The learner switched between quiz and flashcards while a card was on screen; a revealed back stays revealed. */
export async function switchPresentedMode(db: Database, userId: string, cardId: string, mode: "quiz" | "flashcard") {
  await db
    .update(cards)
    .set({ presentedMode: mode })
    .where(and(eq(cards.id, cardId), eq(cards.userId, userId), isNotNull(cards.presentedSeed), notRevealed));
}

/** A flashcard's back shown: from now on this showing can only be rated. Undefined unless the card is shown as a flashcard. */
export async function markRevealed(db: Database, userId: string, cardId: string): Promise<CardRow | undefined> {
  const [row] = await db
    .update(cards)
    .set({ presentedMode: "revealed" })
    .where(and(eq(cards.id, cardId), eq(cards.userId, userId), isNotNull(cards.presentedSeed), inArray(cards.presentedMode, ["flashcard", "revealed"])))
    .returning();
  return row;
}

export type CardAction = { suspended: boolean } | { flagged: boolean } | { buriedUntil: number | null };

export async function updateCardFlags(db: Database, userId: string, cardId: string, change: CardAction) {
  const [row] = await db
    .update(cards)
    .set({ ...change, version: sql`${cards.version} + 1`, ...("flagged" in change ? {} : { presentedSeed: null, presentedMode: null }) })
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
