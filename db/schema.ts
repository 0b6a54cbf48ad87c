import { sql } from "drizzle-orm";
import { sqliteTable, text, integer, real, index, uniqueIndex, primaryKey, check, type AnySQLiteColumn } from "drizzle-orm/sqlite-core";
import type { SafeNode } from "../questions/safe-nodes";

/**
 * A CHECK that a column holds one of an enumeration's values (NULL passes, as SQL has it). Written
 * with the bare column name: drizzle-kit copies a table into a new one to change its checks.
 */
const oneOf = (name: string, column: string, values: readonly (string | number)[]) =>
  check(name, sql.raw(`${column} in (${values.map((v) => (typeof v === "number" ? String(v) : `'${v}'`)).join(", ")})`));

/** A required link to the row this one belongs to: deleting that row deletes this one. */
const belongsTo = (column: string, target: () => AnySQLiteColumn) => text(column).notNull().references(target, { onDelete: "cascade" });

export const ROLES = ["student", "instructor"] as const;
export type Role = (typeof ROLES)[number];

export const users = sqliteTable(
  "users",
  {
    id: text("id").primaryKey(),
    email: text("email").notNull().unique(),
    name: text("name").notNull(),
    passwordHash: text("password_hash").notNull(),
    role: text("role", { enum: ROLES }).notNull(),
    createdAt: integer("created_at").notNull(),
    /** Carried in every session token; bumping it (password change, "sign out everywhere") ends every session issued before. */
    sessionVersion: integer("session_version").notNull().default(0),
  },
  () => [oneOf("users_role_check", "role", ROLES)],
);

/** Fixed-window counters shared by every server process (sign-in, registration, joins). */
export const rateLimitHits = sqliteTable(
  "rate_limit_hits",
  {
    key: text("key").notNull(),
    windowStart: integer("window_start").notNull(),
    count: integer("count").notNull(),
  },
  (table) => [primaryKey({ columns: [table.key, table.windowStart] })],
);

export const classes = sqliteTable(
  "classes",
  {
    id: text("id").primaryKey(),
    instructorId: belongsTo("instructor_id", () => users.id),
    name: text("name").notNull(),
    joinCode: text("join_code").notNull(),
    joinCodeEnabled: integer("join_code_enabled", { mode: "boolean" }).notNull().default(true),
    createdAt: integer("created_at").notNull(),
    /** When the instructor archived the class: it takes no new students, assignments or attempts; null while active. */
    archivedAt: integer("archived_at"),
  },
  (table) => [uniqueIndex("classes_join_code_unique").on(table.joinCode), index("classes_instructor_idx").on(table.instructorId)],
);

/** One learner's scheduling settings; defaults apply until they change something. */
export const userSettings = sqliteTable("user_settings", {
  userId: text("user_id")
    .primaryKey()
    .references(() => users.id, { onDelete: "cascade" }),
  desiredRetention: real("desired_retention").notNull().default(0.9),
  newPerDay: integer("new_per_day").notNull().default(20),
  reviewsPerDay: integer("reviews_per_day").notNull().default(200),
  learningSteps: text("learning_steps", { mode: "json" }).$type<string[]>().notNull().default(["1m", "10m"]),
  relearningSteps: text("relearning_steps", { mode: "json" }).$type<string[]>().notNull().default(["10m"]),
  timeZone: text("time_zone").notNull().default("UTC"),
  dayStartsAtHour: integer("day_starts_at_hour").notNull().default(4),
  scope: text("scope", { mode: "json" }).$type<PracticeScope>().notNull().default({}),
  /** The bank version whose items this learner's cards were last filled from. */
  cardsBankVersion: text("cards_bank_version"),
  /** Exam-date plan: the day the learner sits the exam, and in which format. */
  examDate: integer("exam_date"),
  examBlueprint: text("exam_blueprint"),
  /** Cram toward the exam date: raise retention for cards whose recall on the date would be under target. */
  cramMode: integer("cram_mode", { mode: "boolean" }).notNull().default(false),
  /** Personal FSRS parameters fitted on the learner's own reviews; null means the defaults. */
  fsrsWeights: text("fsrs_weights", { mode: "json" }).$type<number[]>(),
  fsrsOptimizedAt: integer("fsrs_optimized_at"),
  updatedAt: integer("updated_at").notNull(),
});

export interface PracticeScope {
  models?: string[];
  services?: string[];
  topics?: string[];
  /** One-off only (from /stats "practise the weakest"): just these facts' cards. */
  facts?: string[];
}

/** A quiz's answer is served only with its result; a revealed flashcard can only be rated. */
export const PRESENTED_MODES = ["quiz", "flashcard", "revealed"] as const;
export type PresentedMode = (typeof PRESENTED_MODES)[number];

/** FSRS states, as ts-fsrs numbers them. */
export const CARD_STATES = { new: 0, learning: 1, review: 2, relearning: 3 } as const;
const FSRS_STATES = Object.values(CARD_STATES);
/** Again, Hard, Good, Easy. */
const RATINGS = [1, 2, 3, 4];

/** One learner × one practice item. */
export const cards = sqliteTable(
  "cards",
  {
    id: text("id").primaryKey(),
    userId: belongsTo("user_id", () => users.id),
    itemId: text("item_id").notNull(),
    factId: text("fact_id"),
    service: text("service").notNull(),
    model: text("model").notNull(),
    topic: text("topic").notNull(),
    /** Where the card sits among the learner's new cards. */
    newPosition: integer("new_position").notNull(),
    due: integer("due").notNull(),
    stability: real("stability").notNull().default(0),
    difficulty: real("difficulty").notNull().default(0),
    elapsedDays: integer("elapsed_days").notNull().default(0),
    scheduledDays: integer("scheduled_days").notNull().default(0),
    learningSteps: integer("learning_steps").notNull().default(0),
    reps: integer("reps").notNull().default(0),
    lapses: integer("lapses").notNull().default(0),
    state: integer("state").notNull().default(0),
    lastReview: integer("last_review"),
    suspended: integer("suspended", { mode: "boolean" }).notNull().default(false),
    buriedUntil: integer("buried_until"),
    flagged: integer("flagged", { mode: "boolean" }).notNull().default(false),
    leech: integer("leech", { mode: "boolean" }).notNull().default(false),
    /** The seed of the scenario currently shown for this card; cleared when it is reviewed. */
    presentedSeed: text("presented_seed"),
    /** How the current showing is asked: as a quiz, as a flashcard, or a flashcard whose back was revealed. */
    presentedMode: text("presented_mode", { enum: PRESENTED_MODES }),
    /** Bumped on every change, so a review of a stale showing can be refused. */
    version: integer("version").notNull().default(0),
    createdAt: integer("created_at").notNull(),
  },
  (table) => [
    uniqueIndex("cards_user_item_unique").on(table.userId, table.itemId),
    index("cards_user_due_idx").on(table.userId, table.due),
    index("cards_user_state_position_idx").on(table.userId, table.state, table.newPosition),
    index("cards_user_shown_idx")
      .on(table.userId)
      .where(sql`presented_seed is not null`),
    oneOf("cards_state_check", "state", FSRS_STATES),
    oneOf("cards_presented_mode_check", "presented_mode", PRESENTED_MODES),
  ],
);

export const REVIEW_ORIGINS = ["practice", "exam", "assignment"] as const;
export type ReviewOrigin = (typeof REVIEW_ORIGINS)[number];

/**
 * Append-only: every review with the card as it was before, so undo is exact. Undo marks the row
 * reverted instead of deleting it; every reader leaves reverted rows out, but the id stays used.
 */
export const reviewLog = sqliteTable(
  "review_log",
  {
    id: text("id").primaryKey(),
    userId: belongsTo("user_id", () => users.id),
    cardId: belongsTo("card_id", () => cards.id),
    rating: integer("rating").notNull(),
    answer: text("answer", { mode: "json" }).$type<string[]>(),
    correct: integer("correct", { mode: "boolean" }),
    durationMs: integer("duration_ms").notNull().default(0),
    reviewedAt: integer("reviewed_at").notNull(),
    origin: text("origin", { enum: REVIEW_ORIGINS }).notNull().default("practice"),
    originId: text("origin_id"),
    questionId: text("question_id"),
    questionSeed: text("question_seed"),
    prevState: integer("prev_state").notNull(),
    prevScheduledDays: integer("prev_scheduled_days").notNull(),
    /** The whole card row before this review. */
    cardBefore: text("card_before", { mode: "json" }).$type<Record<string, unknown>>().notNull(),
    /** Elapsed days since the previous review, as FSRS's optimizer wants them. */
    elapsedDays: real("elapsed_days").notNull().default(0),
    newState: integer("new_state").notNull(),
    newDue: integer("new_due").notNull(),
    /** When the learner undid this review; null while it stands. */
    revertedAt: integer("reverted_at"),
  },
  (table) => [
    index("review_log_user_time_idx").on(table.userId, table.reviewedAt),
    index("review_log_card_idx").on(table.cardId, table.reviewedAt),
    oneOf("review_log_rating_check", "rating", RATINGS),
    oneOf("review_log_origin_check", "origin", REVIEW_ORIGINS),
    oneOf("review_log_prev_state_check", "prev_state", FSRS_STATES),
    oneOf("review_log_new_state_check", "new_state", FSRS_STATES),
  ],
);

export const EXAM_STATUSES = ["in_progress", "submitted"] as const;

/** A timed mock exam: its questions are fixed at the start (item ids + seed), its deadline by the server's clock. */
export const examAttempts = sqliteTable(
  "exam_attempts",
  {
    id: text("id").primaryKey(),
    userId: belongsTo("user_id", () => users.id),
    blueprint: text("blueprint").notNull(),
    title: text("title").notNull(),
    options: text("options", { mode: "json" }).$type<Record<string, unknown>>().notNull(),
    seed: text("seed").notNull(),
    bankVersion: text("bank_version").notNull(),
    itemIds: text("item_ids", { mode: "json" }).$type<string[]>().notNull(),
    passMarkScaled: integer("pass_mark_scaled").notNull(),
    startedAt: integer("started_at").notNull(),
    deadline: integer("deadline").notNull(),
    status: text("status", { enum: EXAM_STATUSES }).notNull().default("in_progress"),
    submittedAt: integer("submitted_at"),
    autoSubmitted: integer("auto_submitted", { mode: "boolean" }).notNull().default(false),
    correctCount: integer("correct_count"),
    scaledScore: integer("scaled_score"),
    passed: integer("passed", { mode: "boolean" }),
    /** Scores by model / service / topic, fixed at submission. */
    breakdown: text("breakdown", { mode: "json" }).$type<Record<string, unknown>>(),
  },
  (table) => [
    index("exam_attempts_user_started_idx").on(table.userId, table.startedAt),
    oneOf("exam_attempts_status_check", "status", EXAM_STATUSES),
  ],
);

export const examAnswers = sqliteTable(
  "exam_answers",
  {
    attemptId: belongsTo("attempt_id", () => examAttempts.id),
    questionId: text("question_id").notNull(),
    choiceIds: text("choice_ids", { mode: "json" }).$type<string[]>().notNull(),
    flagged: integer("flagged", { mode: "boolean" }).notNull().default(false),
    correct: integer("correct", { mode: "boolean" }),
    updatedAt: integer("updated_at").notNull(),
  },
  (table) => [primaryKey({ columns: [table.attemptId, table.questionId] })],
);

/** A student in a class. Removing a student deletes the row; their attempts stay for the record. */
export const classMembers = sqliteTable(
  "class_members",
  {
    classId: belongsTo("class_id", () => classes.id),
    userId: belongsTo("user_id", () => users.id),
    joinedAt: integer("joined_at").notNull(),
  },
  (table) => [primaryKey({ columns: [table.classId, table.userId] }), index("class_members_user_idx").on(table.userId)],
);

export const IMPORTED_KINDS = ["multiple-choice", "multiple-answer", "true-false"] as const;
export type ImportedKind = (typeof IMPORTED_KINDS)[number];

export interface ImportedChoice {
  id: string;
  text: string;
  correct: boolean;
  /** GIFT's percentage weight: 100 / -100 for single answers, shares of 100 for multiple answers. */
  weight: number;
  feedback: string;
  /** The answer as formatted text (the safe tree of questions/rich-text.ts), when it was imported from [html] or [markdown]. */
  textRich?: SafeNode[];
  /** The feedback as formatted text, when it was imported from [html] or [markdown]. */
  feedbackRich?: SafeNode[];
}

/** An instructor's own question, imported from Moodle GIFT into one class's private bank. */
export const classQuestions = sqliteTable(
  "class_questions",
  {
    id: text("id").primaryKey(),
    classId: belongsTo("class_id", () => classes.id),
    title: text("title"),
    kind: text("kind", { enum: IMPORTED_KINDS }).notNull(),
    /** Plain text (the words, no tags): what search, CSV and text-only views use. */
    prompt: text("prompt").notNull(),
    /** The prompt as formatted text (a safe tree, rendered as elements), when imported from [html] or [markdown]. */
    promptRich: text("prompt_rich", { mode: "json" }).$type<SafeNode[]>(),
    choices: text("choices", { mode: "json" }).$type<ImportedChoice[]>().notNull(),
    generalFeedback: text("general_feedback"),
    generalFeedbackRich: text("general_feedback_rich", { mode: "json" }).$type<SafeNode[]>(),
    /** Where the question's answer comes from: a citation the instructor vouches for. */
    source: text("source").notNull(),
    createdAt: integer("created_at").notNull(),
  },
  (table) => [
    index("class_questions_class_idx").on(table.classId, table.createdAt),
    oneOf("class_questions_kind_check", "kind", IMPORTED_KINDS),
  ],
);

export const ASSIGNMENT_MODES = ["practice", "exam"] as const;
export type AssignmentMode = (typeof ASSIGNMENT_MODES)[number];
export const LATE_POLICIES = ["refuse", "accept"] as const;
export type LatePolicy = (typeof LATE_POLICIES)[number];
export const FEEDBACK_TIMINGS = ["on_submit", "after_due"] as const;
export type FeedbackTiming = (typeof FEEDBACK_TIMINGS)[number];

/** A set of questions fixed at publish time (item ids + seed), the same for every student of the class. */
export const assignments = sqliteTable(
  "assignments",
  {
    id: text("id").primaryKey(),
    classId: belongsTo("class_id", () => classes.id),
    title: text("title").notNull(),
    instructions: text("instructions").notNull().default(""),
    mode: text("mode", { enum: ASSIGNMENT_MODES }).notNull(),
    /** Exam mode only: minutes from the start of an attempt. */
    timeLimitMinutes: integer("time_limit_minutes"),
    feedbackTiming: text("feedback_timing", { enum: FEEDBACK_TIMINGS }).notNull().default("on_submit"),
    opensAt: integer("opens_at").notNull(),
    dueAt: integer("due_at").notNull(),
    latePolicy: text("late_policy", { enum: LATE_POLICIES }).notNull().default("refuse"),
    attemptsAllowed: integer("attempts_allowed").notNull().default(1),
    shuffleQuestions: integer("shuffle_questions", { mode: "boolean" }).notNull().default(false),
    seed: text("seed").notNull(),
    bankVersion: text("bank_version").notNull(),
    /** Bank item ids, or `class:<id>` for the class's imported questions; question keys q1… follow this order. */
    itemIds: text("item_ids", { mode: "json" }).$type<string[]>().notNull(),
    /** How the questions were chosen (filters or hand-picked), shown back to the instructor. */
    selection: text("selection", { mode: "json" }).$type<Record<string, unknown>>().notNull(),
    createdAt: integer("created_at").notNull(),
  },
  (table) => [
    index("assignments_class_due_idx").on(table.classId, table.dueAt),
    oneOf("assignments_mode_check", "mode", ASSIGNMENT_MODES),
    oneOf("assignments_feedback_timing_check", "feedback_timing", FEEDBACK_TIMINGS),
    oneOf("assignments_late_policy_check", "late_policy", LATE_POLICIES),
  ],
);

export const ATTEMPT_STATUSES = ["in_progress", "submitted"] as const;

export const assignmentAttempts = sqliteTable(
  "assignment_attempts",
  {
    id: text("id").primaryKey(),
    assignmentId: belongsTo("assignment_id", () => assignments.id),
    userId: belongsTo("user_id", () => users.id),
    attemptNumber: integer("attempt_number").notNull(),
    /** The question keys in the order this student sees them. */
    questionOrder: text("question_order", { mode: "json" }).$type<string[]>().notNull(),
    startedAt: integer("started_at").notNull(),
    /** When the time limit runs out (exam mode); null without a limit. A refused-late due date applies on top. */
    deadline: integer("deadline"),
    status: text("status", { enum: ATTEMPT_STATUSES }).notNull().default("in_progress"),
    submittedAt: integer("submitted_at"),
    late: integer("late", { mode: "boolean" }).notNull().default(false),
    autoSubmitted: integer("auto_submitted", { mode: "boolean" }).notNull().default(false),
    correctCount: integer("correct_count"),
    /** The sum of each question's credit (0–1) once submitted; null on attempts from before credit (then correctCount). */
    score: real("score"),
    total: integer("total").notNull(),
  },
  (table) => [
    uniqueIndex("assignment_attempts_number_unique").on(table.assignmentId, table.userId, table.attemptNumber),
    uniqueIndex("assignment_attempts_one_open_unique")
      .on(table.assignmentId, table.userId)
      .where(sql`status = 'in_progress'`),
    index("assignment_attempts_user_idx").on(table.userId, table.startedAt),
    oneOf("assignment_attempts_status_check", "status", ATTEMPT_STATUSES),
  ],
);

export const assignmentAnswers = sqliteTable(
  "assignment_answers",
  {
    attemptId: belongsTo("attempt_id", () => assignmentAttempts.id),
    questionKey: text("question_key").notNull(),
    choiceIds: text("choice_ids", { mode: "json" }).$type<string[]>().notNull(),
    correct: integer("correct", { mode: "boolean" }).notNull(),
    /** 0–1: partial credit by GIFT weight on imported questions; null on rows from before credit (then correct counts 1 or 0). */
    credit: real("credit"),
    /** Exam mode: the student marked it to come back to (and an unsure right answer is reviewed as Hard). */
    flagged: integer("flagged", { mode: "boolean" }).notNull().default(false),
    answeredAt: integer("answered_at").notNull(),
  },
  (table) => [primaryKey({ columns: [table.attemptId, table.questionKey] })],
);
