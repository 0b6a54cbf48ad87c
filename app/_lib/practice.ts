import { randomBytes } from "node:crypto";
import type { Grade } from "ts-fsrs";
import { bank } from "@/questions/bank";
import { practiceItems, renderPracticeItem, type PracticeMode } from "@/questions/practice";
import { publicQuestion, type Question } from "@/questions/types";
import type { Database } from "@/db";
import { cardOfUser, cardWithSettings, ensureCards, firstCard, presentCard, shownCard, updateCardFlags, waitingCounts, type CardRow, type QueueCounts } from "@/db/queries/cards";
import { recordReview, reviewOfUser, reviewsDoneBetween, type ReviewLogRow } from "@/db/queries/reviews";
import { DEFAULT_SETTINGS, learnerSettings, type LearnerSettings } from "@/db/queries/settings";
import type { PracticeScope } from "@/db/schema";
import { cramSchedulingSettings } from "./exam-plan";
import { learnerDay } from "./learner-day";
import { nextIntervals, RATINGS, scheduleReview } from "./scheduler";
import { ApiError } from "./api";

const LEARN_AHEAD_MS = 20 * 60_000;

export interface PracticeState {
  settings: LearnerSettings;
  counts: QueueCounts;
  scope: PracticeScope;
  /** Practice reviews (new and old) already done in the learner's day: spaces new cards out. */
  doneToday: number;
}

/** The learner's settings, with cards for every item of the current bank. */
async function prepare(db: Database, userId: string, now: number) {
  const settings = await learnerSettings(db, userId);
  await ensureCards(db, userId, practiceItems(bank), bank.version, settings.cardsBankVersion, now);
  return settings;
}

/** What is left today: learning due, reviews due up to the daily limit, new cards up to the daily limit. */
export async function practiceCounts(db: Database, userId: string, now: number, scopeOverride?: PracticeScope): Promise<PracticeState> {
  const settings = await prepare(db, userId, now);
  const scope = scopeOverride ?? settings.scope;
  const day = learnerDay(now, settings.timeZone, settings.dayStartsAtHour);
  const [done, waiting] = await Promise.all([reviewsDoneBetween(db, userId, day.start, day.end), waitingCounts(db, userId, now, 0, scope)]);
  const counts = {
    learning: waiting.learning,
    review: Math.min(waiting.review, Math.max(0, settings.reviewsPerDay - done.reviewsDone)),
    new: Math.min(waiting.new, Math.max(0, settings.newPerDay - done.newDone)),
  };
  if (counts.learning + counts.review + counts.new === 0) {
    // Nothing else to do: learning cards due in the next 20 minutes may come early, as in Anki.
    counts.learning = (await waitingCounts(db, userId, now, LEARN_AHEAD_MS, scope)).learning;
  }
  return { settings, counts, scope, doneToday: done.reviewsDone + done.newDone };
}

/** Learning first; then reviews with new cards spread among them; then the rest of the new cards. */
function nextKind(counts: QueueCounts, reviewsDoneToday: number): keyof QueueCounts | null {
  if (counts.learning > 0) return "learning";
  if (counts.review > 0 && counts.new > 0) {
    const every = Math.max(1, Math.round(counts.review / counts.new));
    return reviewsDoneToday % (every + 1) === every ? "new" : "review";
  }
  if (counts.review > 0) return "review";
  if (counts.new > 0) return "new";
  return null;
}

export interface ShownCard {
  id: string;
  version: number;
  state: number;
  flagged: boolean;
  question: ReturnType<typeof publicQuestion>;
  intervals: Record<1 | 2 | 3 | 4, string>;
}

function newSeed() {
  return randomBytes(6).toString("base64url");
}

/** Undo brings its card back: the client asks for it by id, and gets it if it is still on screen. */
async function preferredCard(db: Database, userId: string, cardId: string | undefined) {
  if (!cardId) return undefined;
  const card = await cardOfUser(db, userId, cardId);
  return card && card.presentedSeed && !card.suspended ? card : undefined;
}

export async function nextPracticeCard(db: Database, userId: string, mode: PracticeMode, now: number, scopeOverride?: PracticeScope, preferCardId?: string) {
  for (let attempt = 0; attempt < 5; attempt++) {
    const state = await practiceCounts(db, userId, now, scopeOverride);
    const resumed = (attempt === 0 ? await preferredCard(db, userId, preferCardId) : undefined) ?? (await shownCard(db, userId, now, state.scope));
    const kind = nextKind(state.counts, state.doneToday);
    if (!resumed && !kind) return { card: null, counts: state.counts };
    const learnAhead = kind === "learning" ? LEARN_AHEAD_MS : 0;
    const card = resumed ?? (await firstCard(db, userId, now, learnAhead, state.scope, kind!));
    if (!card) return { card: null, counts: state.counts };
    const seed = card.presentedSeed ?? (await presentCard(db, userId, card.id, newSeed()));
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

export interface ReviewRequest {
  reviewId: string;
  cardId: string;
  choiceIds?: string[];
  rating?: 1 | 2 | 3 | 4;
  durationMs: number;
  cardVersion?: number;
}

function sameSet(a: string[], b: string[]) {
  return a.length === b.length && a.every((id) => b.includes(id));
}

export function grade(question: Question, choiceIds: string[]) {
  const unknown = choiceIds.filter((id) => !question.choices.some((c) => c.id === id));
  if (unknown.length) throw new ApiError("bad_request", `Unknown choice id(s) for this question: ${unknown.join(", ")}.`);
  return sameSet(
    [...new Set(choiceIds)],
    question.choices.filter((c) => c.correct).map((c) => c.id),
  );
}

/** The answer side of a reviewed question: grading, every option's explanation, citations, links. */
export function reviewFeedback(question: Question | null) {
  if (!question) return { explanation: "", choices: [], citations: [], links: null, answer: null };
  return {
    explanation: question.explanation,
    choices: question.choices.map(({ id, correct, explanation }) => ({ id, correct, explanation })),
    citations: question.citations,
    disagreement: question.disagreement ?? null,
    links: question.links,
    answer: question.answer ?? null,
    factIds: question.factIds,
  };
}

function cardSummary(card: CardRow) {
  return { due: card.due, state: card.state, reps: card.reps, lapses: card.lapses, suspended: card.suspended, leech: card.leech, flagged: card.flagged, version: card.version };
}

function questionFor(itemId: string, seed: string | null, mode: PracticeMode) {
  return seed ? renderPracticeItem(bank, itemId, seed, mode) : null;
}

function duplicateResponse(previous: ReviewLogRow, card: CardRow) {
  const question = questionFor(card.itemId, previous.questionSeed, previous.answer ? "quiz" : "flashcard");
  return { correct: previous.correct ?? undefined, rating: previous.rating, card: cardSummary(card), duplicate: true, leech: null, ...reviewFeedback(question) };
}

export async function submitPracticeReview(db: Database, userId: string, request: ReviewRequest, now: number) {
  const mode: PracticeMode = request.choiceIds ? "quiz" : "flashcard";
  const row = await cardWithSettings(db, userId, request.cardId);
  if (!row) {
    if (await reviewOfUser(db, userId, request.reviewId)) throw new ApiError("conflict", "This review id was already used for another card.");
    throw new ApiError("not_found", "No such card.");
  }
  const { card } = row;
  const settings = row.settings ?? DEFAULT_SETTINGS;
  if (!card.presentedSeed) {
    const previous = await reviewOfUser(db, userId, request.reviewId);
    if (previous?.cardId === card.id) return duplicateResponse(previous, card);
    throw new ApiError("conflict", "This card is not being shown right now (already answered elsewhere?). Load the next card.");
  }
  const question = questionFor(card.itemId, card.presentedSeed, mode);
  if (!question) throw new ApiError("not_found", "This card's question is no longer in the bank.");

  let correct: boolean | undefined;
  let rating: number;
  if (request.choiceIds) {
    if (question.kind === "flashcard") throw new ApiError("bad_request", "This card is a flashcard: send a rating, not choiceIds.");
    correct = grade(question, request.choiceIds);
    rating = correct ? (request.rating && request.rating > 1 ? request.rating : RATINGS.good) : RATINGS.again;
  } else {
    if (!request.rating) throw new ApiError("bad_request", "Send choiceIds (quiz) or a rating from 1 to 4 (flashcard).", { fieldErrors: { rating: ["Required without choiceIds."] } });
    rating = request.rating;
  }
  const outcome = await recordReview(db, {
    reviewId: request.reviewId,
    userId,
    cardId: card.id,
    card,
    rating,
    answer: request.choiceIds ?? null,
    correct: correct ?? null,
    durationMs: request.durationMs,
    now,
    origin: "practice",
    questionId: question.id,
    questionSeed: card.presentedSeed,
    requireShownSeed: card.presentedSeed,
    expectedVersion: request.cardVersion,
    schedule: (fields) => scheduleReview(fields, rating as Grade, now, cramSchedulingSettings(settings, fields, now)),
  });
  if (outcome.status === "not_found") throw new ApiError("not_found", "No such card.");
  if (outcome.status === "conflict") throw new ApiError("conflict", outcome.message);
  if (outcome.status === "duplicate") return duplicateResponse(outcome.review, outcome.card);
  return {
    correct,
    rating,
    card: cardSummary(outcome.card),
    duplicate: false,
    leech: outcome.becameLeech
      ? {
          message: `You have missed this card ${outcome.card.lapses} times, so it is now suspended as a leech. Read the fact page, then unsuspend it from there when ready.`,
          link: question.links.service,
        }
      : null,
    ...reviewFeedback(question),
  };
}

/** Flashcard reveal: the back of the card currently shown, without recording anything. */
export async function revealCard(db: Database, userId: string, cardId: string) {
  const card = await cardOfUser(db, userId, cardId);
  if (!card) throw new ApiError("not_found", "No such card.");
  if (!card.presentedSeed) throw new ApiError("conflict", "This card is not being shown right now. Load the next card.");
  return reviewFeedback(questionFor(card.itemId, card.presentedSeed, "flashcard"));
}
