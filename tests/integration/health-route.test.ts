import { writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { GET } from "@/app/api/health/route";

describe("GET /api/health", () => {
  it("answers 200 after a real query on a working database", async () => {
    const response = await GET();
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: "ok", db: "ok" });
  });

  it("answers 503 with a reason when the database cannot be reached", async () => {
    const holder = globalThis as unknown as { demarcConnection?: unknown };
    const working = holder.demarcConnection;
    const url = process.env.DATABASE_URL;
    holder.demarcConnection = undefined;
    // A database "inside" a regular file: the folder can never be created, so nothing can be opened.
    const notAFolder = path.join(os.tmpdir(), `demarc-not-a-folder-${process.pid}`);
    writeFileSync(notAFolder, "");
    process.env.DATABASE_URL = `file:${notAFolder}/broken.db`;
    try {
      const response = await GET();
      expect(response.status).toBe(503);
      const body = await response.json();
      expect(body.status).toBe("error");
      expect(body.db).toBe("unreachable");
      expect(body.reason.length).toBeGreaterThan(0);
    } finally {
      holder.demarcConnection = working;
      process.env.DATABASE_URL = url;
    }
  });
});
