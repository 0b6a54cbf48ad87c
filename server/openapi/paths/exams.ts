import { z } from "zod";
import { examAnswerSchema, startExamSchema } from "@/server/exams/input";
import { examReportSchema, pastExamSchema, runningExamSchema, savedExamAnswerSchema } from "@/server/exams/types";
import { refusal, type Operation } from "@/server/openapi/operation";
import { exams } from "@/server/openapi/sections";

export const EXAM_OPERATIONS: Operation[] = [
  exams("POST /api/v1/exams", "Start a mock exam", {
    description:
      "`cloud-practitioner` (65 questions, 90 minutes, pass 700) and `security-specialty` (65 questions, 170 minutes, pass 750) are fixed; `options` apply to `custom` only (defaults 20 questions, 30 minutes, pass 700). The questions are fixed now (item ids and a seed), the deadline by the server's clock.",
    body: {
      schema: startExamSchema,
      name: "StartExamRequest",
      example: { blueprint: "custom", options: { count: 10, minutes: 15, models: ["abstract"], passMark: 70 } },
    },
    responses: {
      201: { description: "The exam, running: questions without answers.", schema: runningExamSchema },
      400: refusal('A bad field, or filters that cannot fill the exam (`fieldErrors["options.count"]` says how many questions match).'),
    },
  }),
  exams("GET /api/v1/exams", "Past mock exams", {
    description: "The learner's 50 latest attempts, newest first.",
    responses: { 200: { description: "The attempts.", schema: z.object({ attempts: z.array(pastExamSchema) }) } },
  }),
  exams("GET /api/v1/exams/{attemptId}", "An exam: running or its report", {
    description:
      "In progress: the questions (no answers) and the saved answers, with `deadline` and `serverNow`. Submitted, or past its deadline (which submits it with what was saved): the report.",
    responses: {
      200: { description: "The running exam, or the report.", schema: z.union([runningExamSchema, examReportSchema]) },
    },
  }),
  exams("PUT /api/v1/exams/{attemptId}/answers/{questionId}", "Save an answer", {
    description:
      "Answers may change until the deadline; `[]` clears one. `flagged` marks a question to come back to (a right but flagged answer is reviewed as Hard).",
    body: { schema: examAnswerSchema, name: "ExamAnswerRequest" },
    responses: {
      200: { description: "Saved.", schema: savedExamAnswerSchema },
      400: refusal("A choice id the question does not have."),
      409: refusal("Past the deadline (+5 s grace for latency), or already submitted: the attempt is then submitted with what was saved."),
    },
  }),
  exams("POST /api/v1/exams/{attemptId}/submit", "Submit an exam", {
    description:
      "Grades the exam and feeds every question to practice (see Tests feed practice), logged with origin `exam`. Submitting twice returns the same report.",
    responses: {
      200: {
        description: "The report: scaled score, pass mark, scores by model, service and topic, every question with the answers.",
        schema: examReportSchema,
      },
    },
  }),
];
