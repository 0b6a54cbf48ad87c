CREATE TABLE `assignment_answers` (
	`attempt_id` text NOT NULL,
	`question_key` text NOT NULL,
	`choice_ids` text NOT NULL,
	`correct` integer NOT NULL,
	`answered_at` integer NOT NULL,
	PRIMARY KEY(`attempt_id`, `question_key`),
	FOREIGN KEY (`attempt_id`) REFERENCES `assignment_attempts`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `assignment_attempts` (
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
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `assignment_attempts_number_unique` ON `assignment_attempts` (`assignment_id`,`user_id`,`attempt_number`);--> statement-breakpoint
CREATE UNIQUE INDEX `assignment_attempts_one_open_unique` ON `assignment_attempts` (`assignment_id`,`user_id`) WHERE status = 'in_progress';--> statement-breakpoint
CREATE INDEX `assignment_attempts_user_idx` ON `assignment_attempts` (`user_id`,`started_at`);--> statement-breakpoint
CREATE TABLE `assignments` (
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
	FOREIGN KEY (`class_id`) REFERENCES `classes`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `assignments_class_due_idx` ON `assignments` (`class_id`,`due_at`);--> statement-breakpoint
CREATE TABLE `class_members` (
	`class_id` text NOT NULL,
	`user_id` text NOT NULL,
	`joined_at` integer NOT NULL,
	PRIMARY KEY(`class_id`, `user_id`),
	FOREIGN KEY (`class_id`) REFERENCES `classes`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `class_members_user_idx` ON `class_members` (`user_id`);--> statement-breakpoint
CREATE TABLE `class_questions` (
	`id` text PRIMARY KEY NOT NULL,
	`class_id` text NOT NULL,
	`title` text,
	`kind` text NOT NULL,
	`prompt` text NOT NULL,
	`choices` text NOT NULL,
	`general_feedback` text,
	`source` text NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`class_id`) REFERENCES `classes`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `class_questions_class_idx` ON `class_questions` (`class_id`,`created_at`);