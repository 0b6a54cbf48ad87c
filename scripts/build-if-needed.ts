import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { env } from "../env";

const root = process.cwd();
const SOURCE_DIRS = ["app", "components", "server", "db", "questions", "public"];
const SOURCE_FILES = ["next.config.mjs", "package.json", "tsconfig.json", "proxy.ts", "env.ts"];

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

/** Runs `next build` when there is no build yet or a source file is newer than it. */
export function buildIfNeeded() {
  const buildId = path.join(root, env().NEXT_DIST_DIR, "BUILD_ID");
  if (existsSync(buildId) && statSync(buildId).mtimeMs >= newestSourceChange()) return;
  console.log("demarc: building the production app (first start or sources changed)…");
  const result = spawnSync(process.execPath, [require.resolve("next/dist/bin/next"), "build"], { stdio: "inherit", env: process.env });
  if (result.status !== 0) process.exit(result.status ?? 1);
}
