/**
 * `npm start`: build if the sources changed since the last build, migrate, seed the demo accounts on
 * an empty database, then serve the production build.
 */
import { spawn } from "node:child_process";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { buildIfNeeded } from "./build-if-needed";
import { loadEnv } from "@/env";
import { authSecret } from "@/app/_lib/auth-secret";
import { getDb } from "../db";
import { migrateDatabase } from "../db/migrate";
import { demoAccountsWithPublishedPassword, demoSeeding, seedDemoAccounts } from "../db/seed";
import { databaseTarget } from "../db/config";
import { SERVER_PID_FILE } from "../db/backup";

async function main() {
  // `next start` always runs in production mode; the seeding rule below must see the same mode.
  Object.assign(process.env, { NODE_ENV: process.env.NODE_ENV || "production" });
  const port = String(loadEnv().PORT);
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
    if (open.length) console.warn(`demarc: warning: ${open.join(" and ")} still sign in with the published password; change it: npm run users -- reset-password --email ${open[0]}`);
  }
  getDb().$client.close();

  const server = spawn(process.execPath, [require.resolve("next/dist/bin/next"), "start", "-p", port], {
    stdio: "inherit",
    env: process.env,
  });
  // `npm run db:restore` refuses while these processes run (db/backup.ts).
  mkdirSync(loadEnv().dataDir, { recursive: true });
  const pidFile = path.join(loadEnv().dataDir, SERVER_PID_FILE);
  writeFileSync(pidFile, `${process.pid} ${server.pid ?? ""}\n`);
  const stop = (signal: NodeJS.Signals) => server.kill(signal);
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
  server.on("exit", (code) => {
    rmSync(pidFile, { force: true });
    process.exit(code ?? 0);
  });
}

main().catch((error) => {
  console.error("demarc: could not start:", error);
  process.exit(1);
});
