/**
 * The servers the bench drives: Demarc as `npm start` runs it (scripts/start.ts, DEMARC_WORKERS
 * processes), the bare baseline (bench/baseline-server.mjs, the same number of processes), and the
 * framework floor (bench/floor: the smallest App Router app, built with the same Next.js).
 */
import { fork, spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";

export interface Server {
  url: string;
  process: ChildProcess;
  stop(): Promise<void>;
}

let nextPort = 4100 + Math.floor(Math.random() * 700);
export const freePort = () => nextPort++;

export async function waitFor(url: string, timeoutMs = 90_000) {
  const start = Date.now();
  while (Date.now() - start < timeoutMs) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${url} did not come up`);
}

function stopper(child: ChildProcess, signal: NodeJS.Signals, graceMs: number) {
  return () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      const timer = setTimeout(() => {
        child.kill("SIGKILL");
        resolve();
      }, graceMs);
      child.once("exit", () => {
        clearTimeout(timer);
        resolve();
      });
      child.kill(signal);
    });
}

/** Demarc, production build, `workers` processes; with cpuProfDir, each writes a .cpuprofile there on exit. */
export async function startDemarc(env: Record<string, string>, workers: number, cpuProfDir?: string): Promise<Server> {
  const port = freePort();
  const url = `http://127.0.0.1:${port}`;
  const nodeArgs = cpuProfDir ? ["--cpu-prof", `--cpu-prof-dir=${cpuProfDir}`] : [];
  const child = spawn(process.execPath, [...nodeArgs, "--import", "tsx", "scripts/start.ts", "--skip-build"], {
    env: { ...process.env, ...env, PORT: String(port), NEXTAUTH_URL: url, DEMARC_WORKERS: String(workers), NODE_ENV: "production" },
    stdio: ["ignore", "ignore", "inherit"],
  });
  const stop = stopper(child, "SIGINT", cpuProfDir ? 8_000 : 5_000);
  await waitFor(`${url}/api/health`).catch(async (error) => {
    await stop();
    throw error;
  });
  return { url, process: child, stop };
}

export async function startBaseline(databaseUrl: string, workers: number): Promise<Server> {
  const port = freePort();
  const child = fork(path.resolve("bench/baseline-server.mjs"), [], {
    env: { ...process.env, DATABASE_URL: databaseUrl, PORT: String(port), BASELINE_WORKERS: String(workers) },
    stdio: "inherit",
  });
  await new Promise((resolve, reject) => {
    child.once("message", resolve);
    child.once("exit", (code) => reject(new Error(`the baseline server stopped (code ${code})`)));
  });
  return { url: `http://127.0.0.1:${port}`, process: child, stop: stopper(child, "SIGTERM", 3_000) };
}

const FLOOR_DIR = "bench/floor";

function newestFile(target: string): number {
  const stat = statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(
    0,
    ...readdirSync(target)
      .filter((entry) => entry !== ".next")
      .map((entry) => newestFile(path.join(target, entry))),
  );
}

/** Builds the floor app when it has no build yet, its files changed, or Next.js was upgraded. */
export function buildFloorIfNeeded() {
  const buildId = path.join(FLOOR_DIR, ".next", "BUILD_ID");
  const nextPackage = require.resolve("next/package.json");
  const built = existsSync(buildId) ? statSync(buildId).mtimeMs : 0;
  if (built >= newestFile(FLOOR_DIR) && built >= statSync(nextPackage).mtimeMs) return;
  const version = JSON.parse(readFileSync(nextPackage, "utf8")).version;
  console.log(`bench: building the framework floor (bench/floor, Next.js ${version})…`);
  const result = spawnSync(process.execPath, [require.resolve("next/dist/bin/next"), "build", FLOOR_DIR], {
    stdio: ["ignore", "ignore", "inherit"],
    env: { ...process.env, NODE_ENV: "production" },
  });
  if (result.status !== 0) throw new Error("the framework floor did not build");
}

/** The floor app under `next start`: one process, as Next.js serves it. */
export async function startFloor(): Promise<Server> {
  const port = freePort();
  const url = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, [require.resolve("next/dist/bin/next"), "start", FLOOR_DIR, "-p", String(port)], {
    env: { ...process.env, NODE_ENV: "production" },
    stdio: ["ignore", "ignore", "inherit"],
  });
  const stop = stopper(child, "SIGTERM", 3_000);
  await waitFor(url).catch(async (error) => {
    await stop();
    throw error;
  });
  return { url, process: child, stop };
}
