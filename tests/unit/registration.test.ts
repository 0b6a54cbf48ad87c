import { describe, expect, it } from "vitest";
import { registrationSchema } from "@/server/accounts/input";
import { safeCallbackUrl } from "@/app/_lib/safe-callback-url";

const fieldErrors = (input: unknown) => {
  const result = registrationSchema.safeParse(input);
  return result.success ? {} : result.error.flatten().fieldErrors;
};

describe("registration input", () => {
  it("accepts a complete registration and trims the email", () => {
    const parsed = registrationSchema.parse({ name: "Ada", email: " ada@example.com ", password: "0123456789", role: "student" });
    expect(parsed.email).toBe("ada@example.com");
  });

  it("names each bad field", () => {
    const errors = fieldErrors({ name: "", email: "ada@", password: "short", role: "admin" });
    expect(errors.name?.[0]).toMatch(/name/i);
    expect(errors.email?.[0]).toMatch(/valid email/i);
    expect(errors.password?.[0]).toMatch(/at least 10/);
    expect(errors.role?.[0]).toMatch(/student or an instructor/);
  });
});

describe("sign-in return address", () => {
  it("keeps same-site paths and refuses anything that leaves the site", () => {
    expect(safeCallbackUrl("/classes?x=1")).toBe("/classes?x=1");
    expect(safeCallbackUrl("https://evil.example")).toBe("/");
    expect(safeCallbackUrl("//evil.example")).toBe("/");
    expect(safeCallbackUrl("/\\evil.example")).toBe("/");
    expect(safeCallbackUrl(undefined)).toBe("/");
    expect(safeCallbackUrl("/login")).toBe("/");
  });
});
