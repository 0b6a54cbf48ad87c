import { randomBytes } from "node:crypto";
import { bank } from "@/questions/bank";
import { practiceItems, renderPracticeItem, type PracticeMode } from "@/questions/practice";
import { publicQuestion } from "@/questions/types";
import type { Database } from "@/db";
import {
  cardOfUser,
  ensureCards,
  firstCard,
  presentCard,
  shownCard,
  switchPresentedMode,
  updateCardFlags,
  waitingCounts,
  type CardRow,
  type QueueCounts,
} from "@/db/queries/cards";
import { reviewsDoneBetween } from "@/db/queries/reviews";
import { learnerSettings } from "@/db/queries/settings";
import type { PracticeScope } from "@/db/schema";
import { cramSchedulingSettings } from "@/server/practice/review-rules";
import { nextIntervals } from "@/server/practice/scheduler";
import { learnerDay } from "@/server/time/learner-day";
import type { NextCard, PracticeState, ShownCard } from "@/server/practice/types";
import type { ExtraStudy } from "@/server/practice/input";

const LEARN_AHEAD_MS = 20 * 60_000;

/** The learner's settings, with cards for every item of the current bank. */
async function prepare(db: Database, userId: string, now: number) {
  const settings = await learnerSettings(db, userId);
  await ensureCards(db, userId, practiceItems(bank), bank.version, settings.cardsBankVersion, now);
  return settings;
}

const DAY_MS = 86_400_000;

/**
 * What is left today: learning due, reviews due up to the daily limit, new cards up to the daily
 * limit. Custom study widens it: reviews due in the next days (study ahead, past the review limit,
 * as Anki's "review ahead" does) and extra new cards past today's new limit.
 */
export async function practiceCounts(
  db: Database,
  userId: string,
  now: number,
  scopeOverride?: PracticeScope,
  extra?: ExtraStudy,
): Promise<PracticeState> {
  const settings = await prepare(db, userId, now);
  const scope = scopeOverride ?? settings.scope;
  const day = learnerDay(now, settings.timeZone, settings.dayStartsAtHour);
  const aheadMs = (extra?.aheadDays ?? 0) * DAY_MS;
  const [done, waiting] = await Promise.all([
    reviewsDoneBetween(db, userId, day.start, day.end),
    waitingCounts(db, userId, now, 0, scope, aheadMs),
  ]);
  const counts = {
    learning: waiting.learning,
    review: aheadMs ? waiting.review : Math.min(waiting.review, Math.max(0, settings.reviewsPerDay - done.reviewsDone)),
    new: Math.min(waiting.new, Math.max(0, settings.newPerDay + (extra?.extraNew ?? 0) - done.newDone)),
  };
  if (counts.learning + counts.review + counts.new === 0) {
    // Nothing else to do: learning cards due in the next 20 minutes may come early, as in Anki.
    counts.learning = (await waitingCounts(db, userId, now, LEARN_AHEAD_MS, scope)).learning;
  }
  return { settings, counts, scope, doneToday: done.reviewsDone + done.newDone, newDoneToday: done.newDone, reviewsAheadMs: aheadMs };
}

/**
 * Learning first; then reviews with the day's new cards spread evenly among them (9 reviews and
 * 3 new cards go R R R N R R R N R R R N), placed by the whole day's plan, so the spread holds
 * across reloads; then the rest of the new cards.
 */
function nextKind(counts: QueueCounts, doneToday: number, newDoneToday: number): keyof QueueCounts | null {
  if (counts.learning > 0) return "learning";
  if (counts.review > 0 && counts.new > 0) {
    const newPlanned = newDoneToday + counts.new;
    const dayTotal = doneToday + counts.review + counts.new;
    const position = doneToday + 1;
    return Math.floor((position * newPlanned) / dayTotal) > newDoneToday ? "new" : "review";
  }
  if (counts.review > 0) return "review";
  if (counts.new > 0) return "new";
  return null;
}

function newSeed() {
  return randomBytes(6).toString("base64url");
}

/** Undo brings its card back: the client asks for it by id, and gets it if it is still on screen. */
async function preferredCard(db: Database, userId: string, cardId: string | undefined, skipRevealed: boolean) {
  if (!cardId) return undefined;
  const card = await cardOfUser(db, userId, cardId);
  return card && card.presentedSeed && !card.suspended && !(skipRevealed && card.presentedMode === "revealed") ? card : undefined;
}

/**
 * The seed of the card's showing, started now if it is not on screen yet. A showing keeps the mode
 * it is asked in, so a quiz's answer is not served before it is answered (server/practice/review.ts);
 * switching between quiz and flashcards moves it along, unless a flashcard's back was revealed.
 */
async function showing(db: Database, userId: string, card: CardRow, mode: PracticeMode): Promise<string> {
  if (!card.presentedSeed) {
    const seed = newSeed();
    return (await presentCard(db, userId, card.id, seed, mode))?.presentedSeed ?? seed;
  }
  if (card.presentedMode !== mode && card.presentedMode !== "revealed") await switchPresentedMode(db, userId, card.id, mode);
  return card.presentedSeed;
}

export async function nextPracticeCard(
  db: Database,
  userId: string,
  mode: PracticeMode,
  now: number,
  scopeOverride?: PracticeScope,
  preferCardId?: string,
  extra?: ExtraStudy,
): Promise<NextCard> {
  for (let attempt = 0; attempt < 5; attempt++) {
    const state = await practiceCounts(db, userId, now, scopeOverride, extra);
    // A flashcard whose back was revealed waits for its rating in flashcard mode: no quiz on it.
    const skipRevealed = mode === "quiz";
    const resumed =
      (attempt === 0 ? await preferredCard(db, userId, preferCardId, skipRevealed) : undefined) ??
      (await shownCard(db, userId, now, state.scope, skipRevealed));
    const kind = nextKind(state.counts, state.doneToday, state.newDoneToday);
    if (!resumed && !kind) return { card: null, counts: state.counts };
    const learnAhead = kind === "learning" ? LEARN_AHEAD_MS : 0;
    const card =
      resumed ?? (await firstCard(db, userId, now, learnAhead, state.scope, kind!, { skipRevealed, reviewsAheadMs: state.reviewsAheadMs }));
    if (!card) return { card: null, counts: state.counts };
    const seed = await showing(db, userId, card, mode);
    const question = renderPracticeItem(bank, card.itemId, seed, mode);
    if (!question) {
      // The bank no longer has this item: park the card and look again.
      await updateCardFlags(db, userId, card.id, { suspended: true });
      continue;
    }
    const shown: ShownCard = {
      id: card.id,
      version: card.version,
      state: card.state,
      flagged: card.flagged,
      question: publicQuestion(question),
      intervals: nextIntervals(card, now, cramSchedulingSettings(state.settings, card, now)),
    };
    return { card: shown, counts: state.counts };
  }
  return { card: null, counts: { new: 0, learning: 0, review: 0 } };
}
