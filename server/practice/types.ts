/**
 * The one declaration of every shape the practice feature returns (API bodies and page props).
 * API bodies are zod schemas, so the OpenAPI document (server/openapi) is generated from the same
 * declaration the code is typed by; each type is the schema's inferred type.
 */
import { z } from "zod";
import { SAFE_TAGS, type SafeNode } from "@/questions/safe-nodes";
import { QUESTION_KINDS, type CitationView as BankCitationView, type PublicQuestion as BankPublicQuestion } from "@/questions/types";
import type { LearnerSettings } from "@/db/queries/settings";
import type { PracticeScope } from "@/db/schema";

/** Compile-time proof that a schema describes exactly a type declared elsewhere (in questions/). */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;

const int = () => z.number().int();

export const citationViewSchema = z.object({
  title: z.string(),
  section: z.string().optional(),
  quote: z.string().optional(),
  url: z.string().optional(),
  /** Source file name, for citations of the five source documents. */
  file: z.string().optional().describe("Source file name, for citations of the five source documents."),
});
export type CitationView = z.infer<typeof citationViewSchema>;
const _citationViewIsTheBanks: Same<CitationView, BankCitationView> = true;

/**
 * Formatted text (a class's questions imported from GIFT [html] or [markdown]) as a tree of a fixed
 * set of elements: a string is text, never markup; an element is one of the safe tags with its
 * children, and only a link carries an attribute (an http:, https: or mailto: href).
 */
const richElementSchema = z.object({
  tag: z.enum(SAFE_TAGS),
  href: z.string().optional().describe("Links only: an http:, https: or mailto: address."),
  get children(): z.ZodArray<z.ZodType<SafeNode>> {
    return z.array(richNodeSchema);
  },
});
export const richNodeSchema: z.ZodType<SafeNode> = z
  .union([z.string(), richElementSchema])
  .describe(
    "A string is text (show it as text, never as markup); an object is an element: `tag` (p, br, strong, em, code, pre, ul, ol, li, a), `href` on links only, and `children`, more nodes.",
  );
export const richTextSchema = z
  .array(richNodeSchema)
  .describe("Formatted text as a tree: strings are text; elements are p, br, strong, em, code, pre, ul, ol, li or a (with href).");
export type RichText = SafeNode[];

/** A choice as a learner sees it before answering. */
const shownChoiceSchema = z.object({ id: z.string(), text: z.string() });

/** Any question as a learner sees it before answering: bank questions and a class's own (GIFT) ones. */
export const shownQuestionSchema = z.object({
  id: z.string(),
  kind: z.string(),
  prompt: z.string(),
  selectCount: int().optional().describe("Multi-select only: how many choices to pick."),
  choices: z.array(shownChoiceSchema),
});
export type ShownQuestion = z.infer<typeof shownQuestionSchema>;

/** A bank question before answering: no correct flags, no explanations. */
export const publicQuestionSchema = shownQuestionSchema.extend({ kind: z.enum(QUESTION_KINDS) });
export type PublicQuestion = z.infer<typeof publicQuestionSchema>;
const _publicQuestionIsTheBanks: Same<PublicQuestion, BankPublicQuestion> = true;

/** Cards left today: learning due, reviews due and new cards, within the daily limits. */
export const countsSchema = z.object({ new: int(), learning: int(), review: int() });
export type Counts = z.infer<typeof countsSchema>;

export interface PracticeState {
  settings: LearnerSettings;
  counts: Counts;
  scope: PracticeScope;
  /** Practice reviews (new and old) already done in the learner's day: spaces new cards out. */
  doneToday: number;
  /** Of those, first reviews of new cards: places the rest of the day's new cards evenly. */
  newDoneToday: number;
  /** Studying ahead: reviews due this far past now count as due. */
  reviewsAheadMs: number;
}

/** The card on screen: its question without answers, and how far each rating would push it. */
export const shownCardSchema = z.object({
  id: z.string(),
  version: int().describe("Send back as cardVersion: a review of a card changed since is refused (409)."),
  state: int().describe("FSRS state: 0 new, 1 learning, 2 review, 3 relearning."),
  flagged: z.boolean(),
  question: publicQuestionSchema,
  intervals: z
    .object({ "1": z.string(), "2": z.string(), "3": z.string(), "4": z.string() })
    .describe('How long until the card is due again for each rating (1 Again … 4 Easy): "1m", "6m", "5d", "2.1mo", "1y".'),
});
export type ShownCard = z.infer<typeof shownCardSchema>;

export const nextCardSchema = z.object({
  card: shownCardSchema.nullable().describe("null when nothing is due today."),
  counts: countsSchema,
});
export type NextCard = z.infer<typeof nextCardSchema>;

/** A choice with its key and why: for questions shown with their answers (reports, previews, results). */
export const answerChoiceSchema = shownChoiceSchema.extend({
  correct: z.boolean(),
  explanation: z.string(),
  factId: z.string().optional().describe("Bank questions: the fact a duty option was drawn from, so anyone can audit the options."),
  service: z.string().optional().describe("Bank questions: the service of that fact."),
});

const linksSchema = z
  .object({ model: z.string(), service: z.string() })
  .describe("Paths of the model and service pages that teach this question.");

/** The answer side of a question: every option's explanation, citations, links. */
export const answerSideSchema = z.object({
  explanation: z.string(),
  choices: z.array(z.object({ id: z.string(), correct: z.boolean(), explanation: z.string() })),
  citations: z.array(citationViewSchema),
  disagreement: z.string().nullable().optional().describe("Where a source disagrees with AWS's documentation, what it says."),
  links: linksSchema.nullable(),
  answer: z.string().nullable().optional().describe("Flashcards: the back of the card."),
  factIds: z.array(z.string()).optional().describe("The bank facts the question exercises."),
});
export type AnswerSide = z.infer<typeof answerSideSchema>;

export const cardSummarySchema = z.object({
  due: int(),
  state: int(),
  reps: int(),
  lapses: int(),
  suspended: z.boolean(),
  leech: z.boolean(),
  flagged: z.boolean(),
  version: int(),
});
export type CardSummary = z.infer<typeof cardSummarySchema>;

/** POST /api/v1/reviews: the grading, the rating recorded and the card's new schedule. */
export const reviewResultSchema = answerSideSchema.extend({
  correct: z.boolean().optional().describe("Quiz answers only."),
  rating: int().describe("The rating recorded: 1 Again, 2 Hard, 3 Good, 4 Easy."),
  card: cardSummarySchema,
  duplicate: z.boolean().describe("true when this reviewId was already recorded: the first result, nothing written twice."),
  leech: z.object({ message: z.string(), link: z.string() }).nullable().describe("Set when this review made the card a leech (suspended)."),
});
export type ReviewResult = z.infer<typeof reviewResultSchema>;

/** GET /api/v1/reviews/{id}: a quiz answer shown again after a reload, until the learner continues. */
export const answeredCardSchema = z.object({
  card: shownCardSchema,
  counts: countsSchema,
  reviewId: z.string(),
  choiceIds: z.array(z.string()).describe("The choices the learner picked."),
  feedback: reviewResultSchema,
});
export type AnsweredCard = z.infer<typeof answeredCardSchema>;

/** What the practice screen shows after an answer (a review) or a flashcard reveal (the answer side only). */
export type Feedback = AnswerSide & Partial<Pick<ReviewResult, "correct" | "card" | "leech">> & { rating?: number };

export const rerateResultSchema = z.object({
  rating: int(),
  card: z.object({ due: int(), state: int(), reps: int(), lapses: int() }),
});
export type RerateResult = z.infer<typeof rerateResultSchema>;

export const undoResultSchema = z.object({
  undone: z.literal(true),
  card: z.object({ id: z.string(), due: int(), state: int(), reps: int(), lapses: int() }),
});
export type UndoResult = z.infer<typeof undoResultSchema>;

export const cardActionResultSchema = z.object({
  card: z.object({
    id: z.string(),
    service: z.string(),
    flagged: z.boolean(),
    suspended: z.boolean(),
    buriedUntil: int().nullable().describe("Hidden from practice until this time (the learner's next day start); null when not buried."),
  }),
});
export type CardActionResult = z.infer<typeof cardActionResultSchema>;

/** GET /api/v1/practice/summary: today's work and what is coming. */
export const sessionSummarySchema = z.object({
  today: z.object({ reviewed: int(), correct: int(), graded: int() }),
  dueTomorrow: int(),
  forecast: z.array(z.object({ date: z.string(), count: int() })),
});
export type SessionSummary = z.infer<typeof sessionSummarySchema>;

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
export const browsedCardSchema = z.object({
  id: z.string(),
  duty: z.string().describe("What the card teaches, in words."),
  service: z.object({ id: z.string(), name: z.string() }),
  model: z.string(),
  state: z.enum(["new", "learning", "review", "relearning"]),
  due: int().nullable().describe("When it is next due; null for a card never studied."),
  reps: int(),
  lapses: int(),
  flagged: z.boolean(),
  suspended: z.boolean(),
  leech: z.boolean(),
  buried: z.boolean(),
});
export type BrowsedCard = z.infer<typeof browsedCardSchema>;

/** GET /api/v1/cards and the /cards page: one page of the learner's cards that match. */
export const cardListingSchema = z.object({ total: int(), page: int(), pages: int(), perPage: int(), cards: z.array(browsedCardSchema) });
export type CardListing = z.infer<typeof cardListingSchema>;

/** POST /api/v1/cards/bulk: how many of the learner's cards changed. */
export const bulkCardResultSchema = z.object({
  changed: int().describe("Cards of the caller's that changed; another learner's ids count for nothing."),
});
export type BulkCardResult = z.infer<typeof bulkCardResultSchema>;
