import {
  bulkCardActionSchema,
  cardActionSchema,
  cardBrowserSchema,
  practiceQuerySchema,
  ratingSchema,
  reviewSchema,
} from "@/server/practice/input";
import {
  bulkCardResultSchema,
  cardListingSchema,
  answerSideSchema,
  answeredCardSchema,
  cardActionResultSchema,
  nextCardSchema,
  rerateResultSchema,
  reviewResultSchema,
  sessionSummarySchema,
  undoResultSchema,
} from "@/server/practice/types";
import { refusal, type Operation } from "@/server/openapi/operation";
import { practice } from "@/server/openapi/sections";

export const PRACTICE_OPERATIONS: Operation[] = [
  practice("GET /api/v1/practice/next", "The card to practise now", {
    description: [
      "Shows the next card and remembers that it is shown (its scenario's seed): **a review is accepted only for the card this endpoint is showing**.",
      "A card shown and not yet answered is shown again (a reload, a second device). No correct flag, explanation or answer is included.",
      "Learning cards due come first, then reviews and new cards interleaved within the learner's daily limits (by their own day and time zone).",
    ].join(" "),
    query: practiceQuerySchema,
    responses: {
      200: {
        description: "The card on screen (null when nothing is due) and what is left today.",
        schema: nextCardSchema,
      },
      400: refusal("An unknown mode, model, topic or fact, more than 20 facts, or `ahead` / `extraNew` out of range."),
    },
  }),
  practice("GET /api/v1/cards", "Browse your cards", {
    description:
      "Every card the learner has, 50 a page, found by words (every word in what the card teaches or its service's name), state, set-aside mark, service or model. Every filter is optional; an empty one means any.",
    query: cardBrowserSchema,
    responses: {
      200: { description: "One page of the cards that match.", schema: cardListingSchema, name: "CardListing" },
      400: refusal("A filter value it does not know, under its name in fieldErrors."),
    },
  }),
  practice("POST /api/v1/cards/bulk", "Flag or suspend several cards", {
    description:
      "One action on up to 200 of the learner's cards. Only the caller's own cards change: another learner's ids count for nothing. Suspending takes a card off screen, as for one card.",
    body: { schema: bulkCardActionSchema, name: "BulkCardAction", example: { cardIds: ["…"], action: "suspend" } },
    responses: {
      200: { description: "How many cards changed.", schema: bulkCardResultSchema },
      400: refusal("No cards, more than 200, or an unknown action."),
    },
  }),
  practice("POST /api/v1/reviews", "Answer the card on screen", {
    description: [
      "Quiz: send `choiceIds`; a wrong answer is rated Again (1), a right one Good (3) unless `rating` is 2–4 (Hard or Easy).",
      "Flashcard: send `rating` 1–4.",
      "`durationMs` (how long the learner took) is optional, 0 when left out. `cardVersion` (from the shown card) makes a review of a card changed since refused.",
      "The card is scheduled by FSRS-6 (ts-fsrs) with the learner's settings; see Scheduling. The card's new state and an append-only review-log row are written in one transaction.",
      "The same `reviewId` again answers 200 with the first result and `duplicate: true`; nothing is written twice.",
    ].join("\n\n"),
    body: {
      schema: reviewSchema,
      name: "ReviewRequest",
      example: { reviewId: "0f8fad5b-d9cb-469f-a165-70867728950e", cardId: "…", choiceIds: ["b"], durationMs: 5400, cardVersion: 3 },
    },
    responses: {
      200: { description: "A retry of a review already recorded: its first result, `duplicate: true`.", schema: reviewResultSchema },
      201: {
        description: "Recorded: the grading, every option's explanation, the rating and the card's new schedule.",
        schema: reviewResultSchema,
      },
      400: refusal(
        "A malformed body, a rating outside 1–4, a choice id the question does not have, choiceIds for a flashcard, or neither choiceIds nor rating.",
      ),
      404: refusal("No such card, or another user's."),
      409: refusal(
        "The card is not the one `/api/v1/practice/next` is showing (already answered, or never shown), it changed since it was shown (`cardVersion`), the reviewId was used for another card, or the review with this reviewId was undone (it is never applied twice).",
      ),
    },
  }),
  practice("POST /api/v1/reviews/{reviewId}/rating", "Re-rate a right answer", {
    description:
      "After a right answer Good was recorded; turn it into Hard (2) or Easy (4), or back to Good (3). The card is rescheduled from the review's own time.",
    body: { schema: ratingSchema },
    responses: {
      200: { description: "The rating now recorded and the card's new schedule.", schema: rerateResultSchema },
      400: refusal("A rating other than 2, 3 or 4."),
      409: refusal("The answer was wrong (always Again), or it is not the card's latest review."),
    },
  }),
  practice("GET /api/v1/reviews/{reviewId}", "A practice answer, shown again", {
    description:
      "After a reload the practice screen shows the card just answered again (the choice, the verdict, the explanation and the rating) until the learner continues; it keeps the reviewId in the address. Only for the learner's own quiz answer, and only while it is the card's latest review and the card has not been shown again.",
    responses: {
      200: { description: "The answered card and its feedback.", schema: answeredCardSchema },
      404: refusal("No such practice answer, or another user's."),
      409: refusal("The card has moved on since that answer: load the next card."),
    },
  }),
  practice("POST /api/v1/reviews/{reviewId}/undo", "Undo a review", {
    description:
      "Restores the card exactly as it was before the review and marks the review-log row reverted (the log is append-only): stats, exports and the FSRS optimizer leave it out, and its id stays used, so a late retry of the same review is refused (409) rather than applied again. Ask `/api/v1/practice/next?prefer={cardId}` to show it again.",
    responses: {
      200: { description: "Undone: the card as it is again.", schema: undoResultSchema },
      409: refusal("It is not the card's latest review."),
    },
  }),
  practice("PATCH /api/v1/cards/{cardId}", "Flag, suspend or bury a card", {
    description:
      "Exactly one of `flagged`, `suspended` or `buryUntilTomorrow: true`. A buried card comes back at the start of the learner's next day, in their time zone.",
    body: { schema: cardActionSchema, name: "CardAction" },
    responses: {
      200: { description: "The card's flags now.", schema: cardActionResultSchema },
      400: refusal("None, or more than one, of the three fields."),
    },
  }),
  practice("GET /api/v1/cards/{cardId}/answer", "Reveal a flashcard", {
    description:
      "The back of the flashcard on screen: its answer, explanation and citations. Writes no review; the showing is marked revealed, so it can then only be rated with `POST /api/v1/reviews` (a quiz answer to it is refused with 409, and quiz mode passes it by until it is rated as a flashcard).",
    responses: {
      200: { description: "The answer side.", schema: answerSideSchema },
      409: refusal(
        "The card is not being shown right now, or it is shown as a quiz: a quiz card's answer comes only with the result of answering it.",
      ),
    },
  }),
  practice("GET /api/v1/practice/summary", "Today's work and the week ahead", {
    description:
      "By the learner's own day: reviews done today, cards due by the end of tomorrow, and cards due on each of the next seven days.",
    responses: { 200: { description: "The summary.", schema: sessionSummarySchema } },
  }),
];
