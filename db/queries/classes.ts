import { asc, eq } from "drizzle-orm";
import type { Database } from "../index";
import { classes } from "../schema";

export async function classesOfInstructor(db: Database, instructorId: string) {
  return db
    .select({ id: classes.id, name: classes.name, joinCode: classes.joinCode, createdAt: classes.createdAt })
    .from(classes)
    .where(eq(classes.instructorId, instructorId))
    .orderBy(asc(classes.name));
}
