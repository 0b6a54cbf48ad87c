import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";

const dir = mkdtempSync(path.join(os.tmpdir(), "demarc-gate-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs tests/fixtures/write-gate-cluster.ts: two processes, each with 150 concurrent write transactions. */
function twoWriters(file: string, ...flags: string[]): { counter: number; errors: number } {
  const out = execFileSync(
    process.execPath,
    ["--import", "tsx", "tests/fixtures/write-gate-cluster.ts", `file:${path.join(dir, file)}`, "150", ...flags],
    { encoding: "utf8", timeout: 60_000 },
  );
  return JSON.parse(out.trim().split("\n").at(-1)!);
}

describe("server processes sharing one embedded file", () => {
  it("take turns to write through the gate: with no busy timeout at all, no transaction meets a locked database and none is lost", () => {
    expect(twoWriters("gated.db")).toEqual({ counter: 300, errors: 0 });
  });

  it("(without the gate, the same writers collide on SQLite's lock, which is what the gate is for)", () => {
    const ungated = twoWriters("ungated.db", "--no-gate");
    expect(ungated.errors).toBeGreaterThan(0);
    expect(ungated.counter + ungated.errors).toBe(300);
  });
});
