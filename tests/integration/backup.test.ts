import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { createClient } from "@libsql/client";
import { afterAll, describe, expect, it } from "vitest";
import { backupDatabase, checkBackup, restoreDatabase, SERVER_PID_FILE } from "@/db/backup";
import { databaseTarget } from "@/db/config";
import { getDb } from "@/db";
import { createUser } from "@/db/queries/users";

const work = mkdtempSync(path.join(os.tmpdir(), "demarc-backup-test-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe("db:backup and db:restore", () => {
  it("backs up the live database and restores it into another folder", async () => {
    await createUser(getDb(), { email: "kept@example.com", name: "Kept", passwordHash: "x", role: "student" });
    const file = path.join(work, "good.db");
    const summary = await backupDatabase(databaseTarget(), file);
    expect(summary.users).toBeGreaterThanOrEqual(1);
    await expect(backupDatabase(databaseTarget(), file)).rejects.toThrow(/already exists/);

    const fresh = path.join(work, "fresh");
    const restored = await restoreDatabase({ url: `file:${path.join(fresh, "demarc.db")}`, embedded: true }, fresh, file);
    expect(restored.previous).toBeNull();
    const client = createClient({ url: `file:${path.join(fresh, "demarc.db")}` });
    expect((await client.execute("select name from users where email = 'kept@example.com'")).rows[0].name).toBe("Kept");
    client.close();
  });

  it("refuses a file that is not a whole Demarc database", async () => {
    const text = path.join(work, "notes.txt");
    writeFileSync(text, "hello");
    await expect(checkBackup(text)).rejects.toThrow(/not an SQLite database/);

    const empty = path.join(work, "empty.db");
    const client = createClient({ url: `file:${empty}` });
    await client.execute("create table something (x)");
    client.close();
    await expect(checkBackup(empty)).rejects.toThrow(/not a Demarc database: it has no __drizzle_migrations table/);

    const good = path.join(work, "good.db");
    const corrupt = path.join(work, "corrupt.db");
    const bytes = readFileSync(good);
    bytes.fill(0x5a, 4096, 4096 * 3); // two pages of garbage
    writeFileSync(corrupt, bytes);
    await expect(checkBackup(corrupt)).rejects.toThrow(/integrity check|could not be read/);

    const newer = path.join(work, "newer.db");
    writeFileSync(newer, readFileSync(good));
    const future = createClient({ url: `file:${newer}` });
    await future.execute({
      sql: "insert into __drizzle_migrations (hash, created_at) values ('future', ?)",
      args: [Date.now() + 10 * 365 * 86_400_000],
    });
    future.close();
    await expect(checkBackup(newer)).rejects.toThrow(/newer Demarc/);
  });

  it("refuses to restore while the deployment is running, and keeps the database it replaces", async () => {
    const folder = path.join(work, "live");
    const target = { url: `file:${path.join(folder, "demarc.db")}`, embedded: true };
    await restoreDatabase(target, folder, path.join(work, "good.db"));
    writeFileSync(path.join(folder, SERVER_PID_FILE), `${process.pid}\n`);
    await expect(restoreDatabase(target, folder, path.join(work, "good.db"))).rejects.toThrow(
      new RegExp(`running on this data folder \\(process ${process.pid}\\)`),
    );
    // A server that died without cleaning up (kill -9) leaves a stale file: no longer in the way.
    writeFileSync(path.join(folder, SERVER_PID_FILE), "2147483646\n");
    const again = await restoreDatabase(target, folder, path.join(work, "good.db"));
    expect(again.previous).toMatch(/demarc\.db\.before-restore-/);
  });

  it("explains the libSQL server's own backups instead of backing up a remote database", async () => {
    await expect(backupDatabase({ url: "libsql://demarc-you.turso.io", embedded: false }, path.join(work, "x.db"))).rejects.toThrow(
      /point-in-time recovery[\s\S]*bottomless/,
    );
  });
});
