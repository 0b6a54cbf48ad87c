import Database from "libsql";

/*
 * The embedded libSQL client prepares every statement afresh on every call, asks the statement for
 * its columns twice, and finds out that a write returns no rows by catching the error `raw()`
 * throws. On the review path that bookkeeping cost more CPU than SQLite running the statements
 * (the profile in the README). So each connection keeps its prepared statements, by SQL text, and
 * each statement remembers its columns and that refusal. Safe because every call runs to completion
 * synchronously (the client uses `all()` and `run()`, never a half-read iterator), and because
 * Demarc's statements name their columns (drizzle lists every one), so a prepared statement's
 * columns do not change under it.
 */

const PER_CONNECTION = 500;
const installed = Symbol.for("demarc.statementCache");

type Connection = Database.Database;
type Statement = Database.Statement;

function remembering(statement: Statement): Statement {
  const columns = statement.columns.bind(statement);
  let known: ReturnType<Statement["columns"]> | undefined;
  statement.columns = () => (known ??= columns());
  const raw = statement.raw.bind(statement);
  let refusal: unknown;
  statement.raw = (toggle?: boolean) => {
    if (refusal !== undefined && toggle !== false) throw refusal;
    try {
      return raw(toggle);
    } catch (error) {
      refusal = error;
      throw error;
    }
  };
  return statement;
}

/** Makes every embedded libSQL connection of this process keep its prepared statements. Idempotent. */
export function cachePreparedStatements() {
  const prototype = Database.prototype as Connection & { [installed]?: true };
  if (prototype[installed]) return;
  prototype[installed] = true;
  const prepare = prototype.prepare;
  const caches = new WeakMap<Connection, Map<string, Statement>>();
  prototype.prepare = function (this: Connection, sql: string) {
    let cache = caches.get(this);
    if (!cache) caches.set(this, (cache = new Map()));
    const cached = cache.get(sql);
    if (cached) {
      cache.delete(sql);
      cache.set(sql, cached);
      return cached;
    }
    const statement = remembering(prepare.call(this, sql));
    if (cache.size >= PER_CONNECTION) cache.delete(cache.keys().next().value!);
    cache.set(sql, statement);
    return statement;
  } as Connection["prepare"];
}
