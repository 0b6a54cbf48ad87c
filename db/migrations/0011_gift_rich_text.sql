ALTER TABLE `assignment_answers` ADD `credit` real;--> statement-breakpoint
ALTER TABLE `assignment_attempts` ADD `score` real;--> statement-breakpoint
ALTER TABLE `class_questions` ADD `prompt_rich` text;--> statement-breakpoint
ALTER TABLE `class_questions` ADD `general_feedback_rich` text;