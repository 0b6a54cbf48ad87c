/**
 * `npm start`: build if the sources changed since the last build, migrate, seed the demo accounts on
 * an empty database, then serve the production build.
 */
import { spawn, spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { authSecret } from "../app/_lib/auth-secret";
import { getDb } from "../db";
import { migrateDatabase } from "../db/migrate";
import { seedDemoAccounts } from "../db/seed";
import { databaseTarget } from "../db/config";

const root = process.cwd();
const SOURCE_DIRS = ["app", "components", "db", "questions", "public"];
const SOURCE_FILES = ["next.config.mjs", "package.json", "tsconfig.json", "proxy.ts"];

function newestSourceChange(): number {
  let newest = 0;
  const visit = (target: string) => {
    if (!existsSync(target)) return;
    const stat = statSync(target);
    if (stat.isDirectory()) {
      for (const entry of readdirSync(target)) visit(path.join(target, entry));
    } else {
      newest = Math.max(newest, stat.mtimeMs);
    }
  };
  SOURCE_DIRS.forEach((dir) => visit(path.join(root, dir)));
  SOURCE_FILES.forEach((file) => visit(path.join(root, file)));
  return newest;
}

function buildIfNeeded() {
  const buildId = path.join(root, process.env.NEXT_DIST_DIR || ".next", "BUILD_ID");
  if (existsSync(buildId) && statSync(buildId).mtimeMs >= newestSourceChange()) return;
  console.log("demarc: building the production app (first start or sources changed)…");
  const result = spawnSync(process.execPath, [require.resolve("next/dist/bin/next"), "build"], { stdio: "inherit", env: process.env });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

async function main() {
  const port = process.env.PORT ?? "3000";
  process.env.NEXTAUTH_SECRET = authSecret();
  process.env.NEXTAUTH_URL ??= `http://localhost:${port}`;
  if (!process.argv.includes("--skip-build")) buildIfNeeded();

  const target = databaseTarget();
  console.log(`demarc: database ${target.embedded ? target.url : target.url.replace(/\/\/.*@/, "//…@")}`);
  await migrateDatabase();
  if (await seedDemoAccounts(getDb())) console.log("demarc: seeded the demo accounts (password demarc-demo)");
  getDb().$client.close();

  const server = spawn(process.execPath, [require.resolve("next/dist/bin/next"), "start", "-p", port], {
    stdio: "inherit",
    env: process.env,
  });
  const stop = (signal: NodeJS.Signals) => server.kill(signal);
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
  server.on("exit", (code) => process.exit(code ?? 0));
}

main().catch((error) => {
  console.error("demarc: could not start:", error);
  process.exit(1);
});
