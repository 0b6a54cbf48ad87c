import { availableParallelism } from "node:os";
import { afterEach, describe, expect, it } from "vitest";
import { env, EnvError, parseEnv } from "@/env";

describe("the environment", () => {
  it("reads booleans as 0/1, true/false, yes/no, on/off in any case", () => {
    const cases: [string, boolean][] = [
      ["1", true],
      ["true", true],
      ["yes", true],
      ["on", true],
      ["TRUE", true],
      ["Yes", true],
      [" On ", true],
      ["0", false],
      ["false", false],
      ["no", false],
      ["off", false],
      ["FALSE", false],
      ["No", false],
      ["OFF", false],
    ];
    for (const [raw, expected] of cases) expect(parseEnv({ DEMARC_SEED_DEMO: raw }).DEMARC_SEED_DEMO, raw).toBe(expected);
  });

  it("refuses any other boolean, naming the variable and the value", () => {
    expect(() => parseEnv({ DEMARC_SEED_DEMO: "maybe" })).toThrow(EnvError);
    expect(() => parseEnv({ DEMARC_SEED_DEMO: "maybe" })).toThrow(
      /DEMARC_SEED_DEMO must be one of 1, true, yes, on, 0, false, no, off.*"maybe"/,
    );
  });

  it("names every bad variable at once", () => {
    expect(() => parseEnv({ PORT: "eighty", NEXTAUTH_URL: "not a url", DATABASE_URL: "postgres://x" })).toThrow(
      /PORT .*NEXTAUTH_URL .*DATABASE_URL |PORT .*DATABASE_URL .*NEXTAUTH_URL /,
    );
  });

  it("works with nothing set: port 3000, demo seeding left to the deployment, embedded database in ./data", () => {
    const defaults = parseEnv({});
    expect(defaults.PORT).toBe(3000);
    expect(defaults.DEMARC_SEED_DEMO).toBeUndefined();
    expect(defaults.publicProduction).toBe(false);
    expect(defaults.DATABASE_URL).toBeUndefined();
    expect(defaults.NEXT_DIST_DIR).toBe(".next");
    expect(defaults.dataDir.endsWith("/data")).toBe(true);
    expect(defaults.DEMARC_LEAN_API).toBe(true);
  });

  it("runs one server process per core unless DEMARC_WORKERS says how many, and refuses anything but a whole number from 1", () => {
    expect(parseEnv({}).workers).toBe(availableParallelism());
    expect(parseEnv({ DEMARC_WORKERS: "3" }).workers).toBe(3);
    expect(parseEnv({ DEMARC_WORKERS: " 1 " }).workers).toBe(1);
    for (const bad of ["0", "-2", "1.5", "all", "999"])
      expect(() => parseEnv({ DEMARC_WORKERS: bad }), bad).toThrow(
        /DEMARC_WORKERS must be a whole number of server processes from 1 to 256/,
      );
  });

  it("treats an empty value as unset", () => {
    const empty = parseEnv({ DATABASE_URL: "", DEMARC_SEED_DEMO: "", NEXTAUTH_SECRET: "  " });
    expect(empty.DATABASE_URL).toBeUndefined();
    expect(empty.DEMARC_SEED_DEMO).toBeUndefined();
    expect(empty.NEXTAUTH_SECRET).toBeUndefined();
  });

  it("calls a deployment public in production at an address other than this machine", () => {
    const at = (NODE_ENV: string | undefined, NEXTAUTH_URL: string | undefined) => parseEnv({ NODE_ENV, NEXTAUTH_URL }).publicProduction;
    expect(at("production", "https://demarc.example.com")).toBe(true);
    expect(at("production", "http://10.0.0.5:3000")).toBe(true);
    for (const local of [
      "http://localhost:3000",
      "http://127.0.0.1:3000",
      "http://127.1.2.3",
      "http://[::1]:3000",
      "http://demarc.localhost",
      undefined,
    ]) {
      expect(at("production", local), local).toBe(false);
    }
    expect(at(undefined, "https://demarc.example.com")).toBe(false);
    expect(at("development", "https://demarc.example.com")).toBe(false);
  });

  describe("env()", () => {
    const saved = process.env.DEMARC_SEED_DEMO;
    afterEach(() => {
      if (saved === undefined) delete process.env.DEMARC_SEED_DEMO;
      else process.env.DEMARC_SEED_DEMO = saved;
    });

    it("follows changes to process.env", () => {
      process.env.DEMARC_SEED_DEMO = "off";
      expect(env().DEMARC_SEED_DEMO).toBe(false);
      process.env.DEMARC_SEED_DEMO = "on";
      expect(env().DEMARC_SEED_DEMO).toBe(true);
    });
  });
});
