/**
 * `npm start`: build if the sources changed since the last build, migrate, seed the demo accounts on
 * an empty database, then serve the production build from one process per core (DEMARC_WORKERS),
 * all on the same port and the same database.
 */
import cluster from "node:cluster";
import { buildIfNeeded } from "./build-if-needed";
import { loadEnv } from "@/env";
import { authSecret } from "@/app/_lib/auth-secret";
import { closeDb, getDb } from "../db";
import { migrateDatabase } from "../db/migrate";
import { seedDemoAccounts } from "../db/seed";
import { databaseTarget } from "../db/config";
import { installWriteGate } from "../db/serialize-statements";
import { superviseWriteGate, writeGateOfWorker } from "./write-gate";

/** A worker that dies this soon after starting is not restarted: it would only die again. */
const RESTART_AFTER_MS = 10_000;

async function main() {
  const { PORT: port, workers } = loadEnv();
  // The server (Next.js and every route) loads only where it serves, not in a primary that just supervises.
  const serve = async () => (await import("./serve")).serve(port);
  if (cluster.isWorker) {
    if (databaseTarget().embedded) installWriteGate(writeGateOfWorker());
    await serve();
    return;
  }
  process.env.NEXTAUTH_SECRET = authSecret();
  process.env.NEXTAUTH_URL ??= `http://localhost:${port}`;
  if (!process.argv.includes("--skip-build")) buildIfNeeded();

  const target = databaseTarget();
  console.log(`demarc: database ${target.embedded ? target.url : target.url.replace(/\/\/.*@/, "//…@")}`);
  await migrateDatabase();
  if (await seedDemoAccounts(getDb())) console.log("demarc: seeded the demo accounts (password demarc-demo)");
  closeDb();

  if (workers === 1) {
    await serve();
    console.log(`demarc: serving http://localhost:${port} from one process`);
    return;
  }
  // Every worker listens on the same port (the primary hands out connections) and opens its own
  // connection to the database; WAL lets them share the file, they take turns to write through the
  // write gate, and rate limits and sessions are already shared (in the database, in signed tokens).
  if (target.embedded) superviseWriteGate();
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
