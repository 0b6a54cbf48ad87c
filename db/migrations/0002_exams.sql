CREATE TABLE `exam_answers` (
	`attempt_id` text NOT NULL,
	`question_id` text NOT NULL,
	`choice_ids` text NOT NULL,
	`flagged` integer DEFAULT false NOT NULL,
	`correct` integer,
	`updated_at` integer NOT NULL,
	PRIMARY KEY(`attempt_id`, `question_id`),
	FOREIGN KEY (`attempt_id`) REFERENCES `exam_attempts`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `exam_attempts` (
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
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `exam_attempts_user_started_idx` ON `exam_attempts` (`user_id`,`started_at`);