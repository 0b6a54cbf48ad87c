import type { Database } from "../index";

export type DatabaseHealth = { ok: true } | { ok: false; reason: string };

export async function checkDatabase(db: () => Database): Promise<DatabaseHealth> {
  try {
    const result = await db().$client.execute("SELECT count(*) AS n FROM __drizzle_migrations");
    if (result.rows.length !== 1) return { ok: false, reason: "unexpected answer from the database" };
    return { ok: true };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, reason: message.split("\n")[0].slice(0, 200) };
  }
}
