/** npx tsx scripts/check-bank-files.ts questions/bank/services/rds.yaml … — the editor's check, without compiling. */
import { checkFiles } from "./bank-files";

checkFiles(process.argv.slice(2).filter((arg) => arg.endsWith(".yaml")));
