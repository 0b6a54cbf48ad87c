import type { Database } from "@/db";
import { attemptsOfUser } from "@/db/queries/exams";
import type { AreaScore, ExamHistory, PastExam } from "@/server/exams/types";

const READINESS_ATTEMPTS = 5;

/** The learner's past mock exams, newest first, without the stored breakdowns. */
export async function pastExams(db: Database, userId: string): Promise<PastExam[]> {
  const attempts = await attemptsOfUser(db, userId);
  return attempts.map(({ breakdown: _breakdown, ...attempt }) => attempt);
}

/** Past attempts, the score trend, and readiness: share right per model over the last few submitted attempts. */
export async function examHistory(db: Database, userId: string): Promise<ExamHistory> {
  const attempts = await attemptsOfUser(db, userId);
  const submitted = attempts.filter((a) => a.status === "submitted" && a.scaledScore !== null);
  const trend = [...submitted]
    .reverse()
    .map((a) => ({ date: new Date(a.startedAt).toISOString().slice(0, 10), score: a.scaledScore!, pass: a.passMarkScaled }));
  const readiness: Record<string, AreaScore> = {};
  const recent = submitted.slice(0, READINESS_ATTEMPTS);
  for (const attempt of recent) {
    const byModel = (attempt.breakdown?.byModel ?? {}) as Record<string, AreaScore>;
    for (const [model, area] of Object.entries(byModel)) {
      const total = (readiness[model] ??= { correct: 0, total: 0, percent: 0 });
      total.correct += area.correct;
      total.total += area.total;
    }
  }
  for (const area of Object.values(readiness)) area.percent = Math.round((area.correct / area.total) * 100);
  return { attempts: attempts.map(({ breakdown: _breakdown, ...attempt }) => attempt), trend, readiness, readinessAttempts: recent.length };
}
