import { z } from "zod";
import { factModelSchema, topicSchema } from "@/questions/schema";
import { bank } from "@/questions/bank";
import type { PracticeScope } from "@/db/schema";
import { Invalid } from "@/server/errors";

export const reviewSchema = z.object({
  reviewId: z.uuid("reviewId must be a UUID made by the client"),
  cardId: z.string().min(1).max(64),
  choiceIds: z.array(z.string().min(1).max(16)).min(1, "Pick at least one choice").max(10).optional(),
  rating: z.number().int().min(1, "rating is 1 (Again) to 4 (Easy)").max(4, "rating is 1 (Again) to 4 (Easy)").optional(),
  durationMs: z.number().int().min(0).max(24 * 60 * 60 * 1000).default(0),
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

const modeSchema = z.enum(["quiz", "flashcard"], "mode is quiz or flashcard");

const MAX_FACTS = 20;

/** Custom study once the day is done: reviews due in the next `aheadDays`, and `extraNew` new cards past today's limit. */
export interface ExtraStudy {
  aheadDays: number;
  extraNew: number;
}

const aheadSchema = z.coerce.number().int("Study ahead 1 to 30 days.").min(1, "Study ahead 1 to 30 days.").max(30, "Study ahead 1 to 30 days.");
const extraNewSchema = z.coerce.number().int("Learn 1 to 100 extra new cards.").min(1, "Learn 1 to 100 extra new cards.").max(100, "Learn 1 to 100 extra new cards.");

function extraStudy(url: URL): ExtraStudy | undefined {
  const ahead = url.searchParams.get("ahead");
  const extraNew = url.searchParams.get("extraNew");
  if (ahead === null && extraNew === null) return undefined;
  const aheadDays = ahead === null ? { success: true as const, data: 0 } : aheadSchema.safeParse(ahead);
  if (!aheadDays.success) throw new Invalid(aheadDays.error.issues[0].message, { ahead: [aheadDays.error.issues[0].message] });
  const extra = extraNew === null ? { success: true as const, data: 0 } : extraNewSchema.safeParse(extraNew);
  if (!extra.success) throw new Invalid(extra.error.issues[0].message, { extraNew: [extra.error.issues[0].message] });
  return { aheadDays: aheadDays.data, extraNew: extra.data };
}

/** Reads ?mode= and an optional one-off scope (?service=rds&model=container&topic=keys&fact=rds.os-patching) from the URL. */
export function practiceQuery(url: URL): { mode: "quiz" | "flashcard"; scope?: PracticeScope; prefer?: string; extra?: ExtraStudy } {
  const mode = modeSchema.safeParse(url.searchParams.get("mode") ?? "quiz");
  if (!mode.success) throw new Invalid("mode is quiz or flashcard", { mode: ["quiz or flashcard"] });
  const services = url.searchParams.getAll("service");
  const models = url.searchParams.getAll("model");
  const topics = url.searchParams.getAll("topic");
  const facts = url.searchParams.getAll("fact");
  for (const model of models) if (!factModelSchema.safeParse(model).success) throw new Invalid(`Unknown model "${model}".`);
  for (const topic of topics) if (!topicSchema.safeParse(topic).success) throw new Invalid(`Unknown topic "${topic}".`);
  if (facts.length > MAX_FACTS) throw new Invalid(`At most ${MAX_FACTS} facts at a time.`, { fact: [`At most ${MAX_FACTS}.`] });
  for (const fact of facts) if (!bank.facts.some((f) => f.id === fact)) throw new Invalid(`Unknown fact "${fact}".`);
  const scoped = services.length + models.length + topics.length + facts.length > 0;
  const prefer = url.searchParams.get("prefer")?.slice(0, 64) || undefined;
  return { mode: mode.data, scope: scoped ? { services, models, topics, ...(facts.length ? { facts } : {}) } : undefined, prefer, extra: extraStudy(url) };
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
  service: z.preprocess((value) => (value === "" ? undefined : value), z.string().refine((id) => bank.services.some((s) => s.id === id), "Choose a service from the list.").optional()),
  model: z.preprocess((value) => (value === "" ? undefined : value), factModelSchema.optional()),
  page: z.coerce.number("Pages are numbered from 1.").int("Pages are numbered from 1.").min(1, "Pages are numbered from 1.").max(10_000, "Pages are numbered from 1.").optional(),
});

export type CardBrowserQuery = z.infer<typeof cardBrowserSchema>;

export const BULK_CARD_ACTIONS = ["flag", "unflag", "suspend", "unsuspend"] as const;

/** POST /api/v1/cards/bulk: one action on up to 200 of the learner's cards. */
export const bulkCardActionSchema = z.object({
  cardIds: z.array(z.string().min(1).max(64), "Choose the cards to change.").min(1, "Choose at least one card.").max(200, "Change at most 200 cards at a time."),
  action: z.enum(BULK_CARD_ACTIONS, "Choose flag, unflag, suspend or unsuspend."),
});
