/**
 * Every environment variable Demarc reads, validated in one place. `npm start` calls `loadEnv()`
 * first, so a bad value stops the start with a message naming the variable; everything else reads
 * `env()`, which parses again only when the environment changed (tests change it on the fly).
 * Build tooling reads its own: next.config.mjs (NODE_ENV, NEXT_DIST_DIR), playwright.config.ts, bench/;
 * proxy.ts reads NODE_ENV inline (it decides 'unsafe-eval' for `next dev`).
 */
import { availableParallelism } from "node:os";
import path from "node:path";
import { z } from "zod";

const TRUE = ["1", "true", "yes", "on"];
const FALSE = ["0", "false", "no", "off"];

/** Unset and empty are the same: the default applies. */
const optionalText = z
  .string()
  .optional()
  .transform((value) => (value?.trim() ? value.trim() : undefined));

/** A yes/no setting: 0/1, true/false, yes/no, on/off in any case; anything else is refused; unset (or empty) is undefined. */
function booleanVariable() {
  return z
    .string()
    .optional()
    .transform((raw, ctx): boolean | undefined => {
      const value = raw?.trim().toLowerCase();
      if (!value) return undefined;
      if (TRUE.includes(value)) return true;
      if (FALSE.includes(value)) return false;
      ctx.addIssue({ code: "custom", message: `must be one of ${[...TRUE, ...FALSE].join(", ")} (any case), not "${raw}"` });
      return z.NEVER;
    });
}

/** How many server processes `npm start` runs: a whole number from 1; unset means one per core. */
const workerCount = z
  .string()
  .optional()
  .transform((raw, ctx) => {
    const value = raw?.trim();
    if (!value) return undefined;
    if (!/^\d+$/.test(value) || Number(value) < 1 || Number(value) > 256) {
      ctx.addIssue({
        code: "custom",
        message: `must be a whole number of server processes from 1 to 256 (unset: one per core), not "${raw}"`,
      });
      return z.NEVER;
    }
    return Number(value);
  });

const schema = z.object({
  PORT: z.coerce
    .number("must be a port number")
    .int("must be a whole number")
    .min(1, "must be 1 to 65535")
    .max(65535, "must be 1 to 65535")
    .default(3000),
  DEMARC_DATA_DIR: optionalText,
  DATABASE_URL: optionalText.refine(
    (url) => url === undefined || /^(file:|libsql:|https?:|wss?:)/.test(url),
    "must start with file:, libsql:, http(s): or ws(s):",
  ),
  DATABASE_AUTH_TOKEN: optionalText,
  NEXTAUTH_SECRET: optionalText,
  NEXTAUTH_URL: optionalText.refine(
    (url) => url === undefined || z.url().safeParse(url).success,
    "must be a full URL, like https://demarc.example.com",
  ),
  /** Unset: seeded, except on a public production deployment (see `demoSeeding` in db/seed.ts). */
  DEMARC_SEED_DEMO: booleanVariable(),
  DEMARC_SOURCES_DIR: optionalText,
  NEXT_DIST_DIR: optionalText.transform((dir) => dir ?? ".next"),
  DEMARC_WORKERS: workerCount,
  DEMARC_LEAN_API: booleanVariable().transform((on) => on ?? true),
  NODE_ENV: optionalText,
});

const NAMES = Object.keys(schema.shape) as (keyof typeof schema.shape)[];

export type Env = z.infer<typeof schema> & {
  /** Folder for the embedded database and the generated secret. */
  dataDir: string;
  /** Server processes `npm start` runs: DEMARC_WORKERS, or one per core. */
  workers: number;
  /** NODE_ENV=production and a NEXTAUTH_URL others can reach (not localhost, 127.x or ::1). */
  publicProduction: boolean;
};

const LOCAL_HOSTS = /^(localhost|.*\.localhost|127(\.\d{1,3}){3}|\[::1\]|0\.0\.0\.0)$/i;

/** A bad environment variable: the message names it and says what it accepts. */
export class EnvError extends Error {}

export function parseEnv(source: Record<string, string | undefined>): Env {
  const parsed = schema.safeParse(Object.fromEntries(NAMES.map((name) => [name, source[name]])));
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${String(issue.path[0])} ${issue.message}`);
    throw new EnvError(`Invalid environment: ${problems.join("; ")}.`);
  }
  const dataDir = path.resolve(
    /* turbopackIgnore: true */ parsed.data.DEMARC_DATA_DIR ?? path.join(/* turbopackIgnore: true */ process.cwd(), "data"),
  );
  const host = parsed.data.NEXTAUTH_URL ? new URL(parsed.data.NEXTAUTH_URL).hostname : "localhost";
  const publicProduction = parsed.data.NODE_ENV === "production" && !LOCAL_HOSTS.test(host);
  return { ...parsed.data, dataDir, workers: parsed.data.DEMARC_WORKERS ?? availableParallelism(), publicProduction };
}

let cached: { key: string; env: Env } | undefined;

/** The validated environment of this process. */
export function env(): Env {
  const key = NAMES.map((name) => process.env[name] ?? "\u0000").join("\u0001");
  if (cached?.key !== key) cached = { key, env: parseEnv(process.env) };
  return cached.env;
}

/** For `npm start`: validates now, or prints what is wrong and exits before anything starts. */
export function loadEnv(): Env {
  try {
    return env();
  } catch (error) {
    if (!(error instanceof EnvError)) throw error;
    console.error(`demarc: ${error.message}`);
    process.exit(1);
  }
}
