/**
 * Each integration test file gets its own real libSQL file in a temp folder, migrated by the same
 * code as production. Nothing is mocked.
 */
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll } from "vitest";

const dataDir = mkdtempSync(path.join(os.tmpdir(), "demarc-test-"));
process.env.DEMARC_DATA_DIR = dataDir;
process.env.DATABASE_URL = `file:${path.join(dataDir, "test.db")}`;
delete process.env.NEXTAUTH_SECRET;

beforeAll(async () => {
  const { migrateDatabase } = await import("@/db/migrate");
  await migrateDatabase();
});

afterAll(async () => {
  const { getDb } = await import("@/db");
  getDb().$client.close();
  rmSync(dataDir, { recursive: true, force: true });
});
