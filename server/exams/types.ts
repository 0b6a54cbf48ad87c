/** The one declaration of every shape the mock-exam feature returns (API bodies and page props); API bodies are zod schemas. */
import { z } from "zod";
import { areaScoreSchema, savedAnswerSchema, type AreaScore } from "@/server/attempts/types";
import { answerChoiceSchema, citationViewSchema, shownQuestionSchema } from "@/server/practice/types";

export type { AreaScore };

const int = () => z.number().int();
const time = () => int().describe("Milliseconds since 1970 (UTC), by the server's clock.");

/** One saved answer of a running exam. */
export type ExamAnswer = z.infer<typeof savedAnswerSchema>;

/** An exam in progress: public questions only, the server's deadline and clock, answers saved so far. */
export const runningExamSchema = z.object({
  attemptId: z.string(),
  title: z.string(),
  status: z.string(),
  startedAt: time(),
  deadline: time().describe("Answers are accepted until then (+5 s grace); after it the attempt is submitted with what was saved."),
  serverNow: time(),
  passMarkScaled: int(),
  questions: z.array(shownQuestionSchema).describe("q1…, without right answers or explanations."),
  answers: z.record(z.string(), savedAnswerSchema).describe("Saved answers by question id."),
});
export type RunningExam = z.infer<typeof runningExamSchema>;

export const reportQuestionSchema = shownQuestionSchema.extend({
  model: z.string(),
  service: z.string(),
  topic: z.string(),
  choices: z.array(answerChoiceSchema),
  yourChoiceIds: z.array(z.string()),
  flagged: z.boolean(),
  correct: z.boolean(),
  explanation: z.string(),
  citations: z.array(citationViewSchema),
  disagreement: z.string().nullable(),
  links: z.object({ model: z.string(), service: z.string() }),
});

const serviceScoreSchema = areaScoreSchema.extend({ service: z.string() });

/** A submitted exam: the scaled score, the pass mark, scores by model/service/topic and every question. */
export const examReportSchema = z.object({
  attemptId: z.string(),
  title: z.string(),
  status: z.literal("submitted"),
  startedAt: time(),
  deadline: time(),
  submittedAt: time(),
  autoSubmitted: z.boolean().describe("true when the deadline passed and the server submitted what was saved."),
  timeUsedMs: int(),
  total: int(),
  correctCount: int(),
  score: int().describe("The scaled score again (kept for older clients): the same as scaledScore."),
  scaledScore: int().describe("100–1000, as AWS reports."),
  passMarkScaled: int(),
  passed: z.boolean(),
  byModel: z.record(z.string(), areaScoreSchema),
  byService: z.record(z.string(), areaScoreSchema),
  byTopic: z.record(z.string(), areaScoreSchema),
  strongest: z.array(serviceScoreSchema),
  weakest: z.array(serviceScoreSchema),
  questions: z.array(reportQuestionSchema),
});
export type ExamReport = z.infer<typeof examReportSchema>;

/** PUT /api/v1/exams/{attemptId}/answers/{questionId} */
export const savedExamAnswerSchema = z.object({ saved: z.literal(true), questionId: z.string(), deadline: time(), serverNow: time() });

/** A past attempt as the exams list and GET /api/v1/exams show it. */
export const pastExamSchema = z.object({
  id: z.string(),
  title: z.string(),
  blueprint: z.string(),
  startedAt: time(),
  deadline: time(),
  status: z.string(),
  submittedAt: time().nullable(),
  scaledScore: int().nullable(),
  passed: z.boolean().nullable(),
  passMarkScaled: int(),
  correctCount: int().nullable(),
  total: int(),
});
export type PastExam = z.infer<typeof pastExamSchema>;

/** One submitted exam on the score trend. */
export interface ScorePoint {
  date: string;
  score: number;
  pass: number;
}

export interface ExamHistory {
  attempts: PastExam[];
  trend: ScorePoint[];
  readiness: Record<string, AreaScore>;
  /** How many recent submitted attempts the readiness bars cover. */
  readinessAttempts: number;
}
