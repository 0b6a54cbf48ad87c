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

/** Reads ?mode= and an optional one-off scope (?service=rds&model=container&topic=keys&fact=rds.os-patching) from the URL. */
export function practiceQuery(url: URL): { mode: "quiz" | "flashcard"; scope?: PracticeScope; prefer?: string } {
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
  return { mode: mode.data, scope: scoped ? { services, models, topics, ...(facts.length ? { facts } : {}) } : undefined, prefer };
}
