import { afterEach, describe, expect, it, vi } from "vitest";
import { api, ApiRequestError, errorMessage } from "@/components/api-client";

afterEach(() => vi.unstubAllGlobals());

describe("the JSON API client", () => {
  it("sends JSON and returns the parsed answer", async () => {
    const fetchMock = vi.fn(async () => new Response(JSON.stringify({ id: "c1" }), { status: 201 }));
    vi.stubGlobal("fetch", fetchMock);
    expect(await api<{ id: string }>("/api/v1/classes", { method: "POST", body: { name: "Cloud 101" } })).toEqual({ id: "c1" });
    expect(fetchMock).toHaveBeenCalledWith(
      "/api/v1/classes",
      expect.objectContaining({ method: "POST", body: '{"name":"Cloud 101"}', headers: { "Content-Type": "application/json" } }),
    );
  });

  it("throws a refusal with the server's message, code and field errors", async () => {
    const refusal = {
      error: { code: "bad_request", message: "Some fields are missing or invalid.", fieldErrors: { "options.count": ["At most 12."] } },
    };
    vi.stubGlobal("fetch", async () => new Response(JSON.stringify(refusal), { status: 400 }));
    const error = await api("/api/v1/exams", { method: "POST", body: {} }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiRequestError);
    expect(error).toMatchObject({
      status: 400,
      code: "bad_request",
      message: "Some fields are missing or invalid.",
      fieldErrors: { "options.count": ["At most 12."] },
    });
  });

  it("says the server could not be reached when the network fails, instead of failing silently", async () => {
    vi.stubGlobal("fetch", async () => {
      throw new TypeError("Failed to fetch");
    });
    const error = await api("/api/v1/practice/next").catch((e: unknown) => e);
    expect(error).toMatchObject({ status: 0 });
    expect(errorMessage(error)).toMatch(/could not be reached/);
  });
});
