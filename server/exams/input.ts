import { z } from "zod";
import { factModelSchema, topicSchema } from "@/questions/schema";
import { services } from "@/questions/bank";

export const BLUEPRINTS = {
  "cloud-practitioner": {
    title: "Cloud Practitioner format",
    description: "In the format of AWS Certified Cloud Practitioner: 65 questions, 90 minutes, scaled score 100–1000, pass at 700. Shared-responsibility content only.",
    count: 65,
    minutes: 90,
    passScaled: 700,
  },
  "security-specialty": {
    title: "Security Specialty format",
    description: "In the format of AWS Certified Security – Specialty: 65 questions, 170 minutes, pass at 750. Shared-responsibility content only.",
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

export const startExamSchema = z.object({
  blueprint: z.enum(["cloud-practitioner", "security-specialty", "custom"], "blueprint is cloud-practitioner, security-specialty or custom"),
  options: z
    .object({
      count: z.number().int().min(5, "count is 5 to 100").max(100, "count is 5 to 100").optional(),
      minutes: z.number().int().min(5, "minutes is 5 to 240").max(240, "minutes is 5 to 240").optional(),
      models: z.array(factModelSchema).max(4).optional(),
      services: z.array(z.string().refine((id) => services.some((s) => s.id === id), "unknown service")).max(50).optional(),
      topics: z.array(topicSchema).max(20).optional(),
      passMark: z.number().min(0, "passMark is a percentage from 0 to 100").max(100, "passMark is a percentage from 0 to 100").optional(),
    })
    .optional(),
});

export type StartExamInput = z.infer<typeof startExamSchema>;

export const examAnswerSchema = z.object({
  choiceIds: z.array(z.string().min(1).max(16)).max(10),
  flagged: z.boolean().optional(),
});
