import { z } from "zod";
import { TEXT_LIMITS } from "@/server/text-limits";
import { factModelSchema, topicSchema } from "@/questions/schema";
import { services } from "@/questions/bank";
import { ASSIGNABLE_KINDS } from "@/questions/assignment-selection";
import { ASSIGNMENT_MODES, FEEDBACK_TIMINGS, LATE_POLICIES } from "@/db/schema";

export const createClassSchema = z.object({
  name: z.string("Give the class a name.").trim().min(1, "Give the class a name.").max(TEXT_LIMITS.className, `A class name is at most ${TEXT_LIMITS.className} characters.`),
});

export const joinClassSchema = z.object({
  code: z.string("Enter the join code your instructor gave you.").trim().min(1, "Enter the join code your instructor gave you.").max(TEXT_LIMITS.joinCode, "A join code is 8 characters."),
});

export const joinCodeActionSchema = z.object({
  action: z.enum(["rotate", "disable", "enable"], "action is rotate, disable or enable"),
});

const serviceId = z.string().refine((id) => services.some((s) => s.id === id), "unknown service");
const timestamp = (what: string) => z.number(`${what} is a time in milliseconds since 1970 (UTC).`).int().min(0).max(8_640_000_000_000_000);

export const selectionSchema = z
  .object({
    count: z.number("count is a whole number from 1 to 100").int().min(1, "count is 1 to 100").max(100, "count is 1 to 100").optional(),
    models: z.array(factModelSchema).max(4).optional(),
    services: z.array(serviceId).max(60).optional(),
    topics: z.array(topicSchema).max(20).optional(),
    kinds: z.array(z.enum(ASSIGNABLE_KINDS as [string, ...string[]], "kinds are scenario, multi-select, which-model, control-type or compare")).max(10).optional(),
    questionIds: z.array(z.string().min(1).max(200)).min(1, "Pick at least one question.").max(100, "At most 100 questions.").optional(),
    seed: z.string().min(1).max(64).optional(),
  })
  .superRefine((selection, context) => {
    if ((selection.count === undefined) === (selection.questionIds === undefined)) {
      context.addIssue({ code: "custom", path: ["count"], message: "Choose questions by filter (count) or hand-pick them (questionIds), one or the other." });
    }
    if (selection.questionIds && new Set(selection.questionIds).size !== selection.questionIds.length) {
      context.addIssue({ code: "custom", path: ["questionIds"], message: "A question is picked twice." });
    }
  });

export type SelectionInput = z.infer<typeof selectionSchema>;

const assignmentSettings = {
  title: z.string("Give the assignment a title.").trim().min(1, "Give the assignment a title.").max(TEXT_LIMITS.assignmentTitle, `A title is at most ${TEXT_LIMITS.assignmentTitle} characters.`),
  instructions: z.string().max(TEXT_LIMITS.assignmentInstructions, `Instructions are at most ${TEXT_LIMITS.assignmentInstructions} characters.`).optional(),
  feedbackTiming: z.enum(FEEDBACK_TIMINGS, "feedbackTiming is on_submit or after_due").optional(),
  opensAt: timestamp("opensAt").optional(),
  dueAt: timestamp("dueAt"),
  latePolicy: z.enum(LATE_POLICIES, "latePolicy is refuse or accept").optional(),
  attemptsAllowed: z.number("attemptsAllowed is a whole number from 1 to 10").int().min(1, "attemptsAllowed is 1 to 10").max(10, "attemptsAllowed is 1 to 10").optional(),
};

export const createAssignmentSchema = z
  .object({
    ...assignmentSettings,
    mode: z.enum(ASSIGNMENT_MODES, "mode is practice or exam"),
    timeLimitMinutes: z.number("timeLimitMinutes is a whole number of minutes").int().min(1, "The time limit is 1 to 600 minutes.").max(600, "The time limit is 1 to 600 minutes.").optional(),
    shuffleQuestions: z.boolean().optional(),
    selection: selectionSchema,
  })
  .superRefine((input, context) => {
    if (input.opensAt !== undefined && input.dueAt <= input.opensAt) {
      context.addIssue({ code: "custom", path: ["dueAt"], message: "The due date must be after the opening date." });
    }
  });

export type CreateAssignmentInput = z.infer<typeof createAssignmentSchema>;

export const updateAssignmentSchema = z
  .object({ ...assignmentSettings, dueAt: assignmentSettings.dueAt.optional() })
  .partial()
  .refine((change) => Object.values(change).some((value) => value !== undefined), "Send at least one setting to change.");
export type UpdateAssignmentInput = z.infer<typeof updateAssignmentSchema>;

export const previewSchema = z.object({ selection: selectionSchema });

export const assignmentAnswerSchema = z.object({
  choiceIds: z.array(z.string().min(1).max(16)).max(26),
  /** Exam mode: marked to come back to. */
  flagged: z.boolean().optional(),
});

export const giftImportSchema = z.object({
  gift: z.string("Paste GIFT text or choose a .gift file.").min(1, "Paste GIFT text or choose a .gift file.").max(TEXT_LIMITS.giftText, `A GIFT import is at most ${TEXT_LIMITS.giftText.toLocaleString("en")} characters.`),
  source: z.string().trim().max(TEXT_LIMITS.giftSource, `A source is at most ${TEXT_LIMITS.giftSource} characters.`).optional(),
});

const list = <T extends z.ZodType<unknown, string>>(item: T) =>
  z
    .string()
    .optional()
    .transform((value) => (value ? value.split(",").filter(Boolean) : undefined))
    .pipe(z.array(item).optional());

/** The bank browser's query string. */
export const bankSearchSchema = z.object({
  q: z.string().max(TEXT_LIMITS.bankSearch, `A search is at most ${TEXT_LIMITS.bankSearch} characters.`).optional(),
  models: list(factModelSchema),
  services: list(serviceId),
  topics: list(topicSchema),
  kinds: list(z.enum(ASSIGNABLE_KINDS as [string, ...string[]])),
  offset: z.coerce.number().int().min(0).max(10_000).optional(),
  limit: z.coerce.number().int().min(1).max(50).optional(),
  seed: z.string().min(1).max(64).optional(),
});
