import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { createClient } from "@libsql/client";
import { afterEach, describe, expect, it } from "vitest";
import { getDb } from "@/db";
import { countUsers } from "@/db/queries/users";
import { parseEnv } from "@/env";
import { demoSeeding, seedDemoAccounts } from "@/db/seed";

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

  it("a public production deployment gets no demo accounts unless it asks, with a warning either way", () => {
    const publicUrl = "https://demarc.example.com";
    const unset = demoSeeding(parseEnv({ NODE_ENV: "production", NEXTAUTH_URL: publicUrl }));
    expect(unset.seed).toBe(false);
    expect(unset.warning).toMatch(/not seeded.*DEMARC_SEED_DEMO=1/);
    const asked = demoSeeding(parseEnv({ NODE_ENV: "production", NEXTAUTH_URL: publicUrl, DEMARC_SEED_DEMO: "yes" }));
    expect(asked.seed).toBe(true);
    expect(asked.warning).toMatch(/published password "demarc-demo"/);
    const refused = demoSeeding(parseEnv({ NODE_ENV: "production", NEXTAUTH_URL: publicUrl, DEMARC_SEED_DEMO: "false" }));
    expect(refused.seed).toBe(false);
    expect(refused.warning).toMatch(/off/);
  });

  it("a fresh clone (nothing set, localhost) and a local production run still get them", () => {
    expect(demoSeeding(parseEnv({}))).toEqual({ seed: true });
    expect(demoSeeding(parseEnv({ NODE_ENV: "production", NEXTAUTH_URL: "http://localhost:3000" }))).toEqual({ seed: true });
    expect(demoSeeding(parseEnv({ NODE_ENV: "production", NEXTAUTH_URL: "http://localhost:3000", DEMARC_SEED_DEMO: "off" }))).toEqual({
      seed: false,
    });
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

  /** Runs `npm start` on a fresh folder until it starts its server processes, then stops it: who was seeded, what was logged. */
  async function startOnce(extraEnv: Record<string, string>) {
    const dataDir = mkdtempSync(path.join(os.tmpdir(), "demarc-start-"));
    try {
      const child = spawn(process.execPath, [path.resolve("node_modules/tsx/dist/cli.mjs"), "scripts/start.ts", "--skip-build"], {
        env: {
          ...process.env,
          // Unset what vitest and the caller's shell may have set (NODE_ENV=test), then the case's own.
          ...({ NODE_ENV: "", NEXTAUTH_URL: "", DEMARC_SEED_DEMO: "", ...extraEnv } as Record<string, string>),
          DEMARC_DATA_DIR: dataDir,
          DATABASE_URL: "",
          DEMARC_WORKERS: "1",
          PORT: String(4900 + Math.floor(Math.random() * 90)),
        },
        detached: true,
      });
      let log = "";
      await new Promise<void>((resolve) => {
        const onData = (chunk: Buffer) => {
          log += chunk.toString();
          if (/demarc: starting|Error/.test(log)) resolve();
        };
        child.stdout.on("data", onData);
        child.stderr.on("data", onData);
        child.on("exit", () => resolve());
      });
      try {
        process.kill(-child.pid!, "SIGKILL");
      } catch {
        // already gone
      }
      const client = createClient({ url: `file:${path.join(dataDir, "demarc.db")}` });
      const { rows } = await client.execute("select email from users order by email");
      client.close();
      return { emails: rows.map((row) => String(row.email)), log };
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  }

  it("npm start: DEMARC_SEED_DEMO=false and a public production address seed nobody; a fresh clone seeds both", async () => {
    const off = await startOnce({ DEMARC_SEED_DEMO: "false" });
    expect(off.emails).toEqual([]);
    const deployed = await startOnce({ NODE_ENV: "production", NEXTAUTH_URL: "https://demarc.example.com" });
    expect(deployed.emails).toEqual([]);
    expect(deployed.log).toMatch(/warning: demo accounts not seeded: this is a public production deployment/);
    const fresh = await startOnce({});
    expect(fresh.emails).toEqual(["instructor@example.com", "student@example.com"]);
  }, 60_000);
});
