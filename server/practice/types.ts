/** The one declaration of every shape the practice feature returns (API bodies and page props). */
import type { PublicQuestion, CitationView } from "@/questions/types";
import type { QueueCounts } from "@/db/queries/cards";
import type { LearnerSettings } from "@/db/queries/settings";
import type { PracticeScope } from "@/db/schema";

export type { CitationView, PublicQuestion };

/** Any question as a learner sees it before answering: bank questions and a class's own (GIFT) ones. */
export interface ShownQuestion {
  id: string;
  kind: string;
  prompt: string;
  selectCount?: number;
  choices: { id: string; text: string }[];
}

/** Cards left today: learning due, reviews due and new cards, within the daily limits. */
export type Counts = QueueCounts;

export interface PracticeState {
  settings: LearnerSettings;
  counts: QueueCounts;
  scope: PracticeScope;
  /** Practice reviews (new and old) already done in the learner's day: spaces new cards out. */
  doneToday: number;
  /** Studying ahead: reviews due this far past now count as due. */
  reviewsAheadMs: number;
}

/** The card on screen: its question without answers, and how far each rating would push it. */
export interface ShownCard {
  id: string;
  version: number;
  state: number;
  flagged: boolean;
  question: PublicQuestion;
  intervals: Record<1 | 2 | 3 | 4, string>;
}

export interface NextCard {
  card: ShownCard | null;
  counts: Counts;
}

/** The answer side of a question: every option's explanation, citations, links. */
export interface AnswerSide {
  explanation: string;
  choices: { id: string; correct: boolean; explanation: string }[];
  citations: CitationView[];
  disagreement?: string | null;
  links: { model: string; service: string } | null;
  answer?: string | null;
  factIds?: string[];
}

export interface CardSummary {
  due: number;
  state: number;
  reps: number;
  lapses: number;
  suspended: boolean;
  leech: boolean;
  flagged: boolean;
  version: number;
}

/** POST /api/v1/reviews: the grading, the rating recorded and the card's new schedule. */
export interface ReviewResult extends AnswerSide {
  correct?: boolean;
  rating: number;
  card: CardSummary;
  duplicate: boolean;
  leech: { message: string; link: string } | null;
}

/** GET /api/v1/reviews/{id}: a quiz answer shown again after a reload, until the learner continues. */
export interface AnsweredCard extends NextCard {
  card: ShownCard;
  reviewId: string;
  choiceIds: string[];
  feedback: ReviewResult;
}

/** What the practice screen shows after an answer (a review) or a flashcard reveal (the answer side only). */
export type Feedback = AnswerSide & Partial<Pick<ReviewResult, "correct" | "card" | "leech">> & { rating?: number };

export interface RerateResult {
  rating: number;
  card: { due: number; state: number; reps: number; lapses: number };
}

export interface UndoResult {
  undone: true;
  card: { id: string; due: number; state: number; reps: number; lapses: number };
}

export interface CardActionResult {
  card: { id: string; service: string; flagged: boolean; suspended: boolean; buriedUntil: number | null };
}

/** GET /api/v1/practice/summary: today's work and what is coming. */
export interface SessionSummary {
  today: { reviewed: number; correct: number; graded: number };
  dueTomorrow: number;
  forecast: { date: string; count: number }[];
}

/** A card the learner set aside (suspended or flagged) or that became a leech, named by its duty. */
export interface SetAsideCard {
  id: string;
  duty: string;
  suspended: boolean;
  flagged: boolean;
  leech: boolean;
  lapses: number;
}

/** A card in the card browser: what it teaches, where it sits and how it stands. */
export interface BrowsedCard {
  id: string;
  duty: string;
  service: { id: string; name: string };
  model: string;
  state: "new" | "learning" | "review" | "relearning";
  /** When it is next due; null for a card never studied. */
  due: number | null;
  reps: number;
  lapses: number;
  flagged: boolean;
  suspended: boolean;
  leech: boolean;
  buried: boolean;
}

/** GET /api/v1/cards and the /cards page: one page of the learner's cards that match. */
export interface CardListing {
  total: number;
  page: number;
  pages: number;
  perPage: number;
  cards: BrowsedCard[];
}

/** POST /api/v1/cards/bulk: how many of the learner's cards changed. */
export interface BulkCardResult {
  changed: number;
}
