import { randomBytes } from "node:crypto";
import { chmodSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { env } from "@/env";

export const SECRET_FILE_NAME = "nextauth-secret";

/**
 * NEXTAUTH_SECRET when set; otherwise a secret generated once and kept in the data folder (0600),
 * so `npm start` needs no configuration and sessions survive restarts.
 */
const remembered = new Map<string, string>();

export function authSecret(directory = env().dataDir): string {
  const fromEnv = env().NEXTAUTH_SECRET;
  if (fromEnv) return fromEnv;
  const known = remembered.get(directory);
  if (known) return known;
  const secret = readOrCreateSecret(directory);
  remembered.set(directory, secret);
  return secret;
}

function readOrCreateSecret(directory: string): string {
  const file = path.join(directory, SECRET_FILE_NAME);
  try {
    const existing = readFileSync(file, "utf8").trim();
    if (existing.length >= 32) return existing;
  } catch {
    // not created yet
  }
  mkdirSync(directory, { recursive: true });
  const secret = randomBytes(32).toString("base64url");
  try {
    writeFileSync(file, `${secret}\n`, { mode: 0o600, flag: "wx" });
  } catch {
    // another process created it first: use theirs
    return readFileSync(file, "utf8").trim();
  }
  chmodSync(file, 0o600);
  return secret;
}
