/**
 * Backups of the embedded database: a consistent snapshot of the live file while the server runs
 * (SQLite's VACUUM INTO, which reads one transaction's snapshot and does not block writers in WAL
 * mode), a check that a file is a whole Demarc database, and a restore into a stopped deployment.
 */
import { copyFileSync, existsSync, fsyncSync, mkdirSync, openSync, closeSync, readFileSync, renameSync, rmSync, statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { createClient } from "@libsql/client";
import type { DatabaseTarget } from "./config";

const MIGRATIONS_JOURNAL = path.join(/* turbopackIgnore: true */ process.cwd(), "db", "migrations", "meta", "_journal.json");

/** The refusal of a backup or restore: the message says what to do instead. */
export class BackupError extends Error {}

export function embeddedFile(target: DatabaseTarget): string {
  if (!target.embedded) {
    throw new BackupError(
      [
        `DATABASE_URL points at a libSQL server (${target.url.replace(/\/\/.*@/, "//…@")}), whose files this machine does not hold,`,
        "so there is nothing here to snapshot. Back it up with the server's own mechanism:",
        "  Turso: point-in-time recovery (`turso db create <new> --from-db <db> --timestamp <RFC 3339 time>`),",
        "         or a dump: `turso db shell <db> .dump > demarc.sql`;",
        "  sqld:  bottomless replication of its WAL to S3-compatible storage (SQLD_ENABLE_BOTTOMLESS_REPLICATION),",
        "         or a dump through its shell: `turso db shell http://<host>:<port> .dump > demarc.sql`.",
        "db:backup and db:restore work on the embedded file (DATABASE_URL unset or file:…).",
      ].join("\n"),
    );
  }
  const url = target.url;
  const file = url.startsWith("file://") ? fileURLToPath(url) : url.slice("file:".length);
  return path.resolve(file.split("?")[0]);
}

const sqlString = (text: string) => `'${text.replaceAll("'", "''")}'`;

export interface DatabaseSummary {
  bytes: number;
  migrations: number;
  users: number;
  reviews: number;
}

/** Takes a consistent snapshot of the live database into `file` (which must not exist yet), then checks it. */
export async function backupDatabase(target: DatabaseTarget, file: string): Promise<DatabaseSummary> {
  const source = embeddedFile(target);
  if (!existsSync(source)) throw new BackupError(`There is no database at ${source} yet: start Demarc once first.`);
  const destination = path.resolve(file);
  if (existsSync(destination)) throw new BackupError(`${destination} already exists: choose a new file name (a backup never overwrites).`);
  mkdirSync(path.dirname(destination), { recursive: true });
  const client = createClient({ url: `file:${source}`, timeout: 30_000 });
  try {
    await client.execute(`VACUUM INTO ${sqlString(destination)}`);
  } finally {
    client.close();
  }
  const handle = openSync(destination, "r");
  fsyncSync(handle);
  closeSync(handle);
  return checkBackup(destination);
}

/** A file restore can trust: an intact SQLite database with Demarc's tables and no migration newer than this code. */
export async function checkBackup(file: string): Promise<DatabaseSummary> {
  const resolved = path.resolve(file);
  if (!existsSync(resolved) || !statSync(resolved).isFile()) throw new BackupError(`${resolved} is not a file.`);
  const header = readFileSync(resolved).subarray(0, 16).toString("latin1");
  if (header !== "SQLite format 3\u0000") throw new BackupError(`${resolved} is not an SQLite database.`);
  const client = createClient({ url: `file:${resolved}` });
  try {
    const integrity = await client.execute("PRAGMA integrity_check");
    const problems = integrity.rows.map((row) => String(row[0])).filter((line) => line !== "ok");
    if (problems.length) throw new BackupError(`${resolved} failed SQLite's integrity check: ${problems.slice(0, 3).join("; ")}`);
    const tables = new Set((await client.execute("select name from sqlite_master where type = 'table'")).rows.map((row) => String(row[0])));
    for (const table of ["__drizzle_migrations", "users", "cards", "review_log"]) {
      if (!tables.has(table)) throw new BackupError(`${resolved} is not a Demarc database: it has no ${table} table.`);
    }
    const [applied] = (await client.execute("select count(*) as n, max(created_at) as latest from __drizzle_migrations")).rows;
    const journal = JSON.parse(readFileSync(MIGRATIONS_JOURNAL, "utf8")) as { entries: { when: number }[] };
    const newest = Math.max(...journal.entries.map((entry) => entry.when));
    if (Number(applied.n) === 0) throw new BackupError(`${resolved} has no migrations applied: it is not a Demarc database.`);
    if (Number(applied.latest) > newest)
      throw new BackupError(
        `${resolved} was made by a newer Demarc (its schema has migrations this version does not know): upgrade first.`,
      );
    const count = async (table: string) => Number((await client.execute(`select count(*) from ${table}`)).rows[0][0]);
    return {
      bytes: statSync(resolved).size,
      migrations: Number(applied.n),
      users: await count("users"),
      reviews: await count("review_log"),
    };
  } catch (error) {
    if (error instanceof BackupError) throw error;
    throw new BackupError(`${resolved} could not be read as a database: ${(error as Error).message}`);
  } finally {
    client.close();
  }
}

/** Processes named in the data folder's server.pid (written by `npm start`) that are still running. */
export function runningServers(dataDir: string): number[] {
  const pidFile = path.join(dataDir, SERVER_PID_FILE);
  if (!existsSync(pidFile)) return [];
  const pids = readFileSync(pidFile, "utf8").split(/\s+/).filter(Boolean).map(Number).filter(Number.isInteger);
  return pids.filter((pid) => {
    try {
      process.kill(pid, 0);
      return true;
    } catch (error) {
      return (error as NodeJS.ErrnoException).code === "EPERM";
    }
  });
}

export const SERVER_PID_FILE = "server.pid";

/**
 * Replaces the embedded database with a checked backup. The deployment must be stopped: the
 * current file (with its -wal and -shm) is kept beside it as <name>.before-restore-<time>.
 */
export async function restoreDatabase(
  target: DatabaseTarget,
  dataDir: string,
  file: string,
  now = new Date(),
): Promise<DatabaseSummary & { previous: string | null }> {
  const destination = embeddedFile(target);
  const running = runningServers(dataDir);
  if (running.length)
    throw new BackupError(`Demarc is running on this data folder (process ${running.join(", ")}): stop it first, then restore.`);
  const summary = await checkBackup(file);
  mkdirSync(path.dirname(destination), { recursive: true });
  const incoming = `${destination}.restoring`;
  rmSync(incoming, { force: true });
  copyFileSync(path.resolve(file), incoming);
  const handle = openSync(incoming, "r");
  fsyncSync(handle);
  closeSync(handle);
  let previous: string | null = null;
  if (existsSync(destination)) {
    previous = `${destination}.before-restore-${now.toISOString().replace(/[:.]/g, "-")}`;
    renameSync(destination, previous);
  }
  // A WAL left from the old file must never be replayed into the restored one.
  for (const suffix of ["-wal", "-shm"]) {
    if (existsSync(destination + suffix)) {
      if (previous) renameSync(destination + suffix, previous + suffix);
      else rmSync(destination + suffix);
    }
  }
  renameSync(incoming, destination);
  return { ...summary, previous };
}
