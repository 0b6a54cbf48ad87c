/**
 * npm run db:restore FILE
 * Puts a backup in place of the embedded database of a stopped deployment, after checking it
 * (SQLite integrity check, Demarc's tables and migrations). The replaced file is kept beside it.
 */
import path from "node:path";
import { loadEnv } from "@/env";
import { BackupError, restoreDatabase } from "../db/backup";
import { databaseTarget } from "../db/config";

async function main() {
  const env = loadEnv();
  const file = process.argv[2];
  if (!file) {
    console.error("usage: npm run db:restore FILE   (stop Demarc first)");
    process.exit(2);
  }
  const restored = await restoreDatabase(databaseTarget(), env.dataDir, file);
  console.log(`demarc: restored ${path.resolve(file)}: ${restored.users} accounts, ${restored.reviews} reviews, integrity ok`);
  if (restored.previous) console.log(`demarc: the database it replaced is kept as ${restored.previous}`);
  console.log("demarc: start Demarc again (npm start applies any newer migrations)");
}

main().catch((error) => {
  console.error(error instanceof BackupError ? `demarc: restore refused: ${error.message}` : error);
  process.exit(1);
});
