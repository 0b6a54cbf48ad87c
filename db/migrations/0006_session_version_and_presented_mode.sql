ALTER TABLE `cards` ADD `presented_mode` text;--> statement-breakpoint
ALTER TABLE `users` ADD `session_version` integer DEFAULT 0 NOT NULL;