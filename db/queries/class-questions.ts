import { and, asc, eq, inArray, sql } from "drizzle-orm";
import type { Database } from "../index";
import { classes, classQuestions } from "../schema";

export type ClassQuestionRow = typeof classQuestions.$inferSelect;

/** Adds a whole import in one transaction: every question or none. */
export async function insertClassQuestions(db: Database, rows: (typeof classQuestions.$inferInsert)[]) {
  if (rows.length === 0) return;
  await db.transaction(async (tx) => {
    for (const row of rows) await tx.insert(classQuestions).values(row);
  });
}

/** A class's imported questions, only for the instructor who teaches it. */
export async function classQuestionsOfInstructor(db: Database, instructorId: string, classId: string) {
  return db
    .select({ question: classQuestions })
    .from(classQuestions)
    .innerJoin(classes, eq(classes.id, classQuestions.classId))
    .where(and(eq(classQuestions.classId, classId), eq(classes.instructorId, instructorId)))
    .orderBy(asc(classQuestions.createdAt), asc(sql`"class_questions"."rowid"`))
    .then((rows) => rows.map((r) => r.question));
}

/** Questions of one class by id; the caller has already checked who may see the class. */
export async function classQuestionsByIds(db: Database, classId: string, ids: string[]) {
  if (ids.length === 0) return [];
  return db
    .select()
    .from(classQuestions)
    .where(and(eq(classQuestions.classId, classId), inArray(classQuestions.id, ids)));
}

export async function deleteClassQuestion(db: Database, instructorId: string, classId: string, questionId: string): Promise<boolean> {
  const deleted = await db
    .delete(classQuestions)
    .where(
      and(
        eq(classQuestions.id, questionId),
        eq(classQuestions.classId, classId),
        sql`exists (select 1 from "classes" where "classes"."id" = "class_questions"."class_id" and "classes"."instructor_id" = ${instructorId})`,
      ),
    )
    .returning({ id: classQuestions.id });
  return deleted.length > 0;
}
