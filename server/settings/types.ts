/**
 * The one declaration of the shapes the settings feature returns. The settings page receives the
 * learner's scheduling settings as the database keeps them (db/queries/settings.ts).
 */
import type { LearnerSettings } from "@/db/queries/settings";

/** What the settings form shows and edits: the learner's scheduling, day and practice scope. */
export type EditableSettings = Pick<
  LearnerSettings,
  "desiredRetention" | "newPerDay" | "reviewsPerDay" | "learningSteps" | "relearningSteps" | "timeZone" | "dayStartsAtHour" | "scope"
>;
