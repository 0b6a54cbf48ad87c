import { randomUUID } from "node:crypto";
import { existsSync } from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { gunzipSync } from "node:zlib";
import { encode } from "next-auth/jwt";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { LEAN_ROUTES, leanApi } from "@/app/_lib/lean-api";
import { authSecret } from "@/app/_lib/auth-secret";
import { getDb } from "@/db";
import { createUser } from "@/db/queries/users";

/*
 * The lean API over real HTTP: a node:http server with the lean routes in front of a stand-in for
 * Next.js that answers 418, so a test can tell who answered. The route handlers, guards, domain
 * code and database are the production ones.
 */
let server: http.Server;
let base = "";

beforeAll(async () => {
  const lean = leanApi({ headers: [["X-Content-Type-Options", "nosniff"]] });
  server = http.createServer((request, response) => {
    if (lean(request, response)) return;
    response.writeHead(418, { "content-type": "text/plain" });
    response.end("next.js");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

async function sessionOf(role: "student" | "instructor") {
  const user = await createUser(getDb(), { email: `lean-${randomUUID()}@example.com`, name: "Lean", passwordHash: "x", role });
  const token = await encode({ token: { sub: user.id, uid: user.id, role, name: user.name, email: user.email }, secret: authSecret() });
  return { user, cookie: `other=1; next-auth.session-token=${token}` };
}

function call(method: string, url: string, options: { cookie?: string; body?: string; gzip?: boolean } = {}) {
  return new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }>((resolve, reject) => {
    const request = http.request(`${base}${url}`, {
      method,
      headers: {
        ...(options.cookie ? { cookie: options.cookie } : {}),
        ...(options.body !== undefined ? { "content-type": "application/json" } : {}),
        ...(options.gzip ? { "accept-encoding": "gzip" } : {}),
      },
    });
    request.on("response", (response) => {
      const chunks: Buffer[] = [];
      response.on("data", (chunk: Buffer) => chunks.push(chunk));
      response.on("end", () => resolve({ status: response.statusCode!, headers: response.headers, body: Buffer.concat(chunks) }));
    });
    request.on("error", reject);
    request.end(options.body);
  });
}

const json = (body: Buffer) => JSON.parse(body.toString("utf8"));

describe("the lean API in front of Next.js", () => {
  it("serves each lean route with the handler its route.ts exports", async () => {
    for (const route of LEAN_ROUTES) {
      const file = path.join(process.cwd(), "app", route.path, "route.ts");
      expect(existsSync(file), file).toBe(true);
      const routeModule = (await import(file)) as Record<string, unknown>;
      expect(routeModule[route.method], `${route.method} ${route.path}`).toBe(route.handler);
    }
  });

  it("answers the practice loop over HTTP as Next.js would: next card, review, a retried review once", async () => {
    const { cookie } = await sessionOf("student");
    const next = await call("GET", "/api/v1/practice/next?mode=quiz", { cookie });
    expect(next.status).toBe(200);
    expect(next.headers["x-content-type-options"]).toBe("nosniff");
    const { card } = json(next.body);
    const review = JSON.stringify({ reviewId: randomUUID(), cardId: card.id, choiceIds: [card.question.choices[0].id], durationMs: 1500 });
    const first = await call("POST", "/api/v1/reviews", { cookie, body: review });
    expect(first.status).toBe(201);
    expect(json(first.body).card.reps).toBeGreaterThan(0);
    const again = await call("POST", "/api/v1/reviews", { cookie, body: review });
    expect(again.status).toBe(200);
    expect(json(again.body).duplicate).toBe(true);
  });

  it("refuses like the route handlers do: 401 without a session, 403 for the wrong role, 400 for a bad body, 404 for another's attempt", async () => {
    const anonymous = await call("POST", "/api/v1/reviews", { body: "{}" });
    expect(anonymous.status).toBe(401);
    expect(json(anonymous.body).error.code).toBe("unauthenticated");
    expect(anonymous.headers["x-content-type-options"]).toBe("nosniff");

    const instructor = await sessionOf("instructor");
    const wrongRole = await call("POST", `/api/v1/assignments/${randomUUID()}/attempts`, { cookie: instructor.cookie });
    expect(wrongRole.status).toBe(403);

    const student = await sessionOf("student");
    const notJson = await call("POST", "/api/v1/reviews", { cookie: student.cookie, body: "{oops" });
    expect(notJson.status).toBe(400);
    expect(json(notJson.body).error.message).toMatch(/valid JSON/);
    const invalid = await call("POST", "/api/v1/reviews", { cookie: student.cookie, body: JSON.stringify({ reviewId: "x", cardId: 5 }) });
    expect(invalid.status).toBe(400);
    expect(json(invalid.body).error.fieldErrors).toBeDefined();

    const owner = await sessionOf("student");
    const exam = json(
      (
        await call("POST", "/api/v1/exams", {
          cookie: owner.cookie,
          body: JSON.stringify({ blueprint: "custom", options: { count: 5, minutes: 10 } }),
        })
      ).body,
    );
    const theirs = await call("PUT", `/api/v1/exams/${exam.attemptId}/answers/q1`, {
      cookie: student.cookie,
      body: JSON.stringify({ choiceIds: [exam.questions[0].choices[0].id] }),
    });
    expect(theirs.status).toBe(404);
    const forged = await call("POST", `/api/v1/exams/${exam.attemptId}/submit`, { cookie: "next-auth.session-token=not-a-token" });
    expect(forged.status).toBe(401);
  });

  it("compresses large answers for clients that accept gzip", async () => {
    const { cookie } = await sessionOf("student");
    const started = await call("POST", "/api/v1/exams", { cookie, body: JSON.stringify({ blueprint: "cloud-practitioner" }), gzip: true });
    expect(started.status).toBe(201);
    expect(started.headers["content-encoding"]).toBe("gzip");
    expect(json(gunzipSync(started.body)).questions).toHaveLength(65);
  });

  it("leaves everything else to Next.js: other routes, other methods, a trailing slash", async () => {
    const { cookie } = await sessionOf("student");
    expect((await call("GET", "/api/v1/classes", { cookie })).status).toBe(418);
    expect((await call("GET", "/api/v1/reviews", { cookie })).status).toBe(418);
    expect((await call("POST", "/api/v1/reviews/", { cookie, body: "{}" })).status).toBe(418);
    expect((await call("GET", "/practice", { cookie })).status).toBe(418);
  });
});
