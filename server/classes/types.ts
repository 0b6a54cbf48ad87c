/** The one declaration of every shape the classes feature returns (API bodies and page props). */
import type { CitationView } from "@/questions/types";

/** A student's standing on one assignment, as the results, the gradebook and the dashboard show it. */
export const STUDENT_STATUSES = ["not_started", "in_progress", "submitted", "late", "missing"] as const;
export type StudentStatus = (typeof STUDENT_STATUSES)[number];

/** A question of an assignment with its answer: bank questions and the class's own (GIFT) ones. */
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

/** What the assignment form's filters offer; kinds are question-kind ids. */
export interface FilterOptions {
  models: { id: string; label: string }[];
  services: { id: string; name: string }[];
  topics: string[];
  kinds: string[];
}

/** One student's row on an assignment's results. */
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
  /** The counted attempt (or the open one), for the instructor to open. */
  attemptId: string | null;
}

export type ItemFlag = "rarely_correct" | "negative_discrimination";

export interface ItemStats {
  key: string;
  responses: number;
  correct: number;
  /** 0–1, of every response (an unanswered question counts as wrong); null with no responses. */
  shareCorrect: number | null;
  optionCounts: Record<string, number>;
  unanswered: number;
  /** (right in upper group − right in lower group) / group size, from −1 to 1; null under two responses. */
  discrimination: number | null;
  groupSize: number;
  upperCorrect: number;
  lowerCorrect: number;
  flags: ItemFlag[];
}

export interface AnalysedItem extends AnsweredQuestion {
  number: number;
  topic: string | null;
  factIds: string[];
  stats: ItemStats;
}

/** A fact or model, with how often the class answered its questions right. */
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

/** A page of the bank browser: bank items (rendered with the draft's seed) and the class's own matching questions. */
export interface BankPage {
  total: number;
  offset: number;
  limit: number;
  items: (AnsweredQuestion & { topic: string })[];
  imported: (AnsweredQuestion & { topic: null; title: string | null })[];
}

/** One assignment on a student's list: when it opens and is due, their status and counted score. */
export interface StudentAssignment {
  id: string;
  title: string;
  classId: string;
  className: string;
  mode: "practice" | "exam";
  opensAt: number;
  dueAt: number;
  latePolicy: string;
  questionCount: number;
  timeLimitMinutes: number | null;
  attemptsAllowed: number;
  attemptsUsed: number;
  status: StudentStatus;
  score: { correct: number; total: number } | null;
  feedbackOpensAt: number | null;
}

/** POST /api/v1/classes */
export interface CreatedClass {
  id: string;
  name: string;
  joinCode: string;
}

/** POST /api/v1/classes/join */
/** What a join link shows before joining: the class's name, and whether its code is turned on. */
export interface JoinLinkClass {
  name: string;
  joinable: boolean;
}

export interface JoinedClass {
  classId: string;
  name: string;
  alreadyMember: boolean;
}

/** POST /api/v1/classes/{classId}/join-code */
export interface JoinCodeState {
  joinCode: string;
  joinCodeEnabled: boolean;
}

/** POST /api/v1/classes/{classId}/questions */
export interface GiftImport {
  imported: number;
  ids: string[];
}

/** POST /api/v1/classes/{classId}/assignments/preview: the questions students will get, with answers. */
export interface SelectionPreview {
  seed: string;
  itemIds: string[];
  questions: AnsweredQuestion[];
}

/** POST /api/v1/classes/{classId}/assignments */
export interface CreatedAssignment {
  id: string;
  questionCount: number;
}
