import { z } from "zod";
import { factModelSchema, topicSchema } from "@/questions/schema";
import { services } from "@/questions/bank";

export const BLUEPRINTS = {
  "cloud-practitioner": {
    title: "Cloud Practitioner format",
    description:
      "In the format of AWS Certified Cloud Practitioner: 65 questions, 90 minutes, scaled score 100–1000, pass at 700. Shared-responsibility content only.",
    count: 65,
    minutes: 90,
    passScaled: 700,
  },
  "security-specialty": {
    title: "Security Specialty format",
    description:
      "In the format of AWS Certified Security – Specialty: 65 questions, 170 minutes, pass at 750. Shared-responsibility content only.",
    count: 65,
    minutes: 170,
    passScaled: 750,
  },
  custom: {
    title: "Custom exam",
    description: "Your choice of length, time, models, services, topics and pass mark.",
    count: 20,
    minutes: 30,
    passScaled: 700,
  },
} as const;

export type BlueprintId = keyof typeof BLUEPRINTS;

/** A whole number the form must fill in: an emptied field (sent as null or "") is refused in words, not replaced by a default. */
const wholeNumber = (message: string, min: number, max: number) =>
  z.preprocess(
    (value) => (typeof value === "string" && value.trim() !== "" ? Number(value) : value === "" ? null : value),
    z.number(message).int(message).min(min, message).max(max, message),
  );

export const startExamSchema = z.object({
  blueprint: z.enum(
    ["cloud-practitioner", "security-specialty", "custom"],
    "Choose a format: Cloud Practitioner, Security Specialty or custom.",
  ),
  options: z
    .object({
      count: wholeNumber("Enter how many questions, from 5 to 100.", 5, 100).optional(),
      minutes: wholeNumber("Enter a time limit from 5 to 240 minutes.", 5, 240).optional(),
      models: z.array(factModelSchema, "Choose models from the list.").max(4, "Choose models from the list.").optional(),
      services: z
        .array(
          z.string().refine((id) => services.some((s) => s.id === id), "Choose services from the list."),
          "Choose services from the list.",
        )
        .max(50, "Choose at most 50 services.")
        .optional(),
      topics: z.array(topicSchema, "Choose topics from the list.").max(20, "Choose topics from the list.").optional(),
      passMark: z
        .preprocess(
          (value) => (typeof value === "string" && value.trim() !== "" ? Number(value) : value === "" ? null : value),
          z
            .number("Enter a pass mark from 0 to 100%.")
            .min(0, "Enter a pass mark from 0 to 100%.")
            .max(100, "Enter a pass mark from 0 to 100%."),
        )
        .optional(),
    })
    .optional(),
});

/** A percentage of questions right as AWS's 100–1000 scaled score: 70% is 730. */
export function scaledPassMark(percent: number) {
  return Math.round(100 + 9 * percent);
}

export type StartExamInput = z.infer<typeof startExamSchema>;

export const examAnswerSchema = z.object({
  choiceIds: z.array(z.string().min(1).max(16)).max(10),
  flagged: z.boolean().optional(),
});
