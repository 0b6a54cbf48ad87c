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

const MAX_FACTS = 20;

const known = (what: string, isKnown: (value: string) => boolean) => z.string().max(200).refine(isKnown, { error: (issue) => `Unknown ${what} "${String(issue.input)}".` });

/** GET /api/v1/practice/next: the mode, a one-off scope (each key repeatable) and a card still on screen. */
export const practiceQuerySchema = z.object({
  mode: z.enum(["quiz", "flashcard"], "mode is quiz or flashcard").default("quiz"),
  service: z.array(z.string().max(64)).max(100).default([]).describe("Repeatable: only these services' cards (service ids, as in /services/{id})."),
  model: z.array(known("model", (value) => factModelSchema.safeParse(value).success)).max(10).default([]).describe("Repeatable: infrastructure, container, abstract or all."),
  topic: z.array(known("topic", (value) => topicSchema.safeParse(value).success)).max(20).default([]).describe("Repeatable: only these topics."),
  fact: z
    .array(known("fact", (value) => bank.facts.some((f) => f.id === value)))
    .max(MAX_FACTS, `At most ${MAX_FACTS} facts at a time.`)
    .default([])
    .describe(`Repeatable, at most ${MAX_FACTS}: only these facts' cards.`),
  prefer: z.string().max(64).optional().describe("A card still on screen (after an undo): shown again if it is still shown and not suspended."),
});

/** Reads ?mode= and an optional one-off scope (?service=rds&model=container&topic=keys&fact=rds.os-patching) from the URL. */
export function practiceQuery(url: URL): { mode: "quiz" | "flashcard"; scope?: PracticeScope; prefer?: string } {
  const params = url.searchParams;
  const raw = {
    mode: params.get("mode") ?? undefined,
    service: params.getAll("service"),
    model: params.getAll("model"),
    topic: params.getAll("topic"),
    fact: params.getAll("fact"),
    prefer: params.get("prefer")?.slice(0, 64) || undefined,
  };
  const checked = practiceQuerySchema.safeParse(raw);
  // The first problem is the message (one bad value is the usual case); every field is in fieldErrors.
  const query = parseInput(practiceQuerySchema, raw, checked.success ? "" : checked.error.issues[0].message);
  const { mode, service: services, model: models, topic: topics, fact: facts, prefer } = query;
  const scoped = services.length + models.length + topics.length + facts.length > 0;
  return { mode, scope: scoped ? { services, models, topics, ...(facts.length ? { facts } : {}) } : undefined, prefer };
}
