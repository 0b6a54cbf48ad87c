import { getDb } from "@/db";
import { checkDatabase } from "@/db/queries/health";

/** A real query on the database; opening it is part of the check, so a broken URL reports instead of throwing. */
export function databaseHealth() {
  return checkDatabase(getDb);
}
