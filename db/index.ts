import { mkdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { createClient, type Client } from "@libsql/client";
import { drizzle, type LibSQLDatabase } from "drizzle-orm/libsql";
import * as schema from "./schema";
import { databaseTarget, type DatabaseTarget } from "./config";
import { guardTransactions, serializeStatements } from "./serialize-statements";

export type Database = LibSQLDatabase<typeof schema> & { $client: Client };

const BUSY_TIMEOUT_MS = 5_000;

function ensureParentDirectory(fileUrl: string) {
  const filePath = fileUrl.startsWith("file://") ? fileURLToPath(fileUrl) : fileUrl.slice("file:".length);
  mkdirSync(path.dirname(path.resolve(filePath.split("?")[0])), { recursive: true });
}

/** Opens a database: an embedded libSQL file, or a libSQL server (sqld / Turso) — same code either way. */
export function openDatabase(target: DatabaseTarget = databaseTarget()): Database {
  if (target.embedded) ensureParentDirectory(target.url);
  const client = createClient({
    url: target.url,
    authToken: target.authToken,
    ...(target.embedded ? { timeout: BUSY_TIMEOUT_MS, concurrency: 1 } : {}),
  });
  if (!target.embedded) return drizzle(client, { schema }) as Database;
  const serialized = serializeStatements(client);
  // Per connection, and this is the only one: in WAL mode NORMAL stays consistent after a crash
  // (a power cut may lose the last commits) and skips an fsync on every commit.
  void serialized.execute("PRAGMA synchronous = NORMAL").catch(() => undefined);
  return guardTransactions(drizzle(serialized, { schema }) as Database);
}

/** WAL lets several server processes read while one writes; it persists in the file once set. */
export async function prepareEmbeddedFile(database: Database, target: DatabaseTarget = databaseTarget()) {
  if (!target.embedded) return;
  await database.$client.execute("PRAGMA journal_mode = WAL");
  await database.$client.execute("PRAGMA synchronous = NORMAL");
}

const globalForDb = globalThis as unknown as { demarcDb?: Database };

/** The process-wide database, opened on first use from DATABASE_URL or the embedded default. */
export function getDb(): Database {
  globalForDb.demarcDb ??= openDatabase();
  return globalForDb.demarcDb;
}
