import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { getDb } from "@/db";
import { countUsers } from "@/db/queries/users";
import { seedDemoAccounts } from "@/db/seed";

describe("DEMARC_SEED_DEMO", () => {
  afterEach(() => {
    delete process.env.DEMARC_SEED_DEMO;
  });

  it("false, no, off and 0 seed no demo accounts on an empty database", async () => {
    for (const value of ["false", "FALSE", "no", "off", "0"]) {
      process.env.DEMARC_SEED_DEMO = value;
      expect(await seedDemoAccounts(getDb()), value).toBe(false);
    }
    expect(await countUsers(getDb())).toBe(0);
  });

  it("maybe stops npm start before anything is created, naming the variable", () => {
    const dataDir = mkdtempSync(path.join(os.tmpdir(), "demarc-start-"));
    try {
      const start = spawnSync(process.execPath, [path.resolve("node_modules/tsx/dist/cli.mjs"), "scripts/start.ts", "--skip-build"], {
        env: { ...process.env, DEMARC_SEED_DEMO: "maybe", DEMARC_DATA_DIR: dataDir, DATABASE_URL: "", PORT: "3999" },
        encoding: "utf8",
        timeout: 20_000,
      });
      expect(start.status).toBe(1);
      expect(start.stderr).toMatch(/DEMARC_SEED_DEMO must be one of .*"maybe"/);
      expect(existsSync(dataDir) ? readdirSync(dataDir) : []).toEqual([]);
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
