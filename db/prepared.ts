import type { Database } from "./index";

/**
 * A query built once per database instead of on every call. Building a drizzle query (walking the
 * schema objects, rendering SQL) cost more than running it on the hot paths; a prepared query keeps
 * drizzle's row mapping and binds its values as placeholders. Keyed by database because tests open
 * several; a prepared query runs on the root database, never inside a transaction.
 */
export function preparedPerDatabase<T>(build: (db: Database) => T): (db: Database) => T {
  const built = new WeakMap<Database, T>();
  return (db) => {
    let query = built.get(db);
    if (!query) {
      query = build(db);
      built.set(db, query);
    }
    return query;
  };
}
