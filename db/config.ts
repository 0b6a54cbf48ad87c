import path from "node:path";

/** Where Demarc keeps its embedded database and generated secret unless told otherwise. */
export function dataDirectory(): string {
  return path.resolve(/* turbopackIgnore: true */ process.env.DEMARC_DATA_DIR ?? path.join(/* turbopackIgnore: true */ process.cwd(), "data"));
}

export interface DatabaseTarget {
  url: string;
  authToken?: string;
  /** True for an embedded file, which gets WAL mode and a busy timeout. */
  embedded: boolean;
}

export function databaseTarget(): DatabaseTarget {
  const url = process.env.DATABASE_URL?.trim();
  if (url) {
    return { url, authToken: process.env.DATABASE_AUTH_TOKEN || undefined, embedded: url.startsWith("file:") };
  }
  return { url: `file:${path.join(/* turbopackIgnore: true */ dataDirectory(), "demarc.db")}`, embedded: true };
}
