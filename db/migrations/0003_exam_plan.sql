ALTER TABLE `user_settings` ADD `exam_date` integer;--> statement-breakpoint
ALTER TABLE `user_settings` ADD `exam_blueprint` text;--> statement-breakpoint
ALTER TABLE `user_settings` ADD `cram_mode` integer DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE `user_settings` ADD `fsrs_weights` text;--> statement-breakpoint
ALTER TABLE `user_settings` ADD `fsrs_optimized_at` integer;