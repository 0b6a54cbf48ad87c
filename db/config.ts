import path from "node:path";
import { env } from "@/env";

/** Where Demarc keeps its embedded database and generated secret unless told otherwise. */
function dataDirectory(): string {
  return env().dataDir;
}

export interface DatabaseTarget {
  url: string;
  authToken?: string;
  /** True for an embedded file, which gets WAL mode and a busy timeout. */
  embedded: boolean;
}

export function databaseTarget(): DatabaseTarget {
  const { DATABASE_URL: url, DATABASE_AUTH_TOKEN: authToken } = env();
  if (url) return { url, authToken, embedded: url.startsWith("file:") };
  return { url: `file:${path.join(/* turbopackIgnore: true */ dataDirectory(), "demarc.db")}`, embedded: true };
}
