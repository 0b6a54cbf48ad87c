import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase, type Database } from "@/db";
import { QueryInsideTransactionError } from "@/db/serialize-statements";

const dir = mkdtempSync(path.join(os.tmpdir(), "demarc-queue-"));
let db: Database;

const counter = async (tx: Pick<Database, "all"> = db) =>
  Number((await tx.all<{ n: number }>(sql`SELECT n FROM counter WHERE id = 1`))[0].n);
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** drizzle wraps a failed statement's error ("Failed query: …"); the queue's own error is its cause. */
async function refusal(work: Promise<unknown>): Promise<unknown> {
  let error = await work.then(
    () => null,
    (e: unknown) => e,
  );
  while (error instanceof Error && !(error instanceof QueryInsideTransactionError) && error.cause) error = error.cause;
  return error;
}

beforeAll(async () => {
  db = openDatabase({ url: `file:${path.join(dir, "queue.db")}`, embedded: true });
  await db.run(sql`CREATE TABLE counter (id INTEGER PRIMARY KEY, n INTEGER NOT NULL)`);
  await db.run(sql`INSERT INTO counter (id, n) VALUES (1, 0)`);
});

afterAll(() => {
  db.$client.close();
  rmSync(dir, { recursive: true, force: true });
});

describe("the statement queue of an embedded database", () => {
  it("refuses a query on the root client inside a transaction at once, rolls the transaction back, and keeps working", async () => {
    const started = Date.now();
    const misuse = db.transaction(async (tx) => {
      await tx.run(sql`UPDATE counter SET n = n + 100 WHERE id = 1`);
      await db.run(sql`UPDATE counter SET n = n + 1 WHERE id = 1`); // db, not tx
    });
    const error = await refusal(misuse);
    expect(error).toBeInstanceOf(QueryInsideTransactionError);
    expect((error as Error).message).toMatch(/inside db\.transaction\(\).*on the transaction \(`tx`\)/);
    expect(Date.now() - started).toBeLessThan(2_000);
    expect(await counter()).toBe(0);
    await expect(db.$client.execute("SELECT 1")).resolves.toBeDefined();
  });

  it("refuses the root client's execute and a nested db.transaction the same way", async () => {
    expect(await refusal(db.transaction(async () => db.$client.execute("SELECT 1")))).toBeInstanceOf(QueryInsideTransactionError);
    expect(await refusal(db.transaction(async () => db.transaction(async () => undefined)))).toBeInstanceOf(QueryInsideTransactionError);
    // tx's own nested transactions (savepoints) are fine.
    await expect(db.transaction(async (tx) => tx.transaction(async (inner) => counter(inner)))).resolves.toBe(0);
  });

  it("runs concurrent transactions one after another: no lost update, no busy error", async () => {
    const before = await counter();
    await Promise.all(
      Array.from({ length: 20 }, () =>
        db.transaction(async (tx) => {
          const n = await counter(tx);
          await pause(1); // let the others try to interleave
          await tx.run(sql`UPDATE counter SET n = ${n + 1} WHERE id = 1`);
        }),
      ),
    );
    expect(await counter()).toBe(before + 20);
  });

  it("makes queries from outside wait for an open transaction, then see what it committed", async () => {
    const before = await counter();
    const order: string[] = [];
    const writer = db.transaction(async (tx) => {
      await tx.run(sql`UPDATE counter SET n = n + 1 WHERE id = 1`);
      await pause(30);
      order.push("commit");
    });
    await pause(5);
    const reader = counter().then((n) => (order.push("read"), n));
    const [, seen] = await Promise.all([writer, reader]);
    expect(order).toEqual(["commit", "read"]);
    expect(seen).toBe(before + 1);
  });

  it("releases the queue when a transaction fails, and keeps a failed transaction's writes out", async () => {
    const before = await counter();
    await expect(
      db.transaction(async (tx) => {
        await tx.run(sql`UPDATE counter SET n = n + 5 WHERE id = 1`);
        throw new Error("changed my mind");
      }),
    ).rejects.toThrow("changed my mind");
    const [after] = await Promise.all([counter(), db.batch([db.run(sql`SELECT 1`)])]);
    expect(after).toBe(before);
  });
});
