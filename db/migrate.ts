import path from "node:path";
import { migrate } from "drizzle-orm/libsql/migrator";
import { openDatabase, prepareEmbeddedFile, type Database } from "./index";
import { databaseTarget } from "./config";

const MIGRATIONS_FOLDER = path.join(process.cwd(), "db", "migrations");

/** Applies every pending migration; already-applied ones are skipped, so running it twice is safe. */
export async function migrateDatabase(database?: Database): Promise<void> {
  const target = databaseTarget();
  const db = database ?? openDatabase(target);
  await prepareEmbeddedFile(db, target);
  await migrate(db, { migrationsFolder: MIGRATIONS_FOLDER });
  if (!database) db.$client.close();
}
