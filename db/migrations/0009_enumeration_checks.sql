PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_assignment_attempts` (
	`id` text PRIMARY KEY NOT NULL,
	`assignment_id` text NOT NULL,
	`user_id` text NOT NULL,
	`attempt_number` integer NOT NULL,
	`question_order` text NOT NULL,
	`started_at` integer NOT NULL,
	`deadline` integer,
	`status` text DEFAULT 'in_progress' NOT NULL,
	`submitted_at` integer,
	`late` integer DEFAULT false NOT NULL,
	`auto_submitted` integer DEFAULT false NOT NULL,
	`correct_count` integer,
	`total` integer NOT NULL,
	FOREIGN KEY (`assignment_id`) REFERENCES `assignments`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "assignment_attempts_status_check" CHECK(status in ('in_progress', 'submitted'))
);
--> statement-breakpoint
INSERT INTO `__new_assignment_attempts`("id", "assignment_id", "user_id", "attempt_number", "question_order", "started_at", "deadline", "status", "submitted_at", "late", "auto_submitted", "correct_count", "total") SELECT "id", "assignment_id", "user_id", "attempt_number", "question_order", "started_at", "deadline", "status", "submitted_at", "late", "auto_submitted", "correct_count", "total" FROM `assignment_attempts`;--> statement-breakpoint
DROP TABLE `assignment_attempts`;--> statement-breakpoint
ALTER TABLE `__new_assignment_attempts` RENAME TO `assignment_attempts`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
CREATE UNIQUE INDEX `assignment_attempts_number_unique` ON `assignment_attempts` (`assignment_id`,`user_id`,`attempt_number`);--> statement-breakpoint
CREATE UNIQUE INDEX `assignment_attempts_one_open_unique` ON `assignment_attempts` (`assignment_id`,`user_id`) WHERE status = 'in_progress';--> statement-breakpoint
CREATE INDEX `assignment_attempts_user_idx` ON `assignment_attempts` (`user_id`,`started_at`);--> statement-breakpoint
CREATE TABLE `__new_assignments` (
	`id` text PRIMARY KEY NOT NULL,
	`class_id` text NOT NULL,
	`title` text NOT NULL,
	`instructions` text DEFAULT '' NOT NULL,
	`mode` text NOT NULL,
	`time_limit_minutes` integer,
	`feedback_timing` text DEFAULT 'on_submit' NOT NULL,
	`opens_at` integer NOT NULL,
	`due_at` integer NOT NULL,
	`late_policy` text DEFAULT 'refuse' NOT NULL,
	`attempts_allowed` integer DEFAULT 1 NOT NULL,
	`shuffle_questions` integer DEFAULT false NOT NULL,
	`seed` text NOT NULL,
	`bank_version` text NOT NULL,
	`item_ids` text NOT NULL,
	`selection` text NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`class_id`) REFERENCES `classes`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "assignments_mode_check" CHECK(mode in ('practice', 'exam')),
	CONSTRAINT "assignments_feedback_timing_check" CHECK(feedback_timing in ('on_submit', 'after_due')),
	CONSTRAINT "assignments_late_policy_check" CHECK(late_policy in ('refuse', 'accept'))
);
--> statement-breakpoint
INSERT INTO `__new_assignments`("id", "class_id", "title", "instructions", "mode", "time_limit_minutes", "feedback_timing", "opens_at", "due_at", "late_policy", "attempts_allowed", "shuffle_questions", "seed", "bank_version", "item_ids", "selection", "created_at") SELECT "id", "class_id", "title", "instructions", "mode", "time_limit_minutes", "feedback_timing", "opens_at", "due_at", "late_policy", "attempts_allowed", "shuffle_questions", "seed", "bank_version", "item_ids", "selection", "created_at" FROM `assignments`;--> statement-breakpoint
DROP TABLE `assignments`;--> statement-breakpoint
ALTER TABLE `__new_assignments` RENAME TO `assignments`;--> statement-breakpoint
CREATE INDEX `assignments_class_due_idx` ON `assignments` (`class_id`,`due_at`);--> statement-breakpoint
CREATE TABLE `__new_cards` (
	`id` text PRIMARY KEY NOT NULL,
	`user_id` text NOT NULL,
	`item_id` text NOT NULL,
	`fact_id` text,
	`service` text NOT NULL,
	`model` text NOT NULL,
	`topic` text NOT NULL,
	`new_position` integer NOT NULL,
	`due` integer NOT NULL,
	`stability` real DEFAULT 0 NOT NULL,
	`difficulty` real DEFAULT 0 NOT NULL,
	`elapsed_days` integer DEFAULT 0 NOT NULL,
	`scheduled_days` integer DEFAULT 0 NOT NULL,
	`learning_steps` integer DEFAULT 0 NOT NULL,
	`reps` integer DEFAULT 0 NOT NULL,
	`lapses` integer DEFAULT 0 NOT NULL,
	`state` integer DEFAULT 0 NOT NULL,
	`last_review` integer,
	`suspended` integer DEFAULT false NOT NULL,
	`buried_until` integer,
	`flagged` integer DEFAULT false NOT NULL,
	`leech` integer DEFAULT false NOT NULL,
	`presented_seed` text,
	`presented_mode` text,
	`version` integer DEFAULT 0 NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "cards_state_check" CHECK(state in (0, 1, 2, 3)),
	CONSTRAINT "cards_presented_mode_check" CHECK(presented_mode in ('quiz', 'flashcard', 'revealed'))
);
--> statement-breakpoint
INSERT INTO `__new_cards`("id", "user_id", "item_id", "fact_id", "service", "model", "topic", "new_position", "due", "stability", "difficulty", "elapsed_days", "scheduled_days", "learning_steps", "reps", "lapses", "state", "last_review", "suspended", "buried_until", "flagged", "leech", "presented_seed", "presented_mode", "version", "created_at") SELECT "id", "user_id", "item_id", "fact_id", "service", "model", "topic", "new_position", "due", "stability", "difficulty", "elapsed_days", "scheduled_days", "learning_steps", "reps", "lapses", "state", "last_review", "suspended", "buried_until", "flagged", "leech", "presented_seed", "presented_mode", "version", "created_at" FROM `cards`;--> statement-breakpoint
DROP TABLE `cards`;--> statement-breakpoint
ALTER TABLE `__new_cards` RENAME TO `cards`;--> statement-breakpoint
CREATE UNIQUE INDEX `cards_user_item_unique` ON `cards` (`user_id`,`item_id`);--> statement-breakpoint
CREATE INDEX `cards_user_due_idx` ON `cards` (`user_id`,`due`);--> statement-breakpoint
CREATE INDEX `cards_user_state_position_idx` ON `cards` (`user_id`,`state`,`new_position`);--> statement-breakpoint
CREATE INDEX `cards_user_shown_idx` ON `cards` (`user_id`) WHERE presented_seed is not null;--> statement-breakpoint
CREATE TABLE `__new_class_questions` (
	`id` text PRIMARY KEY NOT NULL,
	`class_id` text NOT NULL,
	`title` text,
	`kind` text NOT NULL,
	`prompt` text NOT NULL,
	`choices` text NOT NULL,
	`general_feedback` text,
	`source` text NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`class_id`) REFERENCES `classes`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "class_questions_kind_check" CHECK(kind in ('multiple-choice', 'multiple-answer', 'true-false'))
);
--> statement-breakpoint
INSERT INTO `__new_class_questions`("id", "class_id", "title", "kind", "prompt", "choices", "general_feedback", "source", "created_at") SELECT "id", "class_id", "title", "kind", "prompt", "choices", "general_feedback", "source", "created_at" FROM `class_questions`;--> statement-breakpoint
DROP TABLE `class_questions`;--> statement-breakpoint
ALTER TABLE `__new_class_questions` RENAME TO `class_questions`;--> statement-breakpoint
CREATE INDEX `class_questions_class_idx` ON `class_questions` (`class_id`,`created_at`);--> statement-breakpoint
CREATE TABLE `__new_exam_attempts` (
	`id` text PRIMARY KEY NOT NULL,
	`user_id` text NOT NULL,
	`blueprint` text NOT NULL,
	`title` text NOT NULL,
	`options` text NOT NULL,
	`seed` text NOT NULL,
	`bank_version` text NOT NULL,
	`item_ids` text NOT NULL,
	`pass_mark_scaled` integer NOT NULL,
	`started_at` integer NOT NULL,
	`deadline` integer NOT NULL,
	`status` text DEFAULT 'in_progress' NOT NULL,
	`submitted_at` integer,
	`auto_submitted` integer DEFAULT false NOT NULL,
	`correct_count` integer,
	`scaled_score` integer,
	`passed` integer,
	`breakdown` text,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "exam_attempts_status_check" CHECK(status in ('in_progress', 'submitted'))
);
--> statement-breakpoint
INSERT INTO `__new_exam_attempts`("id", "user_id", "blueprint", "title", "options", "seed", "bank_version", "item_ids", "pass_mark_scaled", "started_at", "deadline", "status", "submitted_at", "auto_submitted", "correct_count", "scaled_score", "passed", "breakdown") SELECT "id", "user_id", "blueprint", "title", "options", "seed", "bank_version", "item_ids", "pass_mark_scaled", "started_at", "deadline", "status", "submitted_at", "auto_submitted", "correct_count", "scaled_score", "passed", "breakdown" FROM `exam_attempts`;--> statement-breakpoint
DROP TABLE `exam_attempts`;--> statement-breakpoint
ALTER TABLE `__new_exam_attempts` RENAME TO `exam_attempts`;--> statement-breakpoint
CREATE INDEX `exam_attempts_user_started_idx` ON `exam_attempts` (`user_id`,`started_at`);--> statement-breakpoint
CREATE TABLE `__new_review_log` (
	`id` text PRIMARY KEY NOT NULL,
	`user_id` text NOT NULL,
	`card_id` text NOT NULL,
	`rating` integer NOT NULL,
	`answer` text,
	`correct` integer,
	`duration_ms` integer DEFAULT 0 NOT NULL,
	`reviewed_at` integer NOT NULL,
	`origin` text DEFAULT 'practice' NOT NULL,
	`origin_id` text,
	`question_id` text,
	`question_seed` text,
	`prev_state` integer NOT NULL,
	`prev_scheduled_days` integer NOT NULL,
	`prev_stability` real NOT NULL,
	`card_before` text NOT NULL,
	`elapsed_days` real DEFAULT 0 NOT NULL,
	`new_state` integer NOT NULL,
	`new_due` integer NOT NULL,
	`reverted_at` integer,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`card_id`) REFERENCES `cards`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "review_log_rating_check" CHECK(rating in (1, 2, 3, 4)),
	CONSTRAINT "review_log_origin_check" CHECK(origin in ('practice', 'exam', 'assignment')),
	CONSTRAINT "review_log_prev_state_check" CHECK(prev_state in (0, 1, 2, 3)),
	CONSTRAINT "review_log_new_state_check" CHECK(new_state in (0, 1, 2, 3))
);
--> statement-breakpoint
INSERT INTO `__new_review_log`("id", "user_id", "card_id", "rating", "answer", "correct", "duration_ms", "reviewed_at", "origin", "origin_id", "question_id", "question_seed", "prev_state", "prev_scheduled_days", "prev_stability", "card_before", "elapsed_days", "new_state", "new_due", "reverted_at") SELECT "id", "user_id", "card_id", "rating", "answer", "correct", "duration_ms", "reviewed_at", "origin", "origin_id", "question_id", "question_seed", "prev_state", "prev_scheduled_days", "prev_stability", "card_before", "elapsed_days", "new_state", "new_due", "reverted_at" FROM `review_log`;--> statement-breakpoint
DROP TABLE `review_log`;--> statement-breakpoint
ALTER TABLE `__new_review_log` RENAME TO `review_log`;--> statement-breakpoint
CREATE INDEX `review_log_user_time_idx` ON `review_log` (`user_id`,`reviewed_at`);--> statement-breakpoint
CREATE INDEX `review_log_card_idx` ON `review_log` (`card_id`,`reviewed_at`);--> statement-breakpoint
CREATE TABLE `__new_users` (
	`id` text PRIMARY KEY NOT NULL,
	`email` text NOT NULL,
	`name` text NOT NULL,
	`password_hash` text NOT NULL,
	`role` text NOT NULL,
	`created_at` integer NOT NULL,
	`session_version` integer DEFAULT 0 NOT NULL,
	CONSTRAINT "users_role_check" CHECK(role in ('student', 'instructor'))
);
--> statement-breakpoint
INSERT INTO `__new_users`("id", "email", "name", "password_hash", "role", "created_at", "session_version") SELECT "id", "email", "name", "password_hash", "role", "created_at", "session_version" FROM `users`;--> statement-breakpoint
DROP TABLE `users`;--> statement-breakpoint
ALTER TABLE `__new_users` RENAME TO `users`;--> statement-breakpoint
CREATE UNIQUE INDEX `users_email_unique` ON `users` (`email`);