/** The shapes the class and assignment APIs return, as the screens use them. */
import type { CitationView } from "@/server/practice/types";
import type { StudentStatus } from "./status";

export interface AnsweredQuestion {
  id: string;
  itemId: string;
  origin: "bank" | "class";
  kind: string;
  prompt: string;
  selectCount?: number;
  choices: { id: string; text: string; correct: boolean; explanation: string }[];
  explanation: string;
  citations: CitationView[];
  disagreement: string | null;
  links: { model: string; service: string } | null;
  model: string | null;
  service: string | null;
}

/** "all" marks a duty that holds in every model. */
export const modelLabel = (model: string) => (model === "all" ? "every model" : model);

export interface FilterOptions {
  models: { id: string; label: string }[];
  services: { id: string; name: string }[];
  topics: string[];
  kinds: { id: string; label: string }[];
}

export type FieldErrors = Record<string, string[]>;

export const KIND_LABELS: Record<string, string> = {
  scenario: "Scenario",
  "multi-select": "Multiple answer",
  "true-false": "True / false",
  "which-model": "Which model",
  "control-type": "Control type",
  compare: "Compare",
  "multiple-choice": "Multiple choice (yours)",
  "multiple-answer": "Multiple answer (yours)",
};

export type { StudentStatus } from "./status";

export interface StudentResultRow {
  userId: string;
  name: string;
  email: string;
  status: StudentStatus;
  attemptsUsed: number;
  correct: number | null;
  total: number | null;
  percent: number | null;
  timeSpentMs: number | null;
  submittedAt: number | null;
  attemptId: string | null;
}

export interface ItemStatsView {
  key: string;
  responses: number;
  correct: number;
  shareCorrect: number | null;
  optionCounts: Record<string, number>;
  unanswered: number;
  discrimination: number | null;
  groupSize: number;
  upperCorrect: number;
  lowerCorrect: number;
  flags: ("rarely_correct" | "negative_discrimination")[];
}

export interface AnalysedItem extends AnsweredQuestion {
  number: number;
  stats: ItemStatsView;
}

export interface WeakArea {
  id: string;
  correct: number;
  total: number;
  share: number;
}

export interface WeakFact extends WeakArea {
  service: string;
  duty: string;
}

export interface ResultQuestion extends AnsweredQuestion {
  number: number;
  yourChoiceIds: string[];
  correct: boolean;
}

export interface AttemptResultView {
  attemptId: string;
  attemptNumber: number;
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
  byModel: Record<string, { correct: number; total: number; percent: number }>;
  questions: ResultQuestion[];
}
