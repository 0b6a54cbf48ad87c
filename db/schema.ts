import { sql } from "drizzle-orm";
import { sqliteTable, text, integer, real, index, uniqueIndex, primaryKey } from "drizzle-orm/sqlite-core";

export const ROLES = ["student", "instructor"] as const;
export type Role = (typeof ROLES)[number];

export const users = sqliteTable("users", {
  id: text("id").primaryKey(),
  email: text("email").notNull().unique(),
  name: text("name").notNull(),
  passwordHash: text("password_hash").notNull(),
  role: text("role", { enum: ROLES }).notNull(),
  createdAt: integer("created_at", { mode: "timestamp_ms" }).notNull(),
});

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
    instructorId: text("instructor_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    joinCode: text("join_code").notNull(),
    joinCodeEnabled: integer("join_code_enabled", { mode: "boolean" }).notNull().default(true),
    createdAt: integer("created_at", { mode: "timestamp_ms" }).notNull(),
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
  updatedAt: integer("updated_at", { mode: "timestamp_ms" }).notNull(),
});

export interface PracticeScope {
  models?: string[];
  services?: string[];
  topics?: string[];
}

/** FSRS states, as ts-fsrs numbers them. */
export const CARD_STATES = { new: 0, learning: 1, review: 2, relearning: 3 } as const;

/** One learner × one practice item. */
export const cards = sqliteTable(
  "cards",
  {
    id: text("id").primaryKey(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
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
    /** Bumped on every change, so a review of a stale showing can be refused. */
    version: integer("version").notNull().default(0),
    createdAt: integer("created_at").notNull(),
  },
  (table) => [
    uniqueIndex("cards_user_item_unique").on(table.userId, table.itemId),
    index("cards_user_due_idx").on(table.userId, table.due),
    index("cards_user_state_position_idx").on(table.userId, table.state, table.newPosition),
    index("cards_user_shown_idx").on(table.userId).where(sql`presented_seed is not null`),
  ],
);

export const REVIEW_ORIGINS = ["practice", "exam", "assignment"] as const;
export type ReviewOrigin = (typeof REVIEW_ORIGINS)[number];

/** Append-only: every review with the card as it was before, so undo is exact. */
export const reviewLog = sqliteTable(
  "review_log",
  {
    id: text("id").primaryKey(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    cardId: text("card_id")
      .notNull()
      .references(() => cards.id, { onDelete: "cascade" }),
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
    prevStability: real("prev_stability").notNull(),
    /** The whole card row before this review. */
    cardBefore: text("card_before", { mode: "json" }).$type<Record<string, unknown>>().notNull(),
    /** Elapsed days since the previous review, as FSRS's optimizer wants them. */
    elapsedDays: real("elapsed_days").notNull().default(0),
    newState: integer("new_state").notNull(),
    newDue: integer("new_due").notNull(),
  },
  (table) => [index("review_log_user_time_idx").on(table.userId, table.reviewedAt), index("review_log_card_idx").on(table.cardId, table.reviewedAt)],
);

export const EXAM_STATUSES = ["in_progress", "submitted"] as const;

/** A timed mock exam: its questions are fixed at the start (item ids + seed), its deadline by the server's clock. */
export const examAttempts = sqliteTable(
  "exam_attempts",
  {
    id: text("id").primaryKey(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
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
  (table) => [index("exam_attempts_user_started_idx").on(table.userId, table.startedAt)],
);

export const examAnswers = sqliteTable(
  "exam_answers",
  {
    attemptId: text("attempt_id")
      .notNull()
      .references(() => examAttempts.id, { onDelete: "cascade" }),
    questionId: text("question_id").notNull(),
    choiceIds: text("choice_ids", { mode: "json" }).$type<string[]>().notNull(),
    flagged: integer("flagged", { mode: "boolean" }).notNull().default(false),
    correct: integer("correct", { mode: "boolean" }),
    updatedAt: integer("updated_at").notNull(),
  },
  (table) => [primaryKey({ columns: [table.attemptId, table.questionId] })],
);
