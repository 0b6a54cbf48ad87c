import { and, asc, eq, sql } from "drizzle-orm";
import type { Database } from "../index";
import { firstRow } from "../first-row";
import { classes, classMembers, users } from "../schema";

export type ClassRow = typeof classes.$inferSelect;

/** The instructor's classes with how many students and assignments each has. */
export async function classSummariesOfInstructor(db: Database, instructorId: string) {
  return db
    .select({
      id: classes.id,
      name: classes.name,
      joinCode: classes.joinCode,
      joinCodeEnabled: classes.joinCodeEnabled,
      createdAt: classes.createdAt,
      archivedAt: classes.archivedAt,
      // Spelled out: drizzle leaves columns unqualified in raw SQL, which a correlated subquery cannot afford.
      studentCount: sql<number>`(select count(*) from "class_members" where "class_members"."class_id" = "classes"."id")`,
      assignmentCount: sql<number>`(select count(*) from "assignments" where "assignments"."class_id" = "classes"."id")`,
    })
    .from(classes)
    .where(eq(classes.instructorId, instructorId))
    .orderBy(asc(classes.name));
}

export async function insertClass(db: Database, row: typeof classes.$inferInsert) {
  const [inserted] = await db.insert(classes).values(row).returning();
  return inserted;
}

/** A class, only if this instructor teaches it. */
export async function classOfInstructor(db: Database, instructorId: string, classId: string) {
  return firstRow(
    db
      .select()
      .from(classes)
      .where(and(eq(classes.id, classId), eq(classes.instructorId, instructorId)))
      .limit(1),
  );
}

export async function updateClassOfInstructor(
  db: Database,
  instructorId: string,
  classId: string,
  change: Partial<Pick<ClassRow, "joinCode" | "joinCodeEnabled" | "name" | "archivedAt">>,
) {
  return firstRow(
    db
      .update(classes)
      .set(change)
      .where(and(eq(classes.id, classId), eq(classes.instructorId, instructorId)))
      .returning(),
  );
}

export async function classByJoinCode(db: Database, joinCode: string) {
  return firstRow(
    db
      .select({ id: classes.id, name: classes.name, joinCodeEnabled: classes.joinCodeEnabled, archivedAt: classes.archivedAt })
      .from(classes)
      .where(eq(classes.joinCode, joinCode))
      .limit(1),
  );
}

/** Adds a student; joining twice is harmless. Returns whether they were new to the class. */
export async function addMember(db: Database, classId: string, userId: string, now: number): Promise<boolean> {
  const inserted = await db
    .insert(classMembers)
    .values({ classId, userId, joinedAt: now })
    .onConflictDoNothing()
    .returning({ userId: classMembers.userId });
  return inserted.length > 0;
}

/** Ownership, inside the statement: the member row's class must be taught by this instructor. */
const taughtBy = (instructorId: string) =>
  sql`exists (select 1 from "classes" where "classes"."id" = "class_members"."class_id" and "classes"."instructor_id" = ${instructorId})`;

/** The students of a class this instructor teaches (none for anyone else's class). */
export async function membersOfClass(db: Database, instructorId: string, classId: string) {
  return db
    .select({ userId: users.id, name: users.name, email: users.email, joinedAt: classMembers.joinedAt })
    .from(classMembers)
    .innerJoin(users, eq(users.id, classMembers.userId))
    .where(and(eq(classMembers.classId, classId), taughtBy(instructorId)))
    .orderBy(asc(users.name), asc(users.email));
}

export async function removeMember(db: Database, instructorId: string, classId: string, userId: string): Promise<boolean> {
  const removed = await db
    .delete(classMembers)
    .where(and(eq(classMembers.classId, classId), eq(classMembers.userId, userId), taughtBy(instructorId)))
    .returning({ userId: classMembers.userId });
  return removed.length > 0;
}

/** The classes a student belongs to, with their instructor's name. */
export async function classesOfStudent(db: Database, userId: string) {
  return db
    .select({ id: classes.id, name: classes.name, instructorName: users.name, joinedAt: classMembers.joinedAt })
    .from(classMembers)
    .innerJoin(classes, eq(classes.id, classMembers.classId))
    .innerJoin(users, eq(users.id, classes.instructorId))
    .where(eq(classMembers.userId, userId))
    .orderBy(asc(classes.name));
}
