import { mkdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { createClient, type Client } from "@libsql/client";
import { drizzle, type LibSQLDatabase } from "drizzle-orm/libsql";
import * as schema from "./schema";
import { databaseTarget, type DatabaseTarget } from "./config";
import { guardTransactions, serializeStatements } from "./serialize-statements";
import { cachePreparedStatements } from "./statement-cache";

export type Database = LibSQLDatabase<typeof schema> & { $client: Client };

const BUSY_TIMEOUT_MS = 5_000;

function ensureParentDirectory(fileUrl: string) {
  const filePath = fileUrl.startsWith("file://") ? fileURLToPath(fileUrl) : fileUrl.slice("file:".length);
  mkdirSync(path.dirname(path.resolve(filePath.split("?")[0])), { recursive: true });
}

/** The connection: one client for a libSQL server, or the embedded file's one connection behind the statement queue. */
function openClient(target: DatabaseTarget): Client {
  if (target.embedded) {
    ensureParentDirectory(target.url);
    cachePreparedStatements();
  }
  const client = createClient({
    url: target.url,
    authToken: target.authToken,
    ...(target.embedded ? { timeout: BUSY_TIMEOUT_MS, concurrency: 1 } : {}),
  });
  if (!target.embedded) return client;
  const serialized = serializeStatements(client);
  // Per connection, and this is the only one: in WAL mode NORMAL stays consistent after a crash
  // (a power cut may lose the last commits) and skips an fsync on every commit.
  void serialized.execute("PRAGMA synchronous = NORMAL").catch(() => undefined);
  return serialized;
}

function databaseOn(client: Client, target: DatabaseTarget): Database {
  const database = drizzle(client, { schema }) as Database;
  return target.embedded ? guardTransactions(database) : database;
}

/** Opens a database: an embedded libSQL file, or a libSQL server (sqld / Turso) — same code either way. */
export function openDatabase(target: DatabaseTarget = databaseTarget()): Database {
  return databaseOn(openClient(target), target);
}

/** WAL lets several server processes read while one writes; it persists in the file once set. */
export async function prepareEmbeddedFile(database: Database, target: DatabaseTarget = databaseTarget()) {
  if (!target.embedded) return;
  await database.$client.execute("PRAGMA journal_mode = WAL");
  await database.$client.execute("PRAGMA synchronous = NORMAL");
}

/*
 * One connection per process, whichever copy of this module asks: the server runs Next.js's bundle
 * of the app and, for the lean API, the app's own modules, each with its own copy of db/ and of
 * drizzle. They share the connection (and so the statement queue); each copy wraps it in its own
 * drizzle instance, so a query is always built and mapped by one copy of drizzle.
 */
const shared = globalThis as unknown as { demarcConnection?: { client: Client; target: DatabaseTarget } };
const wrapped = new WeakMap<Client, Database>();

/** The process-wide database, opened on first use from DATABASE_URL or the embedded default. */
export function getDb(): Database {
  if (!shared.demarcConnection) {
    const target = databaseTarget();
    shared.demarcConnection = { client: openClient(target), target };
  }
  const { client, target } = shared.demarcConnection;
  let database = wrapped.get(client);
  if (!database) {
    database = databaseOn(client, target);
    wrapped.set(client, database);
  }
  return database;
}

/** Closes the process-wide database; the next getDb() opens it again. */
export function closeDb() {
  shared.demarcConnection?.client.close();
  shared.demarcConnection = undefined;
}
