import { z } from "zod";
import { factModelSchema, topicSchema } from "@/questions/schema";
import { bank } from "@/questions/bank";
import type { PracticeScope } from "@/db/schema";
import { parseInput } from "@/server/errors";

export const reviewSchema = z.object({
  reviewId: z.uuid("reviewId must be a UUID made by the client"),
  cardId: z.string().min(1).max(64),
  choiceIds: z.array(z.string().min(1).max(16)).min(1, "Pick at least one choice").max(10).optional(),
  rating: z.number().int().min(1, "rating is 1 (Again) to 4 (Easy)").max(4, "rating is 1 (Again) to 4 (Easy)").optional(),
  durationMs: z
    .number()
    .int()
    .min(0)
    .max(24 * 60 * 60 * 1000)
    .default(0),
  cardVersion: z.number().int().min(0).optional(),
});

export const ratingSchema = z.object({
  rating: z.number().int().min(2, "After a right answer the rating is 2 (Hard), 3 (Good) or 4 (Easy)").max(4),
});

export const cardActionSchema = z
  .object({
    flagged: z.boolean().optional(),
    suspended: z.boolean().optional(),
    buryUntilTomorrow: z.literal(true).optional(),
  })
  .refine((body) => Object.keys(body).length === 1, "Send exactly one of flagged, suspended or buryUntilTomorrow");

export type CardAction = z.infer<typeof cardActionSchema>;

const MAX_FACTS = 20;

const known = (what: string, isKnown: (value: string) => boolean) =>
  z
    .string()
    .max(200)
    .refine(isKnown, { error: (issue) => `Unknown ${what} "${String(issue.input)}".` });

/** GET /api/v1/practice/next: the mode, a one-off scope (each key repeatable) and a card still on screen. */
export const practiceQuerySchema = z.object({
  mode: z.enum(["quiz", "flashcard"], "mode is quiz or flashcard").default("quiz"),
  service: z
    .array(z.string().max(64))
    .max(100)
    .default([])
    .describe("Repeatable: only these services' cards (service ids, as in /services/{id})."),
  model: z
    .array(known("model", (value) => factModelSchema.safeParse(value).success))
    .max(10)
    .default([])
    .describe("Repeatable: infrastructure, container, abstract or all."),
  topic: z
    .array(known("topic", (value) => topicSchema.safeParse(value).success))
    .max(20)
    .default([])
    .describe("Repeatable: only these topics."),
  fact: z
    .array(known("fact", (value) => bank.facts.some((f) => f.id === value)))
    .max(MAX_FACTS, `At most ${MAX_FACTS} facts at a time.`)
    .default([])
    .describe(`Repeatable, at most ${MAX_FACTS}: only these facts' cards.`),
  prefer: z
    .string()
    .max(64)
    .optional()
    .describe("A card still on screen (after an undo): shown again if it is still shown and not suspended."),
  ahead: z.coerce
    .number("Study ahead 1 to 30 days.")
    .int("Study ahead 1 to 30 days.")
    .min(1, "Study ahead 1 to 30 days.")
    .max(30, "Study ahead 1 to 30 days.")
    .optional()
    .describe(
      "Custom study once the day is done: reviews due in the next this many days (1–30) count as due, past the daily review limit.",
    ),
  extraNew: z.coerce
    .number("Learn 1 to 100 extra new cards.")
    .int("Learn 1 to 100 extra new cards.")
    .min(1, "Learn 1 to 100 extra new cards.")
    .max(100, "Learn 1 to 100 extra new cards.")
    .optional()
    .describe("Custom study: this many new cards (1–100) past today's new-card limit."),
});

/** Custom study once the day is done: reviews due in the next `aheadDays`, and `extraNew` new cards past today's limit. */
export interface ExtraStudy {
  aheadDays: number;
  extraNew: number;
}

/** Reads ?mode= and an optional one-off scope (?service=rds&model=container&topic=keys&fact=rds.os-patching) from the URL. */
export function practiceQuery(url: URL): { mode: "quiz" | "flashcard"; scope?: PracticeScope; prefer?: string; extra?: ExtraStudy } {
  const params = url.searchParams;
  const raw = {
    mode: params.get("mode") ?? undefined,
    service: params.getAll("service"),
    model: params.getAll("model"),
    topic: params.getAll("topic"),
    fact: params.getAll("fact"),
    prefer: params.get("prefer")?.slice(0, 64) || undefined,
    ahead: params.get("ahead") ?? undefined,
    extraNew: params.get("extraNew") ?? undefined,
  };
  const checked = practiceQuerySchema.safeParse(raw);
  // The first problem is the message (one bad value is the usual case); every field is in fieldErrors.
  const query = parseInput(practiceQuerySchema, raw, checked.success ? "" : checked.error.issues[0].message);
  const { mode, service: services, model: models, topic: topics, fact: facts, prefer, ahead, extraNew } = query;
  const scoped = services.length + models.length + topics.length + facts.length > 0;
  const extra = ahead === undefined && extraNew === undefined ? undefined : { aheadDays: ahead ?? 0, extraNew: extraNew ?? 0 };
  return { mode, scope: scoped ? { services, models, topics, ...(facts.length ? { facts } : {}) } : undefined, prefer, extra };
}

export const CARD_STATE_NAMES = ["new", "learning", "review", "relearning"] as const;
export const CARD_MARKS = ["flagged", "suspended", "leech", "buried"] as const;

const optionalChoice = <T extends readonly [string, ...string[]]>(values: T, message: string) =>
  z.preprocess((value) => (value === "" ? undefined : value), z.enum(values, message).optional());

/** The card browser's filters, from its address: every one optional, "" meaning any. */
export const cardBrowserSchema = z.object({
  q: z.string("Search with words.").trim().max(200, "Search for at most 200 characters.").optional(),
  state: optionalChoice(CARD_STATE_NAMES, "Choose a state from the list."),
  mark: optionalChoice(CARD_MARKS, "Choose flagged, suspended, leeches or buried."),
  service: z.preprocess(
    (value) => (value === "" ? undefined : value),
    z
      .string()
      .refine((id) => bank.services.some((s) => s.id === id), "Choose a service from the list.")
      .optional(),
  ),
  model: z.preprocess((value) => (value === "" ? undefined : value), factModelSchema.optional()),
  page: z.coerce
    .number("Pages are numbered from 1.")
    .int("Pages are numbered from 1.")
    .min(1, "Pages are numbered from 1.")
    .max(10_000, "Pages are numbered from 1.")
    .optional(),
});

export type CardBrowserQuery = z.infer<typeof cardBrowserSchema>;

export const BULK_CARD_ACTIONS = ["flag", "unflag", "suspend", "unsuspend"] as const;

/** POST /api/v1/cards/bulk: one action on up to 200 of the learner's cards. */
export const bulkCardActionSchema = z.object({
  cardIds: z
    .array(z.string().min(1).max(64), "Choose the cards to change.")
    .min(1, "Choose at least one card.")
    .max(200, "Change at most 200 cards at a time."),
  action: z.enum(BULK_CARD_ACTIONS, "Choose flag, unflag, suspend or unsuspend."),
});
