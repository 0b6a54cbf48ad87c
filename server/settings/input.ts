import { z } from "zod";
import { TEXT_LIMITS } from "@/server/text-limits";
import { factModelSchema, topicSchema } from "@/questions/schema";
import { services } from "@/questions/bank";
import { timeZoneSchema } from "@/server/time/time-zones";

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

const schedulingFields = {
  desiredRetention: z.coerce
    .number("Desired retention must be a number")
    .min(0.7, "Desired retention must be between 0.70 and 0.97")
    .max(0.97, "Desired retention must be between 0.70 and 0.97"),
  newPerDay: whole("New cards per day", 0, 500),
  reviewsPerDay: whole("Reviews per day", 0, 5000),
  learningSteps: stepsField("Learning steps"),
  relearningSteps: stepsField("Relearning steps"),
  timeZone: timeZoneSchema,
  dayStartsAtHour: whole("The day's start", 0, 23),
};

const scopeFields = {
  models: z.array(factModelSchema, "Choose models from the list"),
  services: z.array(
    z.string().refine((id) => services.some((s) => s.id === id), "Choose services from the list"),
    "Choose services from the list",
  ),
  topics: z.array(topicSchema, "Choose topics from the list"),
};

/** PUT /api/v1/me/settings: every setting (an empty scope when the lists are left out). */
export const settingsSchema = z.object({
  ...schedulingFields,
  models: scopeFields.models.default([]),
  services: scopeFields.services.default([]),
  topics: scopeFields.topics.default([]),
});

/** PATCH /api/v1/me/settings (the settings page): only the settings the learner changed; the rest stay as they are. */
export const settingsChangesSchema = z.object({ ...schedulingFields, ...scopeFields }).partial();

export type SettingsInput = z.infer<typeof settingsSchema>;
export type SettingsChanges = z.infer<typeof settingsChangesSchema>;
