/**
 * `npm start`: build if the sources changed since the last build, migrate, seed the demo accounts on
 * an empty database, then serve the production build from one process per core (DEMARC_WORKERS),
 * all on the same port and the same database.
 */
import cluster from "node:cluster";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { buildIfNeeded } from "./build-if-needed";
import { loadEnv } from "@/env";
import { authSecret } from "@/app/_lib/auth-secret";
import { closeDb, getDb } from "../db";
import { migrateDatabase } from "../db/migrate";
import { demoAccountsWithPublishedPassword, demoSeeding, seedDemoAccounts } from "../db/seed";
import { databaseTarget } from "../db/config";
import { installWriteGate } from "../db/serialize-statements";
import { SERVER_PID_FILE } from "../db/backup";
import { superviseWriteGate, writeGateOfWorker } from "./write-gate";
import { joinSessionRelay, superviseSessionRelay } from "./session-relay";

/** A worker that dies this soon after starting is not restarted: it would only die again. */
const RESTART_AFTER_MS = 10_000;

async function main() {
  const { PORT: port, workers } = loadEnv();
  // The server (Next.js and every route) loads only where it serves, not in a primary that just supervises.
  const serve = async () => (await import("./serve")).serve(port);
  if (cluster.isWorker) {
    if (databaseTarget().embedded) installWriteGate(writeGateOfWorker());
    joinSessionRelay();
    await serve();
    return;
  }
  // The server always runs in production mode; the seeding rule below must see the same mode.
  Object.assign(process.env, { NODE_ENV: process.env.NODE_ENV || "production" });
  process.env.NEXTAUTH_SECRET = authSecret();
  process.env.NEXTAUTH_URL ??= `http://localhost:${port}`;
  if (!process.argv.includes("--skip-build")) buildIfNeeded();

  const target = databaseTarget();
  console.log(`demarc: database ${target.embedded ? target.url : target.url.replace(/\/\/.*@/, "//…@")}`);
  await migrateDatabase();
  const { warning } = demoSeeding();
  if (warning) console.warn(`demarc: warning: ${warning}`);
  if (await seedDemoAccounts(getDb())) console.log("demarc: seeded the demo accounts (password demarc-demo)");
  if (loadEnv().publicProduction) {
    const open = await demoAccountsWithPublishedPassword(getDb());
    if (open.length)
      console.warn(
        `demarc: warning: ${open.join(" and ")} still sign in with the published password; change it: npm run users -- reset-password --email ${open[0]}`,
      );
  }
  closeDb();

  // `npm run db:restore` refuses while these processes run (db/backup.ts): the supervisor's pid is
  // enough, as its server processes stop with it.
  mkdirSync(loadEnv().dataDir, { recursive: true });
  const pidFile = path.join(loadEnv().dataDir, SERVER_PID_FILE);
  writeFileSync(pidFile, `${process.pid}\n`);
  process.on("exit", () => rmSync(pidFile, { force: true }));
  console.log(`demarc: starting ${workers === 1 ? "one server process" : `${workers} server processes`}`);

  if (workers === 1) {
    await serve();
    console.log(`demarc: serving http://localhost:${port} from one process`);
    return;
  }
  // Every worker listens on the same port (the primary hands out connections) and opens its own
  // connection to the database; WAL lets them share the file, they take turns to write through the
  // write gate, and rate limits and sessions are already shared (in the database, in signed tokens).
  if (target.embedded) superviseWriteGate();
  superviseSessionRelay();
  let stopping = false;
  const startedAt = new Map<number, number>();
  const fork = () => {
    const worker = cluster.fork();
    startedAt.set(worker.id, Date.now());
  };
  for (let i = 0; i < workers; i++) fork();
  let ready = 0;
  cluster.on("listening", () => {
    if (++ready === workers) console.log(`demarc: serving http://localhost:${port} from ${workers} processes`);
  });
  cluster.on("exit", (worker, code, signal) => {
    if (stopping) {
      if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(0);
      return;
    }
    const lived = Date.now() - (startedAt.get(worker.id) ?? 0);
    console.error(`demarc: server process ${worker.process.pid} stopped (${signal ?? `code ${code}`})`);
    if (lived < RESTART_AFTER_MS) {
      console.error("demarc: it stopped right after starting, so the others are stopped too");
      stop("SIGTERM");
      return;
    }
    fork();
  });
  const stop = (signal: NodeJS.Signals) => {
    stopping = true;
    for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill(signal);
    setTimeout(() => process.exit(0), 5_000).unref();
  };
  process.on("SIGINT", () => stop("SIGINT"));
  process.on("SIGTERM", () => stop("SIGTERM"));
}

main().catch((error) => {
  console.error("demarc: could not start:", error);
  process.exit(1);
});
