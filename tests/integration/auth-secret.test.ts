import { mkdtempSync, readFileSync, statSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { authSecret, SECRET_FILE_NAME } from "@/app/_lib/auth-secret";

describe("NEXTAUTH_SECRET", () => {
  it("is generated once into the data folder with mode 0600 and reused after", () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "demarc-secret-"));
    const first = authSecret(dir);
    const file = path.join(dir, SECRET_FILE_NAME);
    expect(first.length).toBeGreaterThanOrEqual(32);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    const second = authSecret(dir);
    expect(second).toBe(first);
    expect(readFileSync(file, "utf8").trim()).toBe(first);
  });

  it("prefers NEXTAUTH_SECRET from the environment", () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "demarc-secret-"));
    process.env.NEXTAUTH_SECRET = "from-the-environment-0123456789abcdef";
    try {
      expect(authSecret(dir)).toBe("from-the-environment-0123456789abcdef");
    } finally {
      delete process.env.NEXTAUTH_SECRET;
    }
  });
});
