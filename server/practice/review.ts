import type { Grade } from "ts-fsrs";
import { bank } from "@/questions/bank";
import { renderPracticeItem, type PracticeMode } from "@/questions/practice";
import type { Question } from "@/questions/types";
import type { Database } from "@/db";
import { pick } from "@/db/pick";
import { cardOfUser, cardWithSettings, markRevealed, updateCardFlags, type CardRow } from "@/db/queries/cards";
import {
  changeRating,
  latestReviewOfCard,
  recordReview,
  reviewIdUsed,
  reviewOfUser,
  undoReview,
  type ReviewLogRow,
} from "@/db/queries/reviews";
import { DEFAULT_SETTINGS, learnerSettings } from "@/db/queries/settings";
import { Conflict, Invalid, NotFound } from "@/server/errors";
import {
  assertRerateAllowed,
  buriedUntil,
  gradeChoices,
  LEECH_LAPSES,
  ratingOfAnswer,
  scheduleByRules,
} from "@/server/practice/review-rules";
import type { CardAction, ExtraStudy } from "@/server/practice/input";
import type {
  AnswerSide,
  AnsweredCard,
  CardActionResult,
  CardSummary,
  RerateResult,
  ReviewResult,
  UndoResult,
} from "@/server/practice/types";
import type { PracticeScope } from "@/db/schema";
import { publicQuestion } from "@/questions/types";
import { practiceCounts } from "@/server/practice/queue";
import { cramSchedulingSettings } from "@/server/practice/review-rules";
import { nextIntervals } from "@/server/practice/scheduler";

export interface ReviewRequest {
  reviewId: string;
  cardId: string;
  choiceIds?: string[];
  rating?: 1 | 2 | 3 | 4;
  durationMs: number;
  cardVersion?: number;
}

/** The answer side of a reviewed question: grading, every option's explanation, citations, links. */
function reviewFeedback(question: Question | null): AnswerSide {
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

/** What a learner is told of a card after a change: its schedule and marks, not its FSRS memory state. */
const CARD_SUMMARY_FIELDS = ["due", "state", "reps", "lapses", "suspended", "leech", "flagged", "version"] as const;
const cardSummary = (card: CardRow): CardSummary => pick(card, CARD_SUMMARY_FIELDS);

function questionFor(itemId: string, seed: string | null, mode: PracticeMode) {
  return seed ? renderPracticeItem(bank, itemId, seed, mode) : null;
}

function duplicateResponse(previous: ReviewLogRow, card: CardRow): ReviewResult {
  const question = questionFor(card.itemId, previous.questionSeed, previous.answer ? "quiz" : "flashcard");
  return {
    correct: previous.correct ?? undefined,
    rating: previous.rating,
    card: cardSummary(card),
    duplicate: true,
    leech: null,
    ...reviewFeedback(question),
  };
}

export async function submitPracticeReview(db: Database, userId: string, request: ReviewRequest, now: number): Promise<ReviewResult> {
  const mode: PracticeMode = request.choiceIds ? "quiz" : "flashcard";
  const row = await cardWithSettings(db, userId, request.cardId);
  if (!row) {
    if (await reviewIdUsed(db, userId, request.reviewId)) throw new Conflict("This review id was already used for another card.");
    throw new NotFound("No such card.");
  }
  const { card } = row;
  const settings = row.settings ?? DEFAULT_SETTINGS;
  if (!card.presentedSeed) {
    const previous = await reviewOfUser(db, userId, request.reviewId);
    if (previous?.cardId === card.id) return duplicateResponse(previous, card);
    throw new Conflict("This card is not being shown right now (already answered elsewhere?). Load the next card.");
  }
  if (request.choiceIds && card.presentedMode === "revealed") {
    throw new Conflict("You have seen this card's answer as a flashcard, so it cannot be answered as a quiz: rate it in flashcard mode.");
  }
  const question = questionFor(card.itemId, card.presentedSeed, mode);
  if (!question) throw new NotFound("This card's question is no longer in the bank.");

  let correct: boolean | undefined;
  let rating: number;
  if (request.choiceIds) {
    if (question.kind === "flashcard") throw new Invalid("This card is a flashcard: send a rating, not choiceIds.");
    correct = gradeChoices(question, request.choiceIds);
    rating = ratingOfAnswer(correct, request.rating);
  } else {
    if (!request.rating)
      throw new Invalid("Send choiceIds (quiz) or a rating from 1 to 4 (flashcard).", { rating: ["Required without choiceIds."] });
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
    leechAtLapses: LEECH_LAPSES,
    schedule: (fields) => scheduleByRules(fields, rating as Grade, now, settings),
  });
  if (outcome.status === "not_found") throw new NotFound("No such card.");
  if (outcome.status === "conflict") throw new Conflict(outcome.message);
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

/**
 * A quiz answer shown again after a reload: the card as it was asked, the learner's choice and the
 * feedback with its rating, while it is still the card's latest review and the learner has not
 * moved on to it again (undo puts it back on screen).
 */
export async function answeredCard(
  db: Database,
  userId: string,
  reviewId: string,
  now: number,
  scope?: PracticeScope,
  extra?: ExtraStudy,
): Promise<AnsweredCard> {
  const review = await reviewOfUser(db, userId, reviewId);
  if (!review || review.origin !== "practice" || !review.answer) throw new NotFound("No such practice answer.");
  const card = await cardOfUser(db, userId, review.cardId);
  if (!card) throw new NotFound("No such practice answer.");
  if (card.presentedSeed || (await latestReviewOfCard(db, card.id))?.id !== review.id)
    throw new Conflict("This card has moved on since that answer. Load the next card.");
  const question = questionFor(card.itemId, review.questionSeed, "quiz");
  if (!question) throw new NotFound("This card's question is no longer in the bank.");
  const { counts, settings } = await practiceCounts(db, userId, now, scope, extra);
  const before = review.cardBefore as unknown as CardRow;
  return {
    card: {
      id: card.id,
      version: card.version,
      state: before.state,
      flagged: card.flagged,
      question: publicQuestion(question),
      intervals: nextIntervals(before, review.reviewedAt, cramSchedulingSettings(settings, before, review.reviewedAt)),
    },
    counts,
    reviewId: review.id,
    choiceIds: review.answer,
    feedback: duplicateResponse(review, card),
  };
}

/**
 * Flashcard reveal: the back of the card currently shown as a flashcard, without recording a review.
 * The showing is marked revealed, so it can then only be rated. A card shown as a quiz is refused:
 * its answer comes with the result of answering it (otherwise a peek would pass as a right answer).
 */
export async function revealCard(db: Database, userId: string, cardId: string): Promise<AnswerSide> {
  const revealed = await markRevealed(db, userId, cardId);
  if (revealed?.presentedSeed) return reviewFeedback(questionFor(revealed.itemId, revealed.presentedSeed, "flashcard"));
  const card = await cardOfUser(db, userId, cardId);
  if (!card) throw new NotFound("No such card.");
  if (!card.presentedSeed) throw new Conflict("This card is not being shown right now. Load the next card.");
  throw new Conflict("This card is shown as a quiz: its answer comes with the result once you answer it.");
}

/** After a right answer: Good was recorded; the learner may make it Hard or Easy instead. */
export async function rerateReview(db: Database, userId: string, reviewId: string, rating: Grade): Promise<RerateResult> {
  const review = await reviewOfUser(db, userId, reviewId);
  if (!review) throw new NotFound("No such review.");
  assertRerateAllowed(review);
  const settings = await learnerSettings(db, userId);
  const now = review.reviewedAt;
  const outcome = await changeRating(db, userId, reviewId, rating, (card) => scheduleByRules(card, rating, now, settings));
  if (outcome.status === "not_found") throw new NotFound("No such review.");
  if (outcome.status === "conflict") throw new Conflict(outcome.message);
  const { card } = outcome;
  return { rating, card: { due: card.due, state: card.state, reps: card.reps, lapses: card.lapses } };
}

/** Undo the learner's latest review of a card: the card goes back to how it was before it. */
export async function undoPracticeReview(db: Database, userId: string, reviewId: string, now: number): Promise<UndoResult> {
  const outcome = await undoReview(db, userId, reviewId, now);
  if (outcome.status === "not_found") throw new NotFound("No such review.");
  if (outcome.status === "conflict") throw new Conflict(outcome.message);
  const { card } = outcome;
  return { undone: true, card: { id: card.id, due: card.due, state: card.state, reps: card.reps, lapses: card.lapses } };
}

/** Flag, suspend / unsuspend, or bury until the learner's next day. */
export async function changeCard(db: Database, userId: string, cardId: string, action: CardAction, now: number): Promise<CardActionResult> {
  let change: Parameters<typeof updateCardFlags>[3];
  if (action.flagged !== undefined) change = { flagged: action.flagged };
  else if (action.suspended !== undefined) change = { suspended: action.suspended };
  else change = { buriedUntil: buriedUntil(now, await learnerSettings(db, userId)) };
  const card = await updateCardFlags(db, userId, cardId, change);
  if (!card) throw new NotFound("No such card.");
  return { card: { id: card.id, service: card.service, flagged: card.flagged, suspended: card.suspended, buriedUntil: card.buriedUntil } };
}
