import { and, desc, eq, sql } from "drizzle-orm";
import type { Database } from "../index";
import { firstRow } from "../first-row";
import { examAnswers, examAttempts } from "../schema";

export type ExamAttemptRow = typeof examAttempts.$inferSelect;

export async function insertAttempt(db: Database, attempt: typeof examAttempts.$inferInsert) {
  const [inserted] = await db.insert(examAttempts).values(attempt).returning();
  return inserted;
}

/** An attempt, only if it is this learner's. */
export async function attemptOfUser(db: Database, userId: string, attemptId: string) {
  return firstRow(
    db
      .select()
      .from(examAttempts)
      .where(and(eq(examAttempts.id, attemptId), eq(examAttempts.userId, userId)))
      .limit(1),
  );
}

export async function answersOf(db: Database, attemptId: string) {
  return db.select().from(examAnswers).where(eq(examAnswers.attemptId, attemptId));
}

export async function saveAnswer(
  db: Database,
  attemptId: string,
  questionId: string,
  choiceIds: string[],
  flagged: boolean | undefined,
  now: number,
) {
  await db
    .insert(examAnswers)
    .values({ attemptId, questionId, choiceIds, flagged: flagged ?? false, updatedAt: now })
    .onConflictDoUpdate({
      target: [examAnswers.attemptId, examAnswers.questionId],
      set: { choiceIds, updatedAt: now, ...(flagged === undefined ? {} : { flagged }) },
    });
}

export interface AttemptResult {
  correctCount: number;
  scaledScore: number;
  passed: boolean;
  breakdown: Record<string, unknown>;
  correctness: { questionId: string; correct: boolean }[];
}

/**
 * Marks an in-progress attempt submitted with its result. Returns false when it was already
 * submitted (another request got there first), so results are fixed once.
 */
export async function finaliseAttempt(
  db: Database,
  attemptId: string,
  result: AttemptResult,
  now: number,
  auto: boolean,
): Promise<boolean> {
  return db.transaction(async (tx) => {
    const [updated] = await tx
      .update(examAttempts)
      .set({
        status: "submitted",
        submittedAt: now,
        autoSubmitted: auto,
        correctCount: result.correctCount,
        scaledScore: result.scaledScore,
        passed: result.passed,
        breakdown: result.breakdown,
      })
      .where(and(eq(examAttempts.id, attemptId), eq(examAttempts.status, "in_progress")))
      .returning({ id: examAttempts.id });
    if (!updated) return false;
    // Every question's correctness in one statement, not one upsert per question.
    await tx.run(sql`insert into exam_answers (attempt_id, question_id, choice_ids, correct, updated_at)
      select ${attemptId}, value ->> 'questionId', '[]', value ->> 'correct', ${now} from json_each(${JSON.stringify(result.correctness.map((c) => ({ questionId: c.questionId, correct: c.correct ? 1 : 0 })))}) where true
      on conflict (attempt_id, question_id) do update set correct = excluded.correct`);
    return true;
  });
}

export async function attemptsOfUser(db: Database, userId: string, limit = 50) {
  return db
    .select({
      id: examAttempts.id,
      title: examAttempts.title,
      blueprint: examAttempts.blueprint,
      startedAt: examAttempts.startedAt,
      deadline: examAttempts.deadline,
      status: examAttempts.status,
      submittedAt: examAttempts.submittedAt,
      scaledScore: examAttempts.scaledScore,
      passed: examAttempts.passed,
      passMarkScaled: examAttempts.passMarkScaled,
      correctCount: examAttempts.correctCount,
      total: sql<number>`json_array_length(${examAttempts.itemIds})`,
      breakdown: examAttempts.breakdown,
    })
    .from(examAttempts)
    .where(eq(examAttempts.userId, userId))
    .orderBy(desc(examAttempts.startedAt))
    .limit(limit);
}

export async function lastAttemptItems(db: Database, userId: string): Promise<string[]> {
  const [row] = await db
    .select({ itemIds: examAttempts.itemIds })
    .from(examAttempts)
    .where(eq(examAttempts.userId, userId))
    .orderBy(desc(examAttempts.startedAt))
    .limit(1);
  return row?.itemIds ?? [];
}
