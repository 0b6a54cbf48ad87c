import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase, type Database } from "@/db";

/*
 * Every embedded connection keeps its prepared statements (db/statement-cache.ts). The same SQL
 * text with other values, writes that return nothing, and more statements than the cache holds
 * must all behave exactly as freshly prepared ones.
 */
const dir = mkdtempSync(path.join(os.tmpdir(), "demarc-statements-"));
let db: Database;

beforeAll(async () => {
  db = openDatabase({ url: `file:${path.join(dir, "statements.db")}`, embedded: true });
  await db.$client.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT NOT NULL, score REAL)");
});

afterAll(() => {
  db.$client.close();
  rmSync(dir, { recursive: true, force: true });
});

describe("prepared statements kept per connection", () => {
  it("run the same statement with other values each time: inserts, updates, counts and rows all right", async () => {
    for (let i = 1; i <= 50; i++) {
      const inserted = await db.$client.execute({ sql: "INSERT INTO notes (body, score) VALUES (?, ?)", args: [`note ${i}`, i / 2] });
      expect(inserted.rowsAffected).toBe(1);
      expect(Number(inserted.lastInsertRowid)).toBe(i);
    }
    const updated = await db.$client.execute({ sql: "UPDATE notes SET score = score * 2 WHERE id <= ?", args: [10] });
    expect(updated.rowsAffected).toBe(10);
    expect((await db.$client.execute({ sql: "UPDATE notes SET score = score * 2 WHERE id <= ?", args: [0] })).rowsAffected).toBe(0);
    for (const id of [3, 30, 7]) {
      const { rows, columns } = await db.$client.execute({ sql: "SELECT id, body, score FROM notes WHERE id = ?", args: [id] });
      expect(columns).toEqual(["id", "body", "score"]);
      expect(rows).toHaveLength(1);
      expect({ ...rows[0] }).toEqual({ id, body: `note ${id}`, score: id <= 10 ? id : id / 2 });
    }
    expect((await db.$client.execute({ sql: "SELECT id FROM notes WHERE id = ?", args: [999] })).rows).toHaveLength(0);
  });

  it("keep transactions and batches working when their BEGIN and COMMIT are reused", async () => {
    for (let i = 0; i < 5; i++) {
      await db.$client.batch([{ sql: "UPDATE notes SET body = ? WHERE id = 1", args: [`batch ${i}`] }], "write");
      const tx = await db.$client.transaction("write");
      await tx.execute({ sql: "UPDATE notes SET body = body || ? WHERE id = 1", args: ["!"] });
      await tx.commit();
    }
    const { rows } = await db.$client.execute("SELECT body FROM notes WHERE id = 1");
    expect(rows[0].body).toBe("batch 4!");
    await expect(db.$client.batch([{ sql: "INSERT INTO notes (id, body) VALUES (1, 'duplicate')", args: [] }], "write")).rejects.toThrow(
      /UNIQUE/,
    );
    expect((await db.$client.execute("SELECT count(*) AS n FROM notes")).rows[0].n).toBe(50);
  });

  it("stay right past the number of statements a connection keeps", async () => {
    for (let i = 0; i < 600; i++) {
      const { rows } = await db.$client.execute(`SELECT ${i} AS n, (SELECT count(*) FROM notes) AS total`);
      expect({ ...rows[0] }).toEqual({ n: i, total: 50 });
    }
    const { rows } = await db.$client.execute({ sql: "SELECT body FROM notes WHERE id = ?", args: [2] });
    expect(rows[0].body).toBe("note 2");
  });
});
