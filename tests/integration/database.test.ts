import { describe, expect, it } from "vitest";
import { getDb, openDatabase } from "@/db";
import { migrateDatabase } from "@/db/migrate";
import { checkDatabase } from "@/db/queries/health";
import { seedDemoAccounts, DEMO_ACCOUNTS } from "@/db/seed";
import { countUsers, findLoginByEmail, findUserById } from "@/db/queries/users";

describe("database", () => {
  it("applies migrations once: a second run adds nothing", async () => {
    const db = getDb();
    const before = await db.$client.execute("SELECT count(*) AS n FROM __drizzle_migrations");
    await migrateDatabase();
    await migrateDatabase();
    const after = await db.$client.execute("SELECT count(*) AS n FROM __drizzle_migrations");
    expect(Number(after.rows[0].n)).toBe(Number(before.rows[0].n));
    expect(Number(after.rows[0].n)).toBeGreaterThan(0);
  });

  it("runs the embedded file in WAL mode", async () => {
    const mode = await getDb().$client.execute("PRAGMA journal_mode");
    expect(String(mode.rows[0].journal_mode).toLowerCase()).toBe("wal");
  });

  it("seeds the demo accounts once, on an empty database only", async () => {
    expect(await seedDemoAccounts(getDb())).toBe(true);
    expect(await seedDemoAccounts(getDb())).toBe(false);
    expect(await countUsers(getDb())).toBe(DEMO_ACCOUNTS.length);
    const student = await findLoginByEmail(getDb(), "Student@Example.com ");
    expect(student?.role).toBe("student");
    expect(student?.passwordHash).toMatch(/^\$2[aby]\$1\d\$/);
  });

  it("never returns a password hash outside the sign-in query", async () => {
    const login = await findLoginByEmail(getDb(), "instructor@example.com");
    const user = await findUserById(getDb(), login!.id);
    expect(user).toBeDefined();
    expect(Object.keys(user!)).not.toContain("passwordHash");
  });

  it("reports a healthy database, and an unreachable one with a reason", async () => {
    expect(await checkDatabase(getDb)).toEqual({ ok: true });
    const broken = await checkDatabase(() => openDatabase({ url: "file:/nonexistent-demarc-dir/x.db", embedded: false }));
    expect(broken.ok).toBe(false);
    if (!broken.ok) expect(broken.reason.length).toBeGreaterThan(0);
  });
});
