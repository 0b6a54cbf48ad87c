import { z } from "zod";
import { TEXT_LIMITS } from "@/server/text-limits";
import { factModelSchema, topicSchema } from "@/questions/schema";
import { services } from "@/questions/bank";
import { ASSIGNABLE_KINDS } from "@/questions/assignment-selection";
import { ASSIGNMENT_MODES, FEEDBACK_TIMINGS, LATE_POLICIES } from "@/db/schema";

export const createClassSchema = z.object({
  name: z
    .string("Give the class a name.")
    .trim()
    .min(1, "Give the class a name.")
    .max(TEXT_LIMITS.className, `A class name is at most ${TEXT_LIMITS.className} characters.`),
});

/** PATCH /api/v1/classes/{classId}: a new name, archived or not, or both. */
export const changeClassSchema = z
  .object({
    name: createClassSchema.shape.name.optional(),
    archived: z.boolean("Say whether the class is archived: true or false.").optional(),
  })
  .refine((change) => change.name !== undefined || change.archived !== undefined, {
    message: "Send a new name, or archived: true or false.",
    path: ["name"],
  });
export type ClassChange = z.infer<typeof changeClassSchema>;

export const joinClassSchema = z.object({
  code: z
    .string("Enter the join code your instructor gave you.")
    .trim()
    .min(1, "Enter the join code your instructor gave you.")
    .max(TEXT_LIMITS.joinCode, "A join code is 8 characters."),
});

export const joinCodeActionSchema = z.object({
  action: z.enum(["rotate", "disable", "enable"], "Choose to replace, turn off or turn on the join code."),
});

const serviceId = z.string().refine((id) => services.some((s) => s.id === id), "Choose services from the list.");
/** A date and time from a picker; `what` names it in the refusal ("the due date"). */
const timestamp = (what: string) => {
  const message = `Choose ${what}: a date and a time.`;
  return z.number(message).int(message).min(0, message).max(8_640_000_000_000_000, message);
};

/** A whole number in a range, refused in words a person reads ("Allow 1 to 10 attempts."), never a validator's. */
const whole = (message: string, min: number, max: number) => z.number(message).int(message).min(min, message).max(max, message);

export const selectionSchema = z
  .object({
    count: whole("Choose 1 to 100 questions.", 1, 100).optional(),
    models: z.array(factModelSchema, "Choose models from the list.").max(4, "Choose models from the list.").optional(),
    services: z.array(serviceId, "Choose services from the list.").max(60, "Choose at most 60 services.").optional(),
    topics: z.array(topicSchema, "Choose topics from the list.").max(20, "Choose topics from the list.").optional(),
    kinds: z
      .array(
        z.enum(ASSIGNABLE_KINDS as [string, ...string[]], "Choose question kinds from the list."),
        "Choose question kinds from the list.",
      )
      .max(10, "Choose question kinds from the list.")
      .optional(),
    questionIds: z.array(z.string().min(1).max(200)).min(1, "Pick at least one question.").max(100, "At most 100 questions.").optional(),
    seed: z.string().min(1).max(64).optional(),
  })
  .superRefine((selection, context) => {
    if ((selection.count === undefined) === (selection.questionIds === undefined)) {
      context.addIssue({
        code: "custom",
        path: ["count"],
        message: "Choose questions by filter (count) or hand-pick them (questionIds), one or the other.",
      });
    }
    if (selection.questionIds && new Set(selection.questionIds).size !== selection.questionIds.length) {
      context.addIssue({ code: "custom", path: ["questionIds"], message: "A question is picked twice." });
    }
  });

export type SelectionInput = z.infer<typeof selectionSchema>;

const assignmentSettings = {
  title: z
    .string("Give the assignment a title.")
    .trim()
    .min(1, "Give the assignment a title.")
    .max(TEXT_LIMITS.assignmentTitle, `A title is at most ${TEXT_LIMITS.assignmentTitle} characters.`),
  instructions: z
    .string("Instructions are text.")
    .max(TEXT_LIMITS.assignmentInstructions, `Instructions are at most ${TEXT_LIMITS.assignmentInstructions} characters.`)
    .optional(),
  feedbackTiming: z.enum(FEEDBACK_TIMINGS, "Choose when students see the answers: when they submit, or after the due date.").optional(),
  opensAt: timestamp("when it opens").optional(),
  dueAt: timestamp("the due date"),
  latePolicy: z.enum(LATE_POLICIES, "Choose whether late work is refused or accepted and marked late.").optional(),
  attemptsAllowed: whole("Allow 1 to 10 attempts (a whole number).", 1, 10).optional(),
};

export const createAssignmentSchema = z
  .object({
    ...assignmentSettings,
    mode: z.enum(ASSIGNMENT_MODES, "Choose practice or exam mode."),
    timeLimitMinutes: whole("Set a time limit of 1 to 600 minutes (a whole number).", 1, 600).optional(),
    shuffleQuestions: z.boolean("Choose whether to shuffle the questions.").optional(),
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
  gift: z
    .string("Paste GIFT text or choose a .gift file.")
    .min(1, "Paste GIFT text or choose a .gift file.")
    .max(TEXT_LIMITS.giftText, `A GIFT import is at most ${TEXT_LIMITS.giftText.toLocaleString("en")} characters.`),
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
