/**
 * A backup taken from the running server under write load, restored into a fresh folder, holds
 * every review the server acknowledged before the backup began, and is transactionally whole.
 */
import { spawn } from "node:child_process";
import { randomUUID } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { createClient } from "@libsql/client";
import { expect, test, type APIRequestContext } from "@playwright/test";
import { registerApi, signInApi } from "./helpers";

function run(script: string, args: string[], dataDir: string): Promise<{ code: number | null; out: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [path.resolve("node_modules/tsx/dist/cli.mjs"), script, ...args], {
      env: { ...process.env, DEMARC_DATA_DIR: dataDir, DATABASE_URL: "" },
    });
    let out = "";
    child.stdout.on("data", (chunk) => (out += chunk));
    child.stderr.on("data", (chunk) => (out += chunk));
    child.on("exit", (code) => resolve({ code, out }));
  });
}

test("a backup under concurrent reviews restores into a fresh folder with every acknowledged review", async ({ playwright, baseURL }) => {
  test.setTimeout(180_000);
  const liveDataDir = process.env.E2E_DATA_DIR!;
  const learners: APIRequestContext[] = [];
  const emails: string[] = [];
  for (let i = 0; i < 4; i++) {
    const context = await playwright.request.newContext({ baseURL });
    const { email, password } = await registerApi(context, "student", `Backup Learner ${i}`);
    await signInApi(context, email, password);
    learners.push(context);
    emails.push(email);
  }
  const acknowledged: { id: string; at: number }[] = [];
  let writing = true;
  const writer = async (request: APIRequestContext) => {
    while (writing) {
      const { card } = await (await request.get("/api/v1/practice/next?mode=flashcard")).json();
      if (!card) break;
      const reviewId = randomUUID();
      const response = await request.post("/api/v1/reviews", {
        data: { reviewId, cardId: card.id, rating: 3, durationMs: 1000, cardVersion: card.version },
      });
      expect(response.status()).toBe(201);
      acknowledged.push({ id: reviewId, at: Date.now() });
    }
  };
  const writers = learners.map(writer);

  await expect.poll(() => acknowledged.length, { timeout: 60_000 }).toBeGreaterThanOrEqual(40);
  const backupStarted = Date.now();
  const file = path.join(os.tmpdir(), `demarc-backup-${randomUUID()}.db`);
  const backup = await run("scripts/db-backup.ts", [file], liveDataDir);
  const backupEnded = Date.now();
  await new Promise((resolve) => setTimeout(resolve, 500));
  writing = false;
  await Promise.all(writers);
  expect(backup.code, backup.out).toBe(0);
  const duringBackup = acknowledged.filter((r) => r.at > backupStarted && r.at < backupEnded).length;
  const before = acknowledged.filter((r) => r.at < backupStarted);
  expect(before.length).toBeGreaterThanOrEqual(40);

  const fresh = mkdtempSync(path.join(os.tmpdir(), "demarc-restored-"));
  try {
    const restore = await run("scripts/db-restore.ts", [file], fresh);
    expect(restore.code, restore.out).toBe(0);
    const restored = createClient({ url: `file:${path.join(fresh, "demarc.db")}` });
    const ids = new Set((await restored.execute("select id from review_log")).rows.map((row) => String(row.id)));
    expect(before.filter((r) => !ids.has(r.id))).toEqual([]);
    // Transactionally whole: every restored review moved its card on (reps counts them), nothing half-written.
    const mine = `(select id from users where email in (${emails.map(() => "?").join(", ")}))`;
    const [whole] = (
      await restored.execute({
        sql: `select (select count(*) from review_log where user_id in ${mine}) as logged, (select coalesce(sum(reps), 0) from cards where user_id in ${mine}) as reps`,
        args: [...emails, ...emails],
      })
    ).rows;
    expect(Number(whole.reps)).toBe(Number(whole.logged));
    restored.close();
    console.log(
      `backup: ${before.length} reviews acknowledged before it, ${duringBackup} during it, ${acknowledged.length} in all; ${ids.size} restored`,
    );
  } finally {
    rmSync(fresh, { recursive: true, force: true });
    rmSync(file, { force: true });
  }
});
