/**
 * npm run users -- create-instructor --email EMAIL --name NAME [--password-stdin]
 * npm run users -- reset-password --email EMAIL [--password-stdin]
 * npm run users -- set-role --email EMAIL --role student|instructor
 * npm run users -- list
 *
 * Accounts for a deployment with no email, against the database of DATABASE_URL / DEMARC_DATA_DIR
 * (migrated first). Without --password-stdin a password is generated and printed once; with it,
 * the first line of standard input is the password (so it stays out of the shell's history). A new
 * password or role signs the account out everywhere: at once on this database, within 5 seconds in
 * a running server (its session-version cache).
 */
import { loadEnv } from "@/env";
import { getDb } from "../db";
import { migrateDatabase } from "../db/migrate";
import { createInstructor, generatePassword, listAccounts, resetPassword, setRole } from "../server/accounts/operator";
import { DomainError } from "../server/errors";

const USAGE = `usage:
  npm run users -- create-instructor --email EMAIL --name NAME [--password-stdin]
  npm run users -- reset-password --email EMAIL [--password-stdin]
  npm run users -- set-role --email EMAIL --role student|instructor
  npm run users -- list`;

const args = process.argv.slice(2);
const option = (name: string) => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 ? args[at + 1] : undefined;
};

function usage(problem: string): never {
  console.error(`error: ${problem}\n${USAGE}`);
  process.exit(2);
}

function required(name: string): string {
  const value = option(name);
  if (!value || value.startsWith("--")) usage(`--${name} is required`);
  return value;
}

async function readPassword(): Promise<{ password: string; generated: boolean }> {
  if (!args.includes("--password-stdin")) return { password: generatePassword(), generated: true };
  let input = "";
  for await (const chunk of process.stdin) input += chunk;
  return { password: input.split(/\r?\n/)[0], generated: false };
}

function announce(password: { password: string; generated: boolean }) {
  if (password.generated)
    console.log(`password: ${password.password}\n(shown once: hand it over in person; they can change it in Settings)`);
}

async function main() {
  const [command] = args;
  loadEnv();
  if (!["create-instructor", "reset-password", "set-role", "list"].includes(command))
    usage(command ? `unknown command "${command}"` : "no command given");
  await migrateDatabase();
  const db = getDb();
  try {
    if (command === "create-instructor") {
      const email = required("email");
      const name = required("name");
      const password = await readPassword();
      const user = await createInstructor(db, { email, name, password: password.password });
      console.log(`created instructor ${user.email} (${user.name})`);
      announce(password);
    } else if (command === "reset-password") {
      const email = required("email");
      const password = await readPassword();
      const user = await resetPassword(db, email, password.password);
      console.log(`new password for ${user.email}; every session of this account is signed out`);
      announce(password);
    } else if (command === "set-role") {
      const user = await setRole(db, required("email"), required("role"));
      console.log(`${user.email} is now ${user.role === "instructor" ? "an instructor" : "a student"}; they sign in again to use it`);
    } else {
      const users = await listAccounts(db);
      const rows = users.map((u) => [u.role, u.email, u.name, new Date(u.createdAt).toISOString().slice(0, 10)]);
      const widths = [0, 1, 2].map((i) => Math.max(...rows.map((row) => row[i].length), ["role", "email", "name"][i].length));
      console.log(["role", "email", "name", "created"].map((h, i) => h.padEnd(widths[i] ?? 0)).join("  "));
      for (const row of rows) console.log(row.map((cell, i) => cell.padEnd(widths[i] ?? 0)).join("  "));
      console.log(`${users.length} account${users.length === 1 ? "" : "s"}`);
    }
  } finally {
    db.$client.close();
  }
}

main().catch((error) => {
  if (error instanceof DomainError) {
    const details = Object.entries(error.fieldErrors ?? {}).map(([field, messages]) => `  ${field}: ${messages.join(" ")}`);
    console.error([`error: ${error.message}`, ...details].join("\n"));
    process.exit(1);
  }
  console.error("error:", error);
  process.exit(1);
});
