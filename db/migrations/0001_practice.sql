CREATE TABLE `cards` (
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
	`version` integer DEFAULT 0 NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `cards_user_item_unique` ON `cards` (`user_id`,`item_id`);--> statement-breakpoint
CREATE INDEX `cards_user_due_idx` ON `cards` (`user_id`,`due`);--> statement-breakpoint
CREATE INDEX `cards_user_state_position_idx` ON `cards` (`user_id`,`state`,`new_position`);--> statement-breakpoint
CREATE INDEX `cards_user_shown_idx` ON `cards` (`user_id`) WHERE presented_seed is not null;--> statement-breakpoint
CREATE TABLE `review_log` (
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
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`card_id`) REFERENCES `cards`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `review_log_user_time_idx` ON `review_log` (`user_id`,`reviewed_at`);--> statement-breakpoint
CREATE INDEX `review_log_card_idx` ON `review_log` (`card_id`,`reviewed_at`);--> statement-breakpoint
CREATE TABLE `user_settings` (
	`user_id` text PRIMARY KEY NOT NULL,
	`desired_retention` real DEFAULT 0.9 NOT NULL,
	`new_per_day` integer DEFAULT 20 NOT NULL,
	`reviews_per_day` integer DEFAULT 200 NOT NULL,
	`learning_steps` text DEFAULT '["1m","10m"]' NOT NULL,
	`relearning_steps` text DEFAULT '["10m"]' NOT NULL,
	`time_zone` text DEFAULT 'UTC' NOT NULL,
	`day_starts_at_hour` integer DEFAULT 4 NOT NULL,
	`scope` text DEFAULT '{}' NOT NULL,
	`cards_bank_version` text,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
