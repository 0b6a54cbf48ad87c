/**
 * npm run db:backup [FILE]
 * A consistent snapshot of the live embedded database, taken while the server keeps running, into
 * FILE (default <DEMARC_DATA_DIR>/backups/demarc-<time>.db), then checked as db:restore would.
 */
import path from "node:path";
import { loadEnv } from "@/env";
import { backupDatabase, BackupError } from "../db/backup";
import { databaseTarget } from "../db/config";

async function main() {
  const env = loadEnv();
  const file = process.argv[2] ?? path.join(env.dataDir, "backups", `demarc-${new Date().toISOString().replace(/[:.]/g, "-")}.db`);
  const started = Date.now();
  const summary = await backupDatabase(databaseTarget(), file);
  console.log(
    `demarc: backed up to ${path.resolve(file)} in ${((Date.now() - started) / 1000).toFixed(1)} s: ${(summary.bytes / 1024 / 1024).toFixed(1)} MB, ${summary.users} accounts, ${summary.reviews} reviews, integrity ok`,
  );
}

main().catch((error) => {
  console.error(error instanceof BackupError ? `demarc: backup refused: ${error.message}` : error);
  process.exit(1);
});
