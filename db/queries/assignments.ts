import { and, asc, eq, getTableColumns, sql } from "drizzle-orm";
import type { Database } from "../index";
import { firstRow } from "../first-row";
import { preparedPerDatabase } from "../prepared";
import { assignments, classes, classMembers, users } from "../schema";

export type AssignmentRow = typeof assignments.$inferSelect;

/** Ownership inside the statement; names spelled out because drizzle leaves raw-SQL columns unqualified. */
const taughtBy = (instructorId: string) =>
  sql`exists (select 1 from "classes" where "classes"."id" = "assignments"."class_id" and "classes"."instructor_id" = ${instructorId})`;

export async function insertAssignment(db: Database, row: typeof assignments.$inferInsert) {
  const [inserted] = await db.insert(assignments).values(row).returning();
  return inserted;
}

/** An assignment with its class, only if this instructor teaches the class. */
export async function assignmentForInstructor(db: Database, instructorId: string, assignmentId: string) {
  return firstRow(
    db
      .select({ assignment: assignments, className: classes.name })
      .from(assignments)
      .innerJoin(classes, eq(classes.id, assignments.classId))
      .where(and(eq(assignments.id, assignmentId), eq(classes.instructorId, instructorId)))
      .limit(1),
  );
}

const assignmentForStudentQuery = preparedPerDatabase((db) =>
  db
    .select({ assignment: assignments, className: classes.name, classArchivedAt: classes.archivedAt, instructorName: users.name })
    .from(assignments)
    .innerJoin(classes, eq(classes.id, assignments.classId))
    .innerJoin(users, eq(users.id, classes.instructorId))
    .innerJoin(classMembers, and(eq(classMembers.classId, assignments.classId), eq(classMembers.userId, sql.placeholder("userId"))))
    .where(eq(assignments.id, sql.placeholder("assignmentId")))
    .limit(1)
    .prepare(),
);

/** An assignment with its class, only if this student belongs to the class (every request of an attempt asks). */
export async function assignmentForStudent(db: Database, userId: string, assignmentId: string) {
  return assignmentForStudentQuery(db).get({ userId, assignmentId });
}

/** The assignments of a class this instructor teaches, soonest due first. */
export async function assignmentsOfClass(db: Database, instructorId: string, classId: string) {
  return db
    .select(getTableColumns(assignments))
    .from(assignments)
    .innerJoin(classes, eq(classes.id, assignments.classId))
    .where(and(eq(assignments.classId, classId), eq(classes.instructorId, instructorId)))
    .orderBy(asc(assignments.dueAt), asc(assignments.createdAt));
}

/** Every assignment across the instructor's classes, soonest due first. */
export async function assignmentsOfInstructor(db: Database, instructorId: string) {
  return db
    .select({ assignment: assignments, className: classes.name })
    .from(assignments)
    .innerJoin(classes, eq(classes.id, assignments.classId))
    .where(eq(classes.instructorId, instructorId))
    .orderBy(asc(assignments.dueAt));
}

/** Every assignment of every class the student belongs to, soonest due first. */
export async function assignmentsOfStudent(db: Database, userId: string) {
  return db
    .select({ assignment: assignments, className: classes.name, classArchivedAt: classes.archivedAt })
    .from(assignments)
    .innerJoin(classes, eq(classes.id, assignments.classId))
    .innerJoin(classMembers, and(eq(classMembers.classId, assignments.classId), eq(classMembers.userId, userId)))
    .orderBy(asc(assignments.dueAt), asc(assignments.title));
}

export type AssignmentChange = Partial<
  Pick<AssignmentRow, "title" | "instructions" | "opensAt" | "dueAt" | "latePolicy" | "attemptsAllowed" | "feedbackTiming">
>;

export async function updateAssignment(db: Database, instructorId: string, assignmentId: string, change: AssignmentChange) {
  return firstRow(
    db
      .update(assignments)
      .set(change)
      .where(and(eq(assignments.id, assignmentId), taughtBy(instructorId)))
      .returning(),
  );
}

export async function deleteAssignment(db: Database, instructorId: string, assignmentId: string): Promise<boolean> {
  const deleted = await db
    .delete(assignments)
    .where(and(eq(assignments.id, assignmentId), taughtBy(instructorId)))
    .returning({ id: assignments.id });
  return deleted.length > 0;
}
