import { and, asc, eq, inArray, sql } from "drizzle-orm";
import type { Database } from "../index";
import { firstRow } from "../first-row";
import { preparedPerDatabase } from "../prepared";
import { assignmentAnswers, assignmentAttempts, assignments, classes } from "../schema";

export type AssignmentAttemptRow = typeof assignmentAttempts.$inferSelect;

export async function insertAssignmentAttempt(db: Database, row: typeof assignmentAttempts.$inferInsert) {
  return firstRow(db.insert(assignmentAttempts).values(row).onConflictDoNothing().returning());
}

// A class taking an exam runs these on every start, saved answer and submit: prepared once.
const attemptsOfStudentQuery = preparedPerDatabase((db) =>
  db
    .select()
    .from(assignmentAttempts)
    .where(
      and(eq(assignmentAttempts.assignmentId, sql.placeholder("assignmentId")), eq(assignmentAttempts.userId, sql.placeholder("userId"))),
    )
    .orderBy(asc(assignmentAttempts.attemptNumber))
    .prepare(),
);

/** A student's attempts at one assignment, first first. */
export async function attemptsOfStudent(db: Database, userId: string, assignmentId: string) {
  return attemptsOfStudentQuery(db).all({ assignmentId, userId });
}

/** Every attempt of a student across assignments (for their dashboard). */
export async function allAttemptsOfStudent(db: Database, userId: string) {
  return db.select().from(assignmentAttempts).where(eq(assignmentAttempts.userId, userId));
}

const attemptOfStudentQuery = preparedPerDatabase((db) =>
  db
    .select()
    .from(assignmentAttempts)
    .where(
      and(
        eq(assignmentAttempts.id, sql.placeholder("attemptId")),
        eq(assignmentAttempts.assignmentId, sql.placeholder("assignmentId")),
        eq(assignmentAttempts.userId, sql.placeholder("userId")),
      ),
    )
    .limit(1)
    .prepare(),
);

/** An attempt, only if it is this student's and belongs to this assignment. */
export async function attemptOfStudent(db: Database, userId: string, assignmentId: string, attemptId: string) {
  return attemptOfStudentQuery(db).get({ attemptId, assignmentId, userId });
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

const answersOfAttemptQuery = preparedPerDatabase((db) =>
  db
    .select()
    .from(assignmentAnswers)
    .where(eq(assignmentAnswers.attemptId, sql.placeholder("attemptId")))
    .prepare(),
);

export async function answersOfAttempt(db: Database, attemptId: string) {
  return answersOfAttemptQuery(db).all({ attemptId });
}

export async function answersOfAttempts(db: Database, attemptIds: string[]) {
  if (attemptIds.length === 0) return [];
  return db.select().from(assignmentAnswers).where(inArray(assignmentAnswers.attemptId, attemptIds));
}

/*
 * One statement: the answer goes in only while its attempt is open, checked in the same statement,
 * so no transaction is needed (a class saving answers every few seconds is the busiest write there is).
 */
const SAVE_ANSWER = `insert into assignment_answers (attempt_id, question_key, choice_ids, correct, credit, flagged, answered_at)
  select ?, ?, ?, ?, ?, ?, ? where exists (select 1 from assignment_attempts where id = ? and status = 'in_progress')`;
const SAVE_ANSWER_KEEP_FIRST = `${SAVE_ANSWER} on conflict (attempt_id, question_key) do nothing returning question_key`;
const SAVE_ANSWER_REPLACE = `${SAVE_ANSWER} on conflict (attempt_id, question_key) do update set choice_ids = excluded.choice_ids,
  correct = excluded.correct, credit = excluded.credit, flagged = excluded.flagged, answered_at = excluded.answered_at returning question_key`;

/**
 * Saves an answer while the attempt is still open. `lock` keeps the first answer (practice mode
 * shows feedback at once, so the answer cannot change afterwards). Returns whether it was written.
 */
export async function saveAssignmentAnswer(
  db: Database,
  row: {
    attemptId: string;
    questionKey: string;
    choiceIds: string[];
    correct: boolean;
    credit: number;
    flagged: boolean;
    answeredAt: number;
  },
  lock: boolean,
): Promise<boolean> {
  const { rows } = await db.$client.execute({
    sql: lock ? SAVE_ANSWER_KEEP_FIRST : SAVE_ANSWER_REPLACE,
    args: [
      row.attemptId,
      row.questionKey,
      JSON.stringify(row.choiceIds),
      row.correct ? 1 : 0,
      row.credit,
      row.flagged ? 1 : 0,
      row.answeredAt,
      row.attemptId,
    ],
  });
  return rows.length > 0;
}

/** Closes an open attempt with its result; false when another request closed it first. */
export async function finaliseAssignmentAttempt(
  db: Database,
  attemptId: string,
  result: { correctCount: number; score: number; submittedAt: number; late: boolean; autoSubmitted: boolean },
): Promise<boolean> {
  const updated = await db
    .update(assignmentAttempts)
    .set({ status: "submitted", ...result })
    .where(and(eq(assignmentAttempts.id, attemptId), eq(assignmentAttempts.status, "in_progress")))
    .returning({ id: assignmentAttempts.id });
  return updated.length > 0;
}
