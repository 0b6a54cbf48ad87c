/** The one declaration of every shape the mock-exam feature returns (API bodies and page props). */
import type { AreaScore, SavedAnswer } from "@/server/attempts/types";
import type { CitationView, ShownQuestion } from "@/server/practice/types";

export type { AreaScore };

/** One saved answer of a running exam. */
export type ExamAnswer = SavedAnswer;

/** An exam in progress: public questions only, the server's deadline and clock, answers saved so far. */
export interface RunningExam {
  attemptId: string;
  title: string;
  status: string;
  startedAt: number;
  deadline: number;
  serverNow: number;
  passMarkScaled: number;
  questions: ShownQuestion[];
  answers: Record<string, ExamAnswer>;
}

export interface ReportQuestion {
  id: string;
  kind: string;
  model: string;
  service: string;
  topic: string;
  prompt: string;
  selectCount?: number;
  choices: { id: string; text: string; correct: boolean; explanation: string }[];
  yourChoiceIds: string[];
  flagged: boolean;
  correct: boolean;
  explanation: string;
  citations: CitationView[];
  disagreement: string | null;
  links: { model: string; service: string };
}

/** A submitted exam: the scaled score, the pass mark, scores by model/service/topic and every question. */
export interface ExamReport {
  attemptId: string;
  title: string;
  status: "submitted";
  startedAt: number;
  deadline: number;
  submittedAt: number;
  autoSubmitted: boolean;
  timeUsedMs: number;
  total: number;
  correctCount: number;
  score: number;
  scaledScore: number;
  passMarkScaled: number;
  passed: boolean;
  byModel: Record<string, AreaScore>;
  byService: Record<string, AreaScore>;
  byTopic: Record<string, AreaScore>;
  strongest: ({ service: string } & AreaScore)[];
  weakest: ({ service: string } & AreaScore)[];
  questions: ReportQuestion[];
}

/** A past attempt as the exams list and GET /api/v1/exams show it. */
export interface PastExam {
  id: string;
  title: string;
  blueprint: string;
  startedAt: number;
  deadline: number;
  status: string;
  submittedAt: number | null;
  scaledScore: number | null;
  passed: boolean | null;
  passMarkScaled: number;
  correctCount: number | null;
  total: number;
}

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
