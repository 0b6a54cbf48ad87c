import { eq, sql } from "drizzle-orm";
import type { Database } from "../index";
import { preparedPerDatabase } from "../prepared";
import { userSettings, type PracticeScope } from "../schema";

export interface LearnerSettings {
  desiredRetention: number;
  newPerDay: number;
  reviewsPerDay: number;
  learningSteps: string[];
  relearningSteps: string[];
  timeZone: string;
  dayStartsAtHour: number;
  scope: PracticeScope;
  cardsBankVersion: string | null;
  examDate: number | null;
  examBlueprint: string | null;
  cramMode: boolean;
  fsrsWeights: number[] | null;
  fsrsOptimizedAt: number | null;
}

export const DEFAULT_SETTINGS: LearnerSettings = {
  desiredRetention: 0.9,
  newPerDay: 20,
  reviewsPerDay: 200,
  learningSteps: ["1m", "10m"],
  relearningSteps: ["10m"],
  timeZone: "UTC",
  dayStartsAtHour: 4,
  scope: {},
  cardsBankVersion: null,
  examDate: null,
  examBlueprint: null,
  cramMode: false,
  fsrsWeights: null,
  fsrsOptimizedAt: null,
};

const settingsQuery = preparedPerDatabase((db) =>
  db
    .select()
    .from(userSettings)
    .where(eq(userSettings.userId, sql.placeholder("userId")))
    .limit(1)
    .prepare(),
);

export async function learnerSettings(db: Database, userId: string): Promise<LearnerSettings> {
  const row = await settingsQuery(db).get({ userId });
  if (!row) return { ...DEFAULT_SETTINGS };
  const { userId: _user, updatedAt: _updated, ...settings } = row;
  return settings;
}

export async function saveLearnerSettings(
  db: Database,
  userId: string,
  changes: Partial<LearnerSettings>,
  now = Date.now(),
): Promise<LearnerSettings> {
  const current = await learnerSettings(db, userId);
  const next = { ...current, ...changes };
  await db
    .insert(userSettings)
    .values({ userId, ...next, updatedAt: now })
    .onConflictDoUpdate({ target: userSettings.userId, set: { ...changes, updatedAt: now } });
  return next;
}
