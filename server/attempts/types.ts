/** The one declaration of every shape an attempt (a mock exam or an assignment) returns. */
import type { AnsweredQuestion } from "@/server/classes/types";
import type { CitationView, ShownQuestion } from "@/server/practice/types";

/** One saved answer of a running attempt (a mock exam or an assignment). */
export interface SavedAnswer {
  choiceIds: string[];
  flagged: boolean;
}

/** Right out of asked, for one model, service or topic. */
export interface AreaScore {
  correct: number;
  total: number;
  percent: number;
}

/** The answer side of an assignment question, shown at once in practice mode. */
export interface AttemptFeedback {
  correct: boolean;
  explanation: string;
  choices: { id: string; correct: boolean; explanation: string }[];
  citations: CitationView[];
  disagreement: string | null;
  links: { model: string; service: string } | null;
}

/** An open assignment attempt as its student sees it: questions in order, answers so far, feedback in practice mode. */
export interface RunningAttempt {
  attemptId: string;
  assignmentId: string;
  attemptNumber: number;
  status: string;
  mode: "practice" | "exam";
  startedAt: number;
  deadline: number | null;
  serverNow: number;
  questions: ShownQuestion[];
  answers: Record<string, SavedAnswer>;
  feedback: Record<string, AttemptFeedback>;
}

export interface ResultQuestion extends AnsweredQuestion {
  number: number;
  yourChoiceIds: string[];
  correct: boolean;
}

/** A submitted assignment attempt: its score and, when feedback is open, every question with the answers. */
export interface AttemptResultView {
  attemptId: string;
  attemptNumber: number;
  userId: string;
  status: string;
  startedAt: number;
  submittedAt: number | null;
  late: boolean;
  autoSubmitted: boolean;
  timeSpentMs: number;
  correctCount: number;
  total: number;
  percent: number;
  feedbackVisible: boolean;
  feedbackOpensAt: number | null;
  byModel: Record<string, AreaScore>;
  questions: ResultQuestion[];
}

/** POST /api/v1/assignments/{assignmentId}/attempts: a new attempt, or the open one resumed. */
export interface StartedAttempt {
  resumed: boolean;
  attempt: RunningAttempt;
}

/** PUT …/answers/{questionId} in exam mode: saved, and may still change. */
export interface SavedAnswerResult {
  saved: true;
  questionKey: string;
  deadline: number | null;
  serverNow: number;
}

/** PUT …/answers/{questionId} in practice mode: graded at once, with the answer side. */
export interface PracticeAnswerResult extends AttemptFeedback {
  saved: true;
  questionKey: string;
  finished: boolean;
  answered: number;
  total: number;
}

export type AnswerResult = SavedAnswerResult | PracticeAnswerResult;
