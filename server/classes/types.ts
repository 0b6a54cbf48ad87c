/** The one declaration of every shape the classes feature returns (API bodies and page props); API bodies are zod schemas. */
import { z } from "zod";
import { ASSIGNMENT_MODES, FEEDBACK_TIMINGS, IMPORTED_KINDS, LATE_POLICIES } from "@/db/schema";
import { answerChoiceSchema, citationViewSchema, richTextSchema } from "@/server/practice/types";

const int = () => z.number().int();
const time = () => int().describe("Milliseconds since 1970 (UTC), by the server's clock.");

/** A student's standing on one assignment, as the results, the gradebook and the dashboard show it. */
export const STUDENT_STATUSES = ["not_started", "in_progress", "submitted", "late", "missing"] as const;
export type StudentStatus = (typeof STUDENT_STATUSES)[number];
const studentStatusSchema = z.enum(STUDENT_STATUSES);

/** Formatted text of an imported question, beside its plain words (which stay for search, CSV and text-only clients). */
export const promptRichSchema = richTextSchema
  .optional()
  .describe(
    "Imported [html]/[markdown] questions: the prompt as formatted text, inline form (paragraphs as line breaks). Absent for plain text.",
  );
export const explanationRichSchema = richTextSchema
  .optional()
  .describe("Imported [html]/[markdown] questions: the feedback as formatted text. Absent for plain text.");
export const partialCreditSchema = z
  .number()
  .optional()
  .describe(
    "Imported single-answer questions: the credit (between 0 and 1) this not-wholly-right answer earns by its GIFT weight, like 0.5 for ~%50%.",
  );

/** A choice with its answer: imported questions add their formatted text and partial credit. */
export const answeredChoiceSchema = answerChoiceSchema.extend({
  textRich: richTextSchema.optional().describe("Imported [html]/[markdown] answers: the answer as formatted text, inline form."),
  explanationRich: richTextSchema.optional().describe("Imported [html]/[markdown] feedback on this answer as formatted text, inline form."),
  partialCredit: partialCreditSchema,
});

/** A question of an assignment with its answer: bank questions and the class's own (GIFT) ones. */
export const answeredQuestionSchema = z.object({
  id: z.string(),
  itemId: z
    .string()
    .describe("What an assignment picks it by (selection.questionIds): a bank item id, or class:<id> for the class's own questions."),
  origin: z.enum(["bank", "class"]),
  kind: z.string(),
  prompt: z.string(),
  promptRich: promptRichSchema,
  selectCount: int().optional(),
  choices: z.array(answeredChoiceSchema),
  explanation: z.string(),
  explanationRich: explanationRichSchema,
  citations: z.array(citationViewSchema),
  disagreement: z.string().nullable(),
  links: z.object({ model: z.string(), service: z.string() }).nullable(),
  model: z.string().nullable(),
  service: z.string().nullable(),
});
export type AnsweredQuestion = z.infer<typeof answeredQuestionSchema>;

/** What the assignment form's filters offer; kinds are question-kind ids. */
export interface FilterOptions {
  models: { id: string; label: string }[];
  services: { id: string; name: string }[];
  topics: string[];
  kinds: string[];
}

/** One student's row on an assignment's results. */
export const studentResultRowSchema = z.object({
  userId: z.string(),
  name: z.string(),
  email: z.string(),
  joinedAt: time().describe("When the student joined the class."),
  status: studentStatusSchema,
  attemptsUsed: int(),
  correct: int().nullable().describe("Questions answered fully right in the counted attempt."),
  score: z
    .number()
    .nullable()
    .describe("The counted attempt's score: the sum of each question's credit (0–1), partial credit on imported questions included."),
  total: int().nullable(),
  percent: int().nullable().describe("score out of total, in whole per cent."),
  timeSpentMs: int().nullable(),
  submittedAt: time().nullable(),
  attemptId: z.string().nullable().describe("The counted attempt (or the open one), for the instructor to open."),
});
export type StudentResultRow = z.infer<typeof studentResultRowSchema>;

export type ItemFlag = "rarely_correct" | "negative_discrimination";

export const itemStatsSchema = z.object({
  key: z.string(),
  responses: int(),
  correct: int().describe("Responses fully right."),
  partlyCorrect: int().describe("Responses that earned partial credit (imported questions with GIFT weights); 0 for bank questions."),
  shareCorrect: z
    .number()
    .nullable()
    .describe("0–1, fully right of every response (an unanswered question counts as wrong); null with no responses."),
  averageCredit: z
    .number()
    .nullable()
    .describe("0–1, the mean credit over every response, partial credit included; null with no responses."),
  optionCounts: z.record(z.string(), int()).describe("How many students chose each choice id."),
  unanswered: int(),
  discrimination: z
    .number()
    .nullable()
    .describe(
      "(credit earned in the top 27% by total score − in the bottom 27%) / group size, −1 to 1 (for all-or-nothing questions: right answers); null under two responses.",
    ),
  groupSize: int(),
  upperCorrect: int(),
  lowerCorrect: int(),
  flags: z
    .array(z.enum(["rarely_correct", "negative_discrimination"]))
    .describe("From three responses: rarely_correct (under 30% right), negative_discrimination."),
});
export type ItemStats = z.infer<typeof itemStatsSchema>;

export const analysedItemSchema = answeredQuestionSchema.extend({
  number: int(),
  topic: z.string().nullable(),
  factIds: z.array(z.string()),
  stats: itemStatsSchema,
});
export type AnalysedItem = z.infer<typeof analysedItemSchema>;

/** A fact or model, with how often the class answered its questions right. */
export const weakAreaSchema = z.object({ id: z.string(), correct: int(), total: int(), share: z.number() });
export type WeakArea = z.infer<typeof weakAreaSchema>;

export const weakFactSchema = weakAreaSchema.extend({ service: z.string(), duty: z.string() });
export type WeakFact = z.infer<typeof weakFactSchema>;

/** A page of the bank browser: bank items (rendered with the draft's seed) and the class's own matching questions. */
export const bankPageSchema = z.object({
  total: int(),
  offset: int(),
  limit: int(),
  items: z.array(answeredQuestionSchema.extend({ topic: z.string() })),
  imported: z.array(answeredQuestionSchema.extend({ topic: z.null(), title: z.string().nullable() })),
});
export type BankPage = z.infer<typeof bankPageSchema>;

/** An assignment's settings as its instructor sees them (everything but the seed that fixes the questions). */
export const assignmentSettingsSchema = z.object({
  id: z.string(),
  classId: z.string(),
  title: z.string(),
  instructions: z.string(),
  mode: z.enum(ASSIGNMENT_MODES),
  timeLimitMinutes: int().nullable(),
  feedbackTiming: z.enum(FEEDBACK_TIMINGS),
  opensAt: time(),
  dueAt: time(),
  latePolicy: z.enum(LATE_POLICIES),
  attemptsAllowed: int(),
  shuffleQuestions: z.boolean(),
  bankVersion: z.string(),
  itemIds: z.array(z.string()).describe("The questions, fixed at publishing: bank item ids or class:<id>."),
  selection: z.record(z.string(), z.unknown()).describe("How the questions were chosen (the request's selection)."),
  createdAt: time(),
});

/** The terms a student sees of an assignment: its settings without the instructor's bookkeeping, with its class's name. */
export const assignmentTermsSchema = assignmentSettingsSchema
  .omit({ shuffleQuestions: true, bankVersion: true, itemIds: true, selection: true, createdAt: true })
  .extend({ className: z.string(), questionCount: int() });

/** One assignment on a student's list: when it opens and is due, their status and counted score. */
export const studentAssignmentSchema = assignmentTermsSchema.omit({ instructions: true, feedbackTiming: true }).extend({
  attemptsUsed: int(),
  status: studentStatusSchema,
  score: z
    .object({
      correct: int().describe("Questions answered fully right."),
      points: z.number().describe("The sum of each question's credit, partial credit included."),
      total: int(),
    })
    .nullable(),
  feedbackOpensAt: time().nullable(),
  classArchived: z
    .boolean()
    .describe("The class is archived: past results stay, but no new attempt starts (an attempt in progress can still be finished)."),
});
export type StudentAssignment = z.infer<typeof studentAssignmentSchema>;

/** GET /api/v1/assignments/{assignmentId} for the instructor of the class. */
export const instructorAssignmentSchema = z.object({ assignment: assignmentSettingsSchema, className: z.string() });

/** GET /api/v1/classes: one of the instructor's classes. */
export const classSummarySchema = z.object({
  id: z.string(),
  name: z.string(),
  joinCode: z.string(),
  joinCodeEnabled: z.boolean(),
  createdAt: time(),
  archivedAt: time().nullable(),
  studentCount: int(),
  assignmentCount: int(),
});

/** GET /api/v1/classes/{classId}: the class, its assignments and each student's standing on each. */
export const classOverviewSchema = z.object({
  id: z.string(),
  name: z.string(),
  joinCode: z.string(),
  joinCodeEnabled: z.boolean(),
  archivedAt: time().nullable(),
  assignments: z.array(assignmentSettingsSchema),
  students: z.array(
    z.object({
      userId: z.string(),
      name: z.string(),
      email: z.string(),
      joinedAt: time(),
      assignments: z.array(
        z.object({ assignmentId: z.string(), status: studentStatusSchema, percent: int().nullable(), submittedAt: time().nullable() }),
      ),
    }),
  ),
});

/** A question the instructor imported into the class's own bank (GIFT). */
export const classQuestionSchema = z.object({
  id: z.string(),
  classId: z.string(),
  itemId: z.string().describe("class:<id>: what an assignment picks it by."),
  title: z.string().nullable(),
  kind: z.enum(IMPORTED_KINDS),
  prompt: z.string(),
  choices: z.array(
    z.object({
      id: z.string(),
      text: z.string(),
      correct: z.boolean(),
      weight: z
        .number()
        .describe(
          "GIFT's percentage weight: 100 for the = answer of a single-answer question, partial credit or a penalty for the others; shares of 100 for multiple answers.",
        ),
      feedback: z.string(),
      textRich: richTextSchema.optional().describe("The answer as formatted text, when imported from [html] or [markdown]."),
      feedbackRich: richTextSchema.optional().describe("The feedback as formatted text, when imported from [html] or [markdown]."),
    }),
  ),
  promptRich: richTextSchema
    .nullable()
    .describe("The prompt as formatted text, when imported from [html] or [markdown]; null for plain text."),
  generalFeedback: z.string().nullable(),
  generalFeedbackRich: richTextSchema
    .nullable()
    .describe("The general feedback as formatted text, when imported from [html] or [markdown]."),
  source: z.string(),
  createdAt: time(),
});

/** GET /api/v1/assignments/{assignmentId}/results */
export const assignmentResultsSchema = z.object({
  assignment: assignmentSettingsSchema,
  className: z.string(),
  summary: z.object({
    students: int(),
    submitted: int(),
    late: int(),
    inProgress: int(),
    notStarted: int(),
    missing: int(),
    averagePercent: int().nullable(),
    medianPercent: int().nullable(),
  }),
  students: z.array(studentResultRowSchema),
  items: z.array(analysedItemSchema),
  weakestFacts: z.array(weakFactSchema),
  weakestModels: z.array(weakAreaSchema),
});

/** POST /api/v1/classes */
export const createdClassSchema = z.object({ id: z.string(), name: z.string(), joinCode: z.string() });
export type CreatedClass = z.infer<typeof createdClassSchema>;

/** PATCH /api/v1/classes/{classId}: the class after the change. */
export const classStateSchema = createdClassSchema.extend({
  archivedAt: time()
    .nullable()
    .describe("When the class was archived (it then takes no new students, assignments or attempts); null while active."),
});
export type ClassState = z.infer<typeof classStateSchema>;

/** POST /api/v1/classes/join */
export const joinedClassSchema = z.object({ classId: z.string(), name: z.string(), alreadyMember: z.boolean() });
export type JoinedClass = z.infer<typeof joinedClassSchema>;

/** What a join link shows before joining: the class's name, and whether its code is turned on. */
export const joinLinkClassSchema = z.object({ name: z.string(), joinable: z.boolean() });
export type JoinLinkClass = z.infer<typeof joinLinkClassSchema>;

/** POST /api/v1/classes/{classId}/join-code */
export const joinCodeStateSchema = z.object({ joinCode: z.string(), joinCodeEnabled: z.boolean() });
export type JoinCodeState = z.infer<typeof joinCodeStateSchema>;

/** POST /api/v1/classes/{classId}/questions */
export const giftImportResultSchema = z.object({
  imported: int(),
  ids: z.array(z.string()),
  notes: z
    .array(
      z.object({
        line: int().describe("1-based line of the item in the file."),
        message: z.string().describe('Written for a person: "Line 12: skipped a description …".'),
      }),
    )
    .describe("What in the file was not imported, and why (descriptions and short-answer questions); empty when everything was."),
});
export type GiftImport = z.infer<typeof giftImportResultSchema>;

/** POST /api/v1/classes/{classId}/assignments/preview: the questions students will get, with answers. */
export const selectionPreviewSchema = z.object({
  seed: z.string().describe("Send it back in selection.seed to publish exactly these questions."),
  itemIds: z.array(z.string()),
  questions: z.array(answeredQuestionSchema),
});
export type SelectionPreview = z.infer<typeof selectionPreviewSchema>;

/** POST /api/v1/classes/{classId}/assignments */
export const createdAssignmentSchema = z.object({ id: z.string(), questionCount: int() });
export type CreatedAssignment = z.infer<typeof createdAssignmentSchema>;
