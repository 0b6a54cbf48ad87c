import type { Database } from "@/db";
import { learnerSettings, saveLearnerSettings, type LearnerSettings } from "@/db/queries/settings";
import type { SettingsInput } from "@/server/settings/input";

/** The learner's settings, or the defaults before they change any. */
export function settingsOf(db: Database, userId: string): Promise<LearnerSettings> {
  return learnerSettings(db, userId);
}

/** Saves the settings form: scheduling, limits, the learner's day, and the everyday practice scope. */
export async function saveSettings(db: Database, userId: string, input: SettingsInput) {
  const { models, services, topics, ...scheduling } = input;
  await saveLearnerSettings(db, userId, { ...scheduling, scope: { models, services, topics } });
}
