import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";

const dir = mkdtempSync(path.join(os.tmpdir(), "demarc-relay-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs tests/fixtures/session-relay-cluster.ts: one process ends a user's sessions, the other is asked about the old token. */
function twoProcesses(file: string, ...flags: string[]): { before: boolean; endedHere: boolean; afterElsewhere: boolean } {
  const out = execFileSync(
    process.execPath,
    ["--import", "tsx", "tests/fixtures/session-relay-cluster.ts", `file:${path.join(dir, file)}`, ...flags],
    {
      encoding: "utf8",
      timeout: 60_000,
      env: { ...process.env, DATABASE_URL: `file:${path.join(dir, file)}` },
    },
  );
  return JSON.parse(out.trim().split("\n").at(-1)!);
}

describe("ending a user's sessions in one server process", () => {
  it("is refused by the other process at once, not when its cached version expires", () => {
    expect(twoProcesses("relayed.db")).toEqual({ before: true, endedHere: false, afterElsewhere: false });
  });

  it("(without the relay, the other process's cache would still honour the old token for a while)", () => {
    expect(twoProcesses("unrelayed.db", "--no-relay")).toEqual({ before: true, endedHere: false, afterElsewhere: true });
  });
});
