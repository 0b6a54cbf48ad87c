import { and, asc, eq, inArray } from "drizzle-orm";
import type { Database } from "../index";
import { assignmentAnswers, assignmentAttempts, assignments, classes } from "../schema";

export type AssignmentAttemptRow = typeof assignmentAttempts.$inferSelect;

export async function insertAssignmentAttempt(db: Database, row: typeof assignmentAttempts.$inferInsert) {
  const [inserted] = await db.insert(assignmentAttempts).values(row).onConflictDoNothing().returning();
  return inserted;
}

/** A student's attempts at one assignment, first first. */
export async function attemptsOfStudent(db: Database, userId: string, assignmentId: string) {
  return db
    .select()
    .from(assignmentAttempts)
    .where(and(eq(assignmentAttempts.assignmentId, assignmentId), eq(assignmentAttempts.userId, userId)))
    .orderBy(asc(assignmentAttempts.attemptNumber));
}

/** Every attempt of a student across assignments (for their dashboard). */
export async function allAttemptsOfStudent(db: Database, userId: string) {
  return db.select().from(assignmentAttempts).where(eq(assignmentAttempts.userId, userId));
}

/** An attempt, only if it is this student's and belongs to this assignment. */
export async function attemptOfStudent(db: Database, userId: string, assignmentId: string, attemptId: string) {
  const [row] = await db
    .select()
    .from(assignmentAttempts)
    .where(and(eq(assignmentAttempts.id, attemptId), eq(assignmentAttempts.assignmentId, assignmentId), eq(assignmentAttempts.userId, userId)))
    .limit(1);
  return row;
}

/** An attempt at an assignment of a class this instructor teaches. */
export async function attemptForInstructor(db: Database, instructorId: string, assignmentId: string, attemptId: string) {
  const [row] = await db
    .select({ attempt: assignmentAttempts })
    .from(assignmentAttempts)
    .innerJoin(assignments, eq(assignments.id, assignmentAttempts.assignmentId))
    .innerJoin(classes, eq(classes.id, assignments.classId))
    .where(and(eq(assignmentAttempts.id, attemptId), eq(assignments.id, assignmentId), eq(classes.instructorId, instructorId)))
    .limit(1);
  return row?.attempt;
}

/** Every attempt at an assignment of a class this instructor teaches. */
export async function attemptsForInstructor(db: Database, instructorId: string, assignmentIds: string[]) {
  if (assignmentIds.length === 0) return [];
  return db
    .select({ attempt: assignmentAttempts })
    .from(assignmentAttempts)
    .innerJoin(assignments, eq(assignments.id, assignmentAttempts.assignmentId))
    .innerJoin(classes, eq(classes.id, assignments.classId))
    .where(and(inArray(assignmentAttempts.assignmentId, assignmentIds), eq(classes.instructorId, instructorId)))
    .orderBy(asc(assignmentAttempts.startedAt))
    .then((rows) => rows.map((r) => r.attempt));
}

export async function answersOfAttempt(db: Database, attemptId: string) {
  return db.select().from(assignmentAnswers).where(eq(assignmentAnswers.attemptId, attemptId));
}

export async function answersOfAttempts(db: Database, attemptIds: string[]) {
  if (attemptIds.length === 0) return [];
  return db.select().from(assignmentAnswers).where(inArray(assignmentAnswers.attemptId, attemptIds));
}

/**
 * Saves an answer while the attempt is still open. `lock` keeps the first answer (practice mode
 * shows feedback at once, so the answer cannot change afterwards). Returns whether it was written.
 */
export async function saveAssignmentAnswer(
  db: Database,
  row: { attemptId: string; questionKey: string; choiceIds: string[]; correct: boolean; flagged: boolean; answeredAt: number },
  lock: boolean,
): Promise<boolean> {
  return db.transaction(async (tx) => {
    const [open] = await tx
      .select({ id: assignmentAttempts.id })
      .from(assignmentAttempts)
      .where(and(eq(assignmentAttempts.id, row.attemptId), eq(assignmentAttempts.status, "in_progress")))
      .limit(1);
    if (!open) return false;
    const insert = tx.insert(assignmentAnswers).values(row);
    const written = lock
      ? await insert.onConflictDoNothing().returning({ key: assignmentAnswers.questionKey })
      : await insert
          .onConflictDoUpdate({
            target: [assignmentAnswers.attemptId, assignmentAnswers.questionKey],
            set: { choiceIds: row.choiceIds, correct: row.correct, flagged: row.flagged, answeredAt: row.answeredAt },
          })
          .returning({ key: assignmentAnswers.questionKey });
    return written.length > 0;
  });
}

/** Closes an open attempt with its result; false when another request closed it first. */
export async function finaliseAssignmentAttempt(
  db: Database,
  attemptId: string,
  result: { correctCount: number; submittedAt: number; late: boolean; autoSubmitted: boolean },
): Promise<boolean> {
  const updated = await db
    .update(assignmentAttempts)
    .set({ status: "submitted", ...result })
    .where(and(eq(assignmentAttempts.id, attemptId), eq(assignmentAttempts.status, "in_progress")))
    .returning({ id: assignmentAttempts.id });
  return updated.length > 0;
}

