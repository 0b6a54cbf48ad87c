import { describe, expect, it } from "vitest";
import { contentSecurityPolicy } from "@/app/_lib/content-security-policy";
import { undecodablePath } from "@/app/_lib/url-path";

describe("undecodablePath", () => {
  it("flags the encodings Next.js's router cannot decode", () => {
    for (const path of ["/api/v1/exams/%", "/api/v1/classes/%E0%A4%A/gradebook.csv", "/exams/%C0%AE%C0%AE", "/x/%ZZ", "/x/%ED%A0%80"]) {
      expect(undecodablePath(path), path).toBe(true);
    }
  });

  it("lets well-formed paths through, escapes included", () => {
    for (const path of ["/", "/api/v1/reviews", "/services/s3", "/x/%20y", "/x/%E2%9C%93", "/x/%25"]) {
      expect(undecodablePath(path), path).toBe(false);
    }
  });
});

describe("contentSecurityPolicy", () => {
  it("allows scripts by nonce only, and eval only in development", () => {
    const production = contentSecurityPolicy("abc123", false);
    const scriptSrc = production.split("; ").find((d) => d.startsWith("script-src"));
    expect(scriptSrc).toBe("script-src 'self' 'nonce-abc123' 'strict-dynamic'");
    expect(production).toContain("frame-ancestors 'none'");
    expect(contentSecurityPolicy("abc123", true)).toContain("'unsafe-eval'");
  });
});
