import { describe, expect, it } from "vitest";
import { clientIp } from "@/app/_lib/client-ip";

describe("client address for rate limits", () => {
  it("trusts the entry the nearest proxy added, not what the client claimed", () => {
    expect(clientIp(new Headers({ "x-forwarded-for": "6.6.6.6, 203.0.113.9" }))).toBe("203.0.113.9");
    expect(clientIp({ "x-forwarded-for": "198.51.100.4" })).toBe("198.51.100.4");
    expect(clientIp({ "x-real-ip": "192.0.2.1" })).toBe("192.0.2.1");
    expect(clientIp({})).toBe("unknown");
  });
});
