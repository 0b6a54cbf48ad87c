import type { Database } from "@/db";
import { learnerSettings, saveLearnerSettings, type LearnerSettings } from "@/db/queries/settings";
import type { SettingsChanges, SettingsInput } from "@/server/settings/input";

/** The learner's settings, or the defaults before they change any. */
export function settingsOf(db: Database, userId: string): Promise<LearnerSettings> {
  return learnerSettings(db, userId);
}

/** Saves the settings form: scheduling, limits, the learner's day, and the everyday practice scope. */
export async function saveSettings(db: Database, userId: string, input: SettingsInput) {
  const { models, services, topics, ...scheduling } = input;
  await saveLearnerSettings(db, userId, { ...scheduling, scope: { models, services, topics } });
}

/** Saves only what the learner changed: a setting left out keeps its value, and so does each practice-scope list. */
export async function changeSettings(db: Database, userId: string, input: SettingsChanges) {
  const { models, services, topics, ...scheduling } = input;
  const defined = Object.fromEntries(Object.entries(scheduling).filter(([, value]) => value !== undefined));
  const scopeChanges = Object.fromEntries(Object.entries({ models, services, topics }).filter(([, value]) => value !== undefined));
  const scope = Object.keys(scopeChanges).length ? { scope: { ...(await learnerSettings(db, userId)).scope, ...scopeChanges } } : {};
  await saveLearnerSettings(db, userId, { ...defined, ...scope });
}
