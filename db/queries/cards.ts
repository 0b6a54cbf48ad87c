import { and, asc, eq, gt, inArray, isNotNull, isNull, lte, ne, or, sql, type SQL } from "drizzle-orm";
import type { Database } from "../index";
import { firstRow } from "../first-row";
import { preparedPerDatabase } from "../prepared";
import type { SQLiteColumn } from "drizzle-orm/sqlite-core";
import { cards, CARD_STATES, userSettings, type PracticeScope, type PresentedMode } from "../schema";

/** The columns that say which card it is and what it teaches: the start of every card listing. */
export const cardIdentity = {
  id: cards.id,
  itemId: cards.itemId,
  factId: cards.factId,
  service: cards.service,
  model: cards.model,
};

export type CardRow = typeof cards.$inferSelect;

/** What FSRS reads and writes of a card: its memory state and schedule. */
export const FSRS_FIELDS = [
  "due",
  "stability",
  "difficulty",
  "elapsedDays",
  "scheduledDays",
  "learningSteps",
  "reps",
  "lapses",
  "state",
  "lastReview",
] as const satisfies readonly (keyof CardRow)[];
export type CardFields = Pick<CardRow, (typeof FSRS_FIELDS)[number]>;

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
export async function ensureCards(
  db: Database,
  userId: string,
  items: CardItem[],
  bankVersion: string,
  knownVersion: string | null,
  now = Date.now(),
) {
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
      await tx
        .insert(cards)
        .values(rows.slice(i, i + 200))
        .onConflictDoNothing();
    }
    await tx
      .insert(userSettings)
      .values({ userId, cardsBankVersion: bankVersion, updatedAt: now })
      .onConflictDoUpdate({ target: userSettings.userId, set: { cardsBankVersion: bankVersion } });
  });
  return true;
}

/*
 * The queue's queries run on every "next card", so each is prepared once (see ../prepared.ts). The
 * practice scope travels as JSON arrays bound to placeholders, an empty array meaning "any", so one
 * prepared statement serves every scope.
 */
const inScope = (column: SQLiteColumn, list: string) =>
  sql`(${sql.placeholder(list)} = '[]' or ${column} in (select value from json_each(${sql.placeholder(list)})))`;

const available = and(
  eq(cards.userId, sql.placeholder("userId")),
  eq(cards.suspended, false),
  or(isNull(cards.buriedUntil), lte(cards.buriedUntil, sql.placeholder("now"))),
  inScope(cards.model, "models"),
  inScope(cards.service, "services"),
  inScope(cards.topic, "topics"),
  inScope(cards.factId, "facts"),
);

function queueArgs(userId: string, now: number, scope: PracticeScope) {
  const list = (values: string[] | undefined) => JSON.stringify(values ?? []);
  return { userId, now, models: list(scope.models), services: list(scope.services), topics: list(scope.topics), facts: list(scope.facts) };
}

/** Quiz mode passes over a card whose back was revealed as a flashcard: it waits for its rating there. */
const notRevealed = or(isNull(cards.presentedMode), ne(cards.presentedMode, "revealed"));
/** notRevealed when the bound skipRevealed is 1, so one prepared statement serves both modes. */
const unlessSkippedRevealed = sql`(${sql.placeholder("skipRevealed")} = 0 or ${notRevealed})`;

export interface QueueCounts {
  new: number;
  learning: number;
  review: number;
}

const waitingQuery = preparedPerDatabase((db) =>
  db
    .select({
      learning: sql<number>`coalesce(sum(case when ${cards.state} in (1, 3) and ${cards.due} <= ${sql.placeholder("learnUntil")} then 1 else 0 end), 0)`,
      review: sql<number>`coalesce(sum(case when ${cards.state} = 2 and ${cards.due} <= ${sql.placeholder("reviewsUntil")} then 1 else 0 end), 0)`,
      fresh: sql<number>`(select count(*) from ${cards} where ${and(available, eq(cards.state, CARD_STATES.new))})`,
    })
    .from(cards)
    // No condition on state here: it would steer SQLite to the state index and past every card scheduled ahead.
    .where(and(available, lte(cards.due, sql.placeholder("until"))))
    .prepare(),
);

/**
 * Cards waiting now, by kind: learning (and relearning) due, reviews due, new not yet seen. Two
 * index range scans in one statement, so a learner with thousands of cards scheduled ahead costs no more.
 */
export async function waitingCounts(
  db: Database,
  userId: string,
  now: number,
  learnAheadMs: number,
  scope: PracticeScope,
  reviewsAheadMs = 0,
): Promise<QueueCounts> {
  const learnUntil = now + learnAheadMs;
  const reviewsUntil = now + reviewsAheadMs;
  const row = await waitingQuery(db).get({
    ...queueArgs(userId, now, scope),
    learnUntil,
    reviewsUntil,
    until: Math.max(learnUntil, reviewsUntil),
  });
  return { learning: Number(row?.learning ?? 0), review: Number(row?.review ?? 0), new: Number(row?.fresh ?? 0) };
}

const firstCardQueries = preparedPerDatabase((db) => ({
  learning: db
    .select()
    .from(cards)
    .where(
      and(
        available,
        unlessSkippedRevealed,
        inArray(cards.state, [CARD_STATES.learning, CARD_STATES.relearning]),
        lte(cards.due, sql.placeholder("until")),
      ),
    )
    .orderBy(asc(cards.due))
    .limit(1)
    .prepare(),
  review: db
    .select()
    .from(cards)
    .where(and(available, unlessSkippedRevealed, eq(cards.state, CARD_STATES.review), lte(cards.due, sql.placeholder("until"))))
    .orderBy(asc(cards.due))
    .limit(1)
    .prepare(),
  new: db
    .select()
    .from(cards)
    .where(and(available, unlessSkippedRevealed, eq(cards.state, CARD_STATES.new)))
    .orderBy(asc(cards.newPosition))
    .limit(1)
    .prepare(),
}));

/** The next card of one kind: learning and reviews by due date (oldest first), new by position. */
export async function firstCard(
  db: Database,
  userId: string,
  now: number,
  learnAheadMs: number,
  scope: PracticeScope,
  kind: keyof QueueCounts,
  options: { skipRevealed?: boolean; reviewsAheadMs?: number } = {},
) {
  const until = kind === "learning" ? now + learnAheadMs : now + (options.reviewsAheadMs ?? 0);
  return firstCardQueries(db)[kind].get({ ...queueArgs(userId, now, scope), until, skipRevealed: options.skipRevealed ? 1 : 0 });
}

const shownCardQuery = preparedPerDatabase((db) =>
  db
    .select()
    .from(cards)
    .where(and(available, isNotNull(cards.presentedSeed), unlessSkippedRevealed))
    // A revealed flashcard first: its back was seen and it waits for its rating.
    .orderBy(sql`case when ${cards.presentedMode} = 'revealed' then 0 else 1 end`)
    .limit(1)
    .prepare(),
);

/** A card on screen but not yet answered (a reload or another device resumes it). */
export async function shownCard(db: Database, userId: string, now: number, scope: PracticeScope, skipRevealed = false) {
  return shownCardQuery(db).get({ ...queueArgs(userId, now, scope), skipRevealed: skipRevealed ? 1 : 0 });
}

const cardWithSettingsQuery = preparedPerDatabase((db) =>
  db
    .select({ card: cards, settings: userSettings })
    .from(cards)
    .leftJoin(userSettings, eq(userSettings.userId, cards.userId))
    .where(and(eq(cards.id, sql.placeholder("cardId")), eq(cards.userId, sql.placeholder("userId"))))
    .limit(1)
    .prepare(),
);

/** A card with its learner's scheduling settings, in one round trip (the review hot path). */
export async function cardWithSettings(db: Database, userId: string, cardId: string) {
  return cardWithSettingsQuery(db).get({ cardId, userId });
}

const cardsByItemsQuery = preparedPerDatabase((db) =>
  db
    .select()
    .from(cards)
    .where(
      and(
        eq(cards.userId, sql.placeholder("userId")),
        sql`${cards.itemId} in (select value from json_each(${sql.placeholder("itemIds")}))`,
      ),
    )
    .prepare(),
);

/** The learner's cards for these practice items, in one query (an exam feeds 65 questions at once). */
export async function cardsOfUserByItems(db: Database, userId: string, itemIds: string[]): Promise<CardRow[]> {
  if (itemIds.length === 0) return [];
  return cardsByItemsQuery(db).all({ userId, itemIds: JSON.stringify(itemIds) });
}

const cardOfUserQuery = preparedPerDatabase((db) =>
  db
    .select()
    .from(cards)
    .where(and(eq(cards.id, sql.placeholder("cardId")), eq(cards.userId, sql.placeholder("userId"))))
    .limit(1)
    .prepare(),
);

/** A card, only if it belongs to this learner. */
export async function cardOfUser(db: Database, userId: string, cardId: string) {
  return cardOfUserQuery(db).get({ cardId, userId });
}

/** Fixes the scenario shown for a card, and how it is asked, so a reload or a second device shows the same one. */
export async function presentCard(
  db: Database,
  userId: string,
  cardId: string,
  seed: string,
  mode: PresentedMode,
): Promise<CardRow | undefined> {
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
  return firstRow(
    db
      .update(cards)
      .set({ presentedMode: "revealed" })
      .where(
        and(
          eq(cards.id, cardId),
          eq(cards.userId, userId),
          isNotNull(cards.presentedSeed),
          inArray(cards.presentedMode, ["flashcard", "revealed"]),
        ),
      )
      .returning(),
  );
}

export type CardAction = { suspended: boolean } | { flagged: boolean } | { buriedUntil: number | null };

/**
 * Flag, suspend or bury. The version guards what a review depends on (the schedule and the scenario
 * on screen): a flag changes neither, so it leaves the version alone and the card on screen can
 * still be answered; suspending or burying takes the card off screen, so it moves the version on.
 */
/** The columns an action sets: a flag alone, or (suspend, bury) the change that also takes the card off screen. */
function cardActionSet(change: CardAction) {
  return "flagged" in change ? change : { ...change, version: sql`${cards.version} + 1`, presentedSeed: null, presentedMode: null };
}

export async function updateCardFlags(db: Database, userId: string, cardId: string, change: CardAction) {
  return firstRow(
    db
      .update(cards)
      .set(cardActionSet(change))
      .where(and(eq(cards.id, cardId), eq(cards.userId, userId)))
      .returning(),
  );
}

/** Cards due before `until`, per day, for forecasts. */
export async function dueBetween(db: Database, userId: string, from: number, until: number) {
  return db
    .select({ due: cards.due, state: cards.state })
    .from(cards)
    .where(
      and(
        eq(cards.userId, userId),
        eq(cards.suspended, false),
        gt(cards.state, CARD_STATES.new),
        lte(cards.due, until),
        gt(cards.due, from - 1),
      ),
    );
}

/** The learner's cards for one service that are suspended, flagged or leeches: what they may want back. */
export async function setAsideCardsOfService(db: Database, userId: string, service: string) {
  return db
    .select({
      id: cards.id,
      itemId: cards.itemId,
      factId: cards.factId,
      suspended: cards.suspended,
      flagged: cards.flagged,
      leech: cards.leech,
      lapses: cards.lapses,
    })
    .from(cards)
    .where(
      and(
        eq(cards.userId, userId),
        eq(cards.service, service),
        or(eq(cards.suspended, true), eq(cards.flagged, true), eq(cards.leech, true)),
      ),
    )
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
      ...cardIdentity,
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
export async function updateFlagsOfCards(
  db: Database,
  userId: string,
  cardIds: string[],
  change: { flagged: boolean } | { suspended: boolean },
) {
  const rows = await db
    .update(cards)
    .set(cardActionSet(change))
    .where(and(eq(cards.userId, userId), inArray(cards.id, cardIds)))
    .returning({ id: cards.id });
  return rows.length;
}
