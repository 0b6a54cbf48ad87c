/** The one declaration of every shape an attempt (a mock exam or an assignment) returns; API bodies are zod schemas. */
import { z } from "zod";
import {
  answeredQuestionSchema,
  assignmentTermsSchema,
  explanationRichSchema,
  partialCreditSchema,
  promptRichSchema,
} from "@/server/classes/types";
import { citationViewSchema, richTextSchema, shownQuestionSchema } from "@/server/practice/types";

const int = () => z.number().int();
const time = () => int().describe("Milliseconds since 1970 (UTC), by the server's clock.");

/** One saved answer of a running attempt (a mock exam or an assignment). */
export const savedAnswerSchema = z.object({ choiceIds: z.array(z.string()), flagged: z.boolean() });
export type SavedAnswer = z.infer<typeof savedAnswerSchema>;

/** Right out of asked, for one model, service or topic. */
export const areaScoreSchema = z.object({ correct: int(), total: int(), percent: int() });
export type AreaScore = z.infer<typeof areaScoreSchema>;

/** The answer side of an assignment question, shown at once in practice mode. */
const creditSchema = z
  .number()
  .describe(
    "0–1: what the answer earned. Bank questions 1 or 0; imported questions by GIFT weight (a ~%50% answer earns 0.5). correct is true only with full credit.",
  );

export const attemptFeedbackSchema = z.object({
  correct: z.boolean(),
  credit: creditSchema,
  explanation: z.string(),
  explanationRich: explanationRichSchema,
  choices: z.array(
    z.object({
      id: z.string(),
      correct: z.boolean(),
      explanation: z.string(),
      explanationRich: richTextSchema
        .optional()
        .describe("Imported [html]/[markdown] feedback on this answer as formatted text, inline form."),
      partialCredit: partialCreditSchema,
    }),
  ),
  citations: z.array(citationViewSchema),
  disagreement: z.string().nullable(),
  links: z.object({ model: z.string(), service: z.string() }).nullable(),
});
export type AttemptFeedback = z.infer<typeof attemptFeedbackSchema>;

/** An assignment question before answering: imported ones may carry formatted text beside the plain words. */
export const assignedShownQuestionSchema = shownQuestionSchema.extend({
  promptRich: promptRichSchema,
  choices: z.array(
    z.object({
      id: z.string(),
      text: z.string(),
      textRich: richTextSchema.optional().describe("Imported [html]/[markdown] answers: formatted text, inline form."),
    }),
  ),
});

/** An open assignment attempt as its student sees it: questions in order, answers so far, feedback in practice mode. */
export const runningAttemptSchema = z.object({
  attemptId: z.string(),
  assignmentId: z.string(),
  attemptNumber: int(),
  status: z.string(),
  mode: z.enum(["practice", "exam"]),
  startedAt: time(),
  deadline: time()
    .nullable()
    .describe("When answers stop being accepted (the time limit, or the due date when late work is refused); null for none."),
  serverNow: time(),
  questions: z
    .array(assignedShownQuestionSchema)
    .describe("In this student's order; ids (q1…) are the assignment's own numbering. No right answers."),
  answers: z.record(z.string(), savedAnswerSchema).describe("Saved answers by question id."),
  feedback: z.record(z.string(), attemptFeedbackSchema).describe("Practice mode: the answer side of each question answered so far."),
});
export type RunningAttempt = z.infer<typeof runningAttemptSchema>;

export const resultQuestionSchema = answeredQuestionSchema.extend({
  number: int(),
  yourChoiceIds: z.array(z.string()),
  correct: z.boolean(),
  credit: creditSchema,
});

/** A submitted assignment attempt: its score and, when feedback is open, every question with the answers. */
export const attemptResultViewSchema = z.object({
  attemptId: z.string(),
  attemptNumber: int(),
  userId: z.string(),
  status: z.string(),
  startedAt: time(),
  submittedAt: time().nullable(),
  late: z.boolean(),
  autoSubmitted: z.boolean(),
  timeSpentMs: int(),
  correctCount: int().describe("Questions answered fully right."),
  score: z.number().describe("The sum of each question's credit (0–1 each): correctCount plus any partial credit on imported questions."),
  total: int(),
  percent: int().describe("score out of total, in whole per cent."),
  feedbackVisible: z.boolean(),
  feedbackOpensAt: time().nullable(),
  byModel: z.record(z.string(), areaScoreSchema),
  questions: z.array(resultQuestionSchema).describe("Empty until feedback is visible."),
});
export type AttemptResultView = z.infer<typeof attemptResultViewSchema>;

/** POST /api/v1/assignments/{assignmentId}/attempts: a new attempt, or the open one resumed. */
export interface StartedAttempt {
  resumed: boolean;
  attempt: RunningAttempt;
}

/** PUT …/answers/{questionId} in exam mode: saved, and may still change. */
export const savedAnswerResultSchema = z.object({
  saved: z.literal(true),
  questionKey: z.string(),
  deadline: time().nullable(),
  serverNow: time(),
});

/** PUT …/answers/{questionId} in practice mode: graded at once, with the answer side. */
export const practiceAnswerResultSchema = attemptFeedbackSchema.extend({
  saved: z.literal(true),
  questionKey: z.string(),
  finished: z.boolean().describe("true when this was the last question: the attempt is submitted."),
  answered: int(),
  total: int(),
});
export type PracticeAnswerResult = z.infer<typeof practiceAnswerResultSchema>;

export const answerResultSchema = z.union([practiceAnswerResultSchema, savedAnswerResultSchema]);
export type AnswerResult = z.infer<typeof answerResultSchema>;

/** GET /api/v1/assignments/{assignmentId} for a student: the assignment, where they stand, and what they can do next. */
export const studentAssignmentOverviewSchema = z.object({
  assignment: assignmentTermsSchema.extend({ instructorName: z.string() }),
  status: z.enum(["not_started", "in_progress", "submitted", "late", "missing"]),
  attempts: z.array(
    z.object({
      id: z.string(),
      number: int(),
      status: z.enum(["in_progress", "submitted"]),
      startedAt: time(),
      submittedAt: time().nullable(),
      late: z.boolean(),
      correct: int().nullable().describe("Questions answered fully right; null until submitted."),
      score: z.number().nullable().describe("The sum of each question's credit (partial credit included); null until submitted."),
      total: int(),
      counted: z.boolean().describe("The attempt that counts (the best)."),
    }),
  ),
  openAttemptId: z.string().nullable(),
  startBlocker: z
    .enum(["not_open", "closed", "no_attempts_left", "class_archived"])
    .nullable()
    .describe("Why a new attempt cannot start now; null when it can (or one is open)."),
  feedbackOpensAt: time().nullable().describe("When answers and explanations show, if that is still ahead."),
  serverNow: time(),
});
export type StudentAssignmentOverview = z.infer<typeof studentAssignmentOverviewSchema>;

/** GET …/attempts/{attemptId} for its student: still open (resume), or the result. */
export const studentAttemptSchema = z.discriminatedUnion("status", [
  z.object({ status: z.literal("in_progress"), attempt: runningAttemptSchema }),
  z.object({ status: z.literal("submitted"), result: attemptResultViewSchema }),
]);
export type StudentAttempt = z.infer<typeof studentAttemptSchema>;

/** GET …/attempts/{attemptId} for the instructor of the class: the student and every answer with the right ones. */
export const instructorAttemptSchema = z.object({
  student: z.object({ id: z.string(), name: z.string(), email: z.string() }),
  result: attemptResultViewSchema,
});
