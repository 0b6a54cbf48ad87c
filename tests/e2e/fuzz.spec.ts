/**
 * Malformed input never answers 5xx. The corpus is generated from the route files themselves:
 * every method of every route under app/api, each path parameter replaced in turn by malformed
 * values (the rest are real ids, so handlers run deep), bad query strings, bad bodies and content
 * types on every route that reads one, and broken cookies; then every page with malformed params.
 * Requests go out raw (node:http), so the path bytes arrive exactly as written.
 */
import http from "node:http";
import { expect, test } from "@playwright/test";
import { apiRoutes, pagePatterns } from "./routes";
import { buildWorld, fill, paramsOf, type World } from "./world";

interface Case {
  label: string;
  method: string;
  path: string;
  headers?: Record<string, string>;
  body?: string | Buffer;
  /** Pages: what the answer must be for a malformed percent-encoding. */
  expectBadAddress?: boolean;
  /** Send the body in chunks with no Content-Length (POST, PUT and PATCH only). */
  chunked?: boolean;
}

interface Answer {
  status: number;
  contentType: string;
  body: string;
}

const agent = new http.Agent({ keepAlive: true, maxSockets: 4 });

/**
 * One raw request. The body goes out 64 KB at a time and stops once an answer has come, as a
 * browser does when a server refuses early (413) instead of reading everything; a connection left
 * with half a body is then closed, never reused.
 */
function send(baseURL: string, item: Case): Promise<Answer> {
  const url = new URL(baseURL);
  return new Promise((resolve) => {
    let answered = false;
    let bodySent = false;
    const request = http.request(
      {
        host: url.hostname,
        port: url.port,
        method: item.method,
        path: item.path,
        // Node's client sends a DELETE body with neither length nor chunking unless told its length.
        headers: {
          ...item.headers,
          ...(item.body !== undefined && !item.chunked ? { "content-length": String(Buffer.byteLength(item.body)) } : {}),
        },
        agent,
      },
      (response) => {
        answered = true;
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => chunks.push(chunk));
        response.on("error", () => undefined);
        response.on("end", () => {
          resolve({
            status: response.statusCode ?? 0,
            contentType: String(response.headers["content-type"] ?? ""),
            body: Buffer.concat(chunks).toString("utf8"),
          });
          if (!bodySent) request.destroy();
        });
      },
    );
    request.on("error", (error) => {
      if (!answered) resolve({ status: 0, contentType: "", body: `no answer: ${error.message}` });
    });
    void (async () => {
      const bytes = item.body === undefined ? Buffer.alloc(0) : Buffer.from(item.body);
      for (let at = 0; at < bytes.length; at += 64 * 1024) {
        if (answered || request.destroyed) return;
        await new Promise<void>((done) => request.write(bytes.subarray(at, at + 64 * 1024), () => done()));
      }
      bodySent = true;
      if (!request.destroyed) request.end();
    })();
  });
}

/** The percent-encodings from the security review, then other ways to be wrong. */
export const MALFORMED_ENCODINGS = ["%", "%E0%A4%A", "%C0%AE%C0%AE", "%ZZ", "abc%", "%FF", "%ED%A0%80", "%F4%90%80%80"];
const ODD_VALUES = [
  "%00",
  "%25",
  "..%2F..%2Fetc%2Fpasswd",
  "-1",
  "1e308",
  "null",
  "%5B%5D",
  "'%20OR%201=1--",
  "%3Cscript%3Ealert(1)%3C%2Fscript%3E",
  "%F0%9F%98%80",
  "x".repeat(6000),
];

const BAD_BODIES: { label: string; contentType?: string; body: string | Buffer }[] = [
  { label: "not JSON", contentType: "application/json", body: "{oops" },
  { label: "empty", contentType: "application/json", body: "" },
  { label: "array", contentType: "application/json", body: "[]" },
  { label: "number", contentType: "application/json", body: "123" },
  { label: "null", contentType: "application/json", body: "null" },
  { label: "string", contentType: "application/json", body: '"text"' },
  { label: "deep nesting", contentType: "application/json", body: `${"[".repeat(5000)}${"]".repeat(5000)}` },
  {
    label: "wrong types",
    contentType: "application/json",
    body: JSON.stringify({
      name: [],
      email: {},
      password: 1,
      role: null,
      code: 7,
      title: [1],
      gift: {},
      choiceIds: "a",
      rating: "x",
      reviewId: 1,
      cardId: [],
      selection: "x",
      options: [],
      blueprint: 5,
      action: {},
      examDate: [],
      flagged: "yes",
      dueAt: "soon",
    }),
  },
  {
    label: "huge string",
    contentType: "application/json",
    body: JSON.stringify({ name: "x".repeat(2_000_000), gift: "y".repeat(2_000_000) }),
  },
  { label: "invalid UTF-8", contentType: "application/json", body: Buffer.from([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x3a, 0x31, 0x7d]) },
  { label: "form-encoded", contentType: "application/x-www-form-urlencoded", body: "name=a&email=%&password=%C0%AE" },
  {
    label: "multipart",
    contentType: "multipart/form-data; boundary=xyz",
    body: '--xyz\r\nContent-Disposition: form-data; name="a"\r\n\r\nb\r\n--xyz--\r\n',
  },
  { label: "text/plain", contentType: "text/plain", body: '{"name":"a"}' },
  { label: "no content type", body: '{"name":"a"}' },
  { label: "charset latin1", contentType: "application/json; charset=iso-8859-1", body: '{"name":"\u00e9"}' },
];

function corpus(world: World): Case[] {
  const cases: Case[] = [];
  const users = [
    { who: "student", cookie: world.student.cookie },
    { who: "instructor", cookie: world.instructor.cookie },
  ];
  for (const route of apiRoutes()) {
    for (const method of route.methods) {
      for (const { who, cookie } of users) {
        const headers = { cookie, accept: "application/json" };
        for (const name of paramsOf(route.pattern)) {
          for (const value of [...MALFORMED_ENCODINGS, ...ODD_VALUES]) {
            cases.push({
              label: `${who} ${method} ${route.pattern} [${name}]=${value.slice(0, 20)}`,
              method,
              path: fill(world, route.pattern, { name, value }),
              headers,
            });
          }
        }
        // A malformed encoding in a static segment, and after the route.
        cases.push({ label: `${who} ${method} ${route.pattern}/%`, method, path: `${fill(world, route.pattern)}/%`, headers });
        cases.push({
          label: `${who} ${method} ${route.pattern} + %C0%AE segment`,
          method,
          path: fill(world, route.pattern).replace(/\/([^/]+)$/, "/%C0%AE$1"),
          headers,
        });
        if (method === "GET") {
          const query =
            "?mode=%&model=%C0%AE&topic=%E0%A4%A&fact=&service=%00&q=" +
            "z".repeat(3000) +
            "&offset=-1&limit=1e9&seed=%FF&prefer=%&finishDays=x";
          cases.push({ label: `${who} GET ${route.pattern} bad query`, method, path: fill(world, route.pattern) + query, headers });
        }
        if (route.readsBody && method !== "GET") {
          for (const bad of BAD_BODIES) {
            cases.push({
              label: `${who} ${method} ${route.pattern} body: ${bad.label}`,
              method,
              path: fill(world, route.pattern),
              headers: { ...headers, ...(bad.contentType ? { "content-type": bad.contentType } : {}) },
              body: bad.body,
            });
          }
        }
      }
      // Broken and hostile cookies.
      for (const cookie of [
        "next-auth.session-token=garbage",
        `next-auth.session-token=${"a".repeat(4000)}`,
        "next-auth.session-token=eyJ.%.%",
        "=; ;;==",
      ]) {
        cases.push({
          label: `${method} ${route.pattern} cookie ${cookie.slice(0, 30)}`,
          method,
          path: fill(world, route.pattern),
          headers: { cookie },
        });
      }
    }
  }
  for (const pattern of pagePatterns()) {
    for (const { who, cookie } of [...users, { who: "signed out", cookie: "" }]) {
      const headers = cookie ? { cookie } : undefined;
      for (const name of paramsOf(pattern)) {
        for (const value of MALFORMED_ENCODINGS) {
          cases.push({
            label: `${who} page ${pattern} [${name}]=${value}`,
            method: "GET",
            path: fill(world, pattern, { name, value }),
            headers,
            expectBadAddress: true,
          });
        }
        for (const value of ODD_VALUES)
          cases.push({
            label: `${who} page ${pattern} [${name}]=${value.slice(0, 20)}`,
            method: "GET",
            path: fill(world, pattern, { name, value }),
            headers,
          });
      }
      cases.push({
        label: `${who} page ${pattern}/%`,
        method: "GET",
        path: `${fill(world, pattern)}/%`.replace("//", "/"),
        headers,
        expectBadAddress: true,
      });
      cases.push({
        label: `${who} page ${pattern} bad query`,
        method: "GET",
        path: `${fill(world, pattern)}?callbackUrl=%&mode=%C0%AE&registered=%E0%A4%A`,
        headers,
      });
    }
  }
  return cases;
}

test("no malformed URL, parameter, body or cookie gets a 5xx, and API refusals are JSON", async ({ playwright, baseURL }) => {
  test.setTimeout(300_000);
  const world = await buildWorld(playwright, baseURL!);
  const cases = corpus(world);
  expect(cases.length).toBeGreaterThan(1000);

  const failures: string[] = [];
  let next = 0;
  const worker = async () => {
    while (next < cases.length) {
      const item = cases[next++];
      const answer = await send(baseURL!, item);
      const isApi = item.path.startsWith("/api/");
      if (answer.status >= 500 || answer.status === 0) failures.push(`${item.label} → ${answer.status} ${answer.body.slice(0, 120)}`);
      else if (isApi && answer.status >= 400 && !item.path.startsWith("/api/auth/")) {
        if (!answer.contentType.includes("application/json") || !/"error":\{"code":"\w+","message":"[^"]+/.test(answer.body)) {
          failures.push(
            `${item.label} → ${answer.status} without the JSON error shape: ${answer.contentType} ${answer.body.slice(0, 120)}`,
          );
        }
      } else if (item.expectBadAddress && (answer.status !== 400 || !answer.body.includes("This address is broken"))) {
        failures.push(`${item.label} → ${answer.status}, not the 400 page`);
      }
    }
  };
  await Promise.all([worker(), worker(), worker(), worker()]);
  expect(failures).toEqual([]);
  console.log(`fuzz: ${cases.length} requests, 0 answered 5xx`);
});

test("the malformed addresses from the security review answer 400 JSON or the 400 page", async ({ request }) => {
  for (const address of [
    "/api/v1/exams/%",
    "/api/v1/classes/%E0%A4%A/gradebook.csv",
    "/api/v1/exams/%C0%AE%C0%AE",
    "/api/v1/reviews/%/undo",
    "/api/v1/assignments/%C0%AE%C0%AE/results",
  ]) {
    const response = await request.get(address);
    expect(response.status(), address).toBe(400);
    expect((await response.json()).error.code).toBe("bad_request");
  }
  const page = await request.get("/exams/%C0%AE%C0%AE");
  expect(page.status()).toBe(400);
  expect(await page.text()).toContain("This address is broken");
});

test("every route that reads a body refuses an oversized one with 413 JSON, declared or streamed", async ({ playwright, baseURL }) => {
  test.setTimeout(120_000);
  const world = await buildWorld(playwright, baseURL!);
  const huge = JSON.stringify({ text: "x".repeat(4 * 1024 * 1024) });
  const refused: string[] = [];
  const accepted: string[] = [];
  // DELETE handlers take no body (none reads one), so only POST, PUT and PATCH are asked.
  for (const route of apiRoutes().filter((r) => r.readsBody)) {
    for (const method of route.methods.filter((m) => m === "POST" || m === "PUT" || m === "PATCH")) {
      const label = `${method} ${route.pattern}`;
      for (const chunked of [false, true]) {
        const answers: number[] = [];
        for (const cookie of [world.student.cookie, world.instructor.cookie]) {
          const request = {
            label,
            method,
            path: fill(world, route.pattern),
            headers: { cookie, "content-type": "application/json" },
            body: huge,
            chunked,
          };
          // Status 0: the server's early answer and its closing the socket raced the upload in
          // this client (it saw the reset first); ask again rather than count a transport race.
          let answer = await send(baseURL!, request);
          for (let retry = 0; answer.status === 0 && retry < 3; retry++) answer = await send(baseURL!, request);
          answers.push(answer.status);
          if (answer.status === 413 && !/"code":"payload_too_large"/.test(answer.body))
            refused.push(`${label}: 413 without the JSON error`);
        }
        const how = chunked ? "streamed" : "declared";
        if (!answers.includes(413)) refused.push(`${label} (${how}) → ${answers.join(", ")}`);
        if (answers.some((status) => status < 400 || status >= 500)) accepted.push(`${label} (${how}) → ${answers.join(", ")}`);
      }
    }
  }
  expect(refused).toEqual([]);
  expect(accepted).toEqual([]);
});
