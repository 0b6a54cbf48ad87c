import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { BODY_LIMITS, readJsonBody } from "@/app/_lib/api";
import { POST as register } from "@/app/api/register/route";

const url = "http://localhost/api/register";

/** A body sent in chunks with no Content-Length, as a chunked upload arrives. */
function streamed(bytes: number) {
  const chunk = new Uint8Array(16 * 1024).fill(0x20);
  let sent = 0;
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      if (sent >= bytes) return controller.close();
      sent += chunk.byteLength;
      controller.enqueue(chunk);
    },
  });
}

describe("request bodies", () => {
  it("over the limit answer 413 JSON, whether the length is declared or not", async () => {
    const declared = await register(
      new Request(url, {
        method: "POST",
        headers: { "content-type": "application/json", "content-length": String(BODY_LIMITS.small + 1) },
        body: "{}",
      }),
      undefined,
    );
    expect(declared.status).toBe(413);
    expect((await declared.json()).error).toMatchObject({ code: "payload_too_large", message: expect.stringContaining("64 KB") });

    const chunked = await register(
      new Request(url, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: streamed(BODY_LIMITS.small * 4),
        duplex: "half",
      } as RequestInit),
      undefined,
    );
    expect(chunked.status).toBe(413);
  });

  it("labelled as something other than JSON answer 415; bytes that are not UTF-8 answer 400", async () => {
    const form = await register(
      new Request(url, { method: "POST", headers: { "content-type": "application/x-www-form-urlencoded" }, body: "name=a" }),
      undefined,
    );
    expect(form.status).toBe(415);
    expect((await form.json()).error.code).toBe("unsupported_media_type");
    await expect(readJsonBody(new Request(url, { method: "POST", body: new Uint8Array([0x22, 0xff, 0x22]) }))).rejects.toMatchObject({
      code: "bad_request",
    });
    // A string body gets text/plain from fetch: refused, as a cross-site form or script would send it.
    await expect(readJsonBody(new Request(url, { method: "POST", body: '{"a":1}' }))).rejects.toMatchObject({
      code: "unsupported_media_type",
    });
    // No Content-Type at all (bytes) is read as JSON, as before.
    expect(await readJsonBody(new Request(url, { method: "POST", body: new TextEncoder().encode('{"a":1}') }))).toEqual({ a: 1 });
  });

  it("are read only through the size-limited reader in every route", () => {
    const unlimited: string[] = [];
    const walk = (dir: string) => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const full = path.join(dir, entry.name);
        if (entry.isDirectory()) walk(full);
        else if (
          entry.name === "route.ts" &&
          /request\.(json|text|formData|arrayBuffer|blob)\(|request\.body\b/.test(readFileSync(full, "utf8"))
        )
          unlimited.push(full);
      }
    };
    walk(path.resolve("app/api"));
    expect(unlimited).toEqual([]);
  });
});
