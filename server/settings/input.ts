import { z } from "zod";
import { TEXT_LIMITS } from "@/server/text-limits";
import { factModelSchema, topicSchema } from "@/questions/schema";
import { services } from "@/questions/bank";
import { isValidTimeZone } from "@/server/time/learner-day";

const step = /^\d{1,4}(m|h|d)$/;

const stepsField = (label: string) =>
  z
    .string()
    .trim()
    .max(TEXT_LIMITS.schedulingSteps, `${label}: at most ${TEXT_LIMITS.schedulingSteps} characters`)
    .transform((text) => text.split(/[\s,]+/).filter(Boolean))
    .pipe(
      z
        .array(z.string().regex(step, `${label}: use durations like 1m, 10m, 1h or 1d, separated by spaces`))
        .max(10, `${label}: at most 10 steps`),
    );

const whole = (label: string, min: number, max: number) =>
  z.coerce
    .number(`${label} must be a number`)
    .int(`${label} must be a whole number`)
    .min(min, `${label} must be at least ${min}`)
    .max(max, `${label} must be at most ${max}`);

export const settingsSchema = z.object({
  desiredRetention: z.coerce
    .number("Desired retention must be a number")
    .min(0.7, "Desired retention must be between 0.70 and 0.97")
    .max(0.97, "Desired retention must be between 0.70 and 0.97"),
  newPerDay: whole("New cards per day", 0, 500),
  reviewsPerDay: whole("Reviews per day", 0, 5000),
  learningSteps: stepsField("Learning steps"),
  relearningSteps: stepsField("Relearning steps"),
  timeZone: z.string().trim().refine(isValidTimeZone, "Choose a time zone from the list, like Europe/London"),
  dayStartsAtHour: whole("The day's start", 0, 23),
  models: z.array(factModelSchema).default([]),
  services: z.array(z.string().refine((id) => services.some((s) => s.id === id), "Unknown service")).default([]),
  topics: z.array(topicSchema).default([]),
});

export type SettingsInput = z.infer<typeof settingsSchema>;
