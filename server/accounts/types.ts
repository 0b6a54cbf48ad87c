/** The one declaration of the shapes the accounts feature returns; API bodies are zod schemas. */
import { z } from "zod";
import { ROLES } from "@/db/schema";
import { classSummarySchema } from "@/server/classes/types";

/** Who is signed in: GET /api/v1/me. */
export const accountSchema = z.object({ id: z.string(), role: z.enum(ROLES), name: z.string(), email: z.string() });

const int = () => z.number().int();
const time = () => int().describe("Milliseconds since 1970 (UTC).");

/** One review of the learner's history, as the JSON export gives it. */
export const reviewExportSchema = z.object({
  id: z.string().describe("The reviewId the review was sent with."),
  cardId: z.string(),
  itemId: z.string().describe("The practice item the card is about (fact:<id> or service-model:<id>)."),
  reviewedAt: time(),
  rating: int().describe("1 Again, 2 Hard, 3 Good, 4 Easy."),
  stateBefore: int().describe("FSRS state of the card when reviewed: 0 new, 1 learning, 2 review, 3 relearning."),
  stateAfter: int(),
  durationMs: int(),
  correct: z.boolean().nullable().describe("Quiz answers; null for flashcards."),
  answer: z.array(z.string()).nullable().describe("The choice ids picked (quiz)."),
  origin: z.enum(["practice", "exam", "assignment"]),
  originId: z.string().nullable().describe("The exam or assignment attempt an answer came from."),
  questionId: z.string().nullable(),
  elapsedDays: z.number().describe("Days since the card's previous review."),
  dueAfter: time().describe("When the review made the card due next."),
});
export type ReviewExport = z.infer<typeof reviewExportSchema>;

export const cardExportSchema = z.object({
  id: z.string(),
  itemId: z.string(),
  factId: z.string().nullable(),
  service: z.string(),
  model: z.string(),
  topic: z.string(),
  state: int(),
  due: time(),
  stability: z.number(),
  difficulty: z.number(),
  reps: int(),
  lapses: int(),
  lastReview: time().nullable(),
  suspended: z.boolean(),
  flagged: z.boolean(),
  leech: z.boolean(),
  buriedUntil: time().nullable(),
  createdAt: time(),
});

/** GET /api/v1/me/export.json: everything Demarc holds about the account (never the password hash). */
export const accountExportSchema = z.object({
  exportedAt: time(),
  account: accountSchema.extend({ createdAt: time() }),
  settings: z.object({
    desiredRetention: z.number(),
    newPerDay: int(),
    reviewsPerDay: int(),
    learningSteps: z.array(z.string()),
    relearningSteps: z.array(z.string()),
    timeZone: z.string(),
    dayStartsAtHour: int(),
    scope: z.object({
      models: z.array(z.string()).optional(),
      services: z.array(z.string()).optional(),
      topics: z.array(z.string()).optional(),
      facts: z.array(z.string()).optional(),
    }),
    cardsBankVersion: z.string().nullable(),
    examDate: time().nullable(),
    examBlueprint: z.string().nullable(),
    cramMode: z.boolean(),
    fsrsWeights: z.array(z.number()).nullable().describe("Personal FSRS parameters; null means FSRS's defaults."),
    fsrsOptimizedAt: time().nullable(),
  }),
  cards: z.array(cardExportSchema),
  reviews: z.array(reviewExportSchema),
  examAttempts: z.array(
    z.object({
      id: z.string(),
      blueprint: z.string(),
      title: z.string(),
      startedAt: time(),
      deadline: time(),
      status: z.string(),
      submittedAt: time().nullable(),
      autoSubmitted: z.boolean(),
      correctCount: int().nullable(),
      scaledScore: int().nullable(),
      passMarkScaled: int(),
      passed: z.boolean().nullable(),
      itemIds: z.array(z.string()),
      answers: z.array(
        z.object({
          questionId: z.string(),
          choiceIds: z.array(z.string()),
          flagged: z.boolean(),
          correct: z.boolean().nullable(),
          updatedAt: time(),
        }),
      ),
    }),
  ),
  classMemberships: z.array(z.object({ classId: z.string(), name: z.string(), instructorName: z.string(), joinedAt: time() })),
  assignmentAttempts: z.array(
    z.object({
      id: z.string(),
      assignmentId: z.string(),
      assignmentTitle: z.string(),
      classId: z.string(),
      attemptNumber: int(),
      startedAt: time(),
      deadline: time().nullable(),
      status: z.string(),
      submittedAt: time().nullable(),
      late: z.boolean(),
      autoSubmitted: z.boolean(),
      correctCount: int().nullable(),
      score: z
        .number()
        .nullable()
        .describe(
          "The sum of each answer's credit, partial credit included; null before submission (and on attempts from before partial credit).",
        ),
      total: int(),
      answers: z.array(
        z.object({
          questionKey: z.string(),
          choiceIds: z.array(z.string()),
          correct: z.boolean(),
          credit: z.number().nullable().describe("0–1; null on answers from before partial credit."),
          flagged: z.boolean(),
          answeredAt: time(),
        }),
      ),
    }),
  ),
  classesTaught: z.array(classSummarySchema).describe("Instructors: the classes they teach (the gradebooks are their own exports)."),
});
export type AccountExport = z.infer<typeof accountExportSchema>;

/** DELETE /api/v1/me */
export const deletedAccountSchema = z.object({
  deleted: z.literal(true),
  classesHandedOver: int(),
  classesDeleted: int(),
});
export type DeletedAccount = z.infer<typeof deletedAccountSchema>;
