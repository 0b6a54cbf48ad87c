import type { IncomingMessage, ServerResponse } from "node:http";
import { gzip } from "node:zlib";
import { promisify } from "node:util";
import { BODY_LIMITS, bodyTooLarge } from "@/app/_lib/api";
import { withRequestCookies } from "@/app/_lib/session";
import * as reviews from "@/app/api/v1/reviews/route";
import * as practiceNext from "@/app/api/v1/practice/next/route";
import * as exams from "@/app/api/v1/exams/route";
import * as examAnswer from "@/app/api/v1/exams/[attemptId]/answers/[questionId]/route";
import * as examSubmit from "@/app/api/v1/exams/[attemptId]/submit/route";
import * as assignmentAttempts from "@/app/api/v1/assignments/[assignmentId]/attempts/route";
import * as assignmentAnswer from "@/app/api/v1/assignments/[assignmentId]/attempts/[attemptId]/answers/[questionKey]/route";
import * as assignmentSubmit from "@/app/api/v1/assignments/[assignmentId]/attempts/[attemptId]/submit/route";

/*
 * The busiest JSON routes, answered without Next.js's request pipeline. The bench measured that
 * pipeline alone (a route handler returning a constant) at about the whole bare baseline's cost per
 * request, so no amount of work inside the handlers could bring Demarc near the baseline. These
 * routes run the very same route handlers (the exports of their route.ts files: same guards, same
 * validation, same domain code, same tests); only the HTTP plumbing around them is this file
 * instead of Next's. Every other request, and any request here this file does not match exactly,
 * goes to Next.js as before.
 */

type RouteHandler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;

export interface LeanRoute {
  method: "GET" | "POST" | "PUT";
  /** The route's folder under app/, with its [dynamic] segments. */
  path: string;
  handler: RouteHandler;
}

const handler = (route: unknown) => route as RouteHandler;

export const LEAN_ROUTES: LeanRoute[] = [
  { method: "POST", path: "/api/v1/reviews", handler: handler(reviews.POST) },
  { method: "GET", path: "/api/v1/practice/next", handler: handler(practiceNext.GET) },
  { method: "POST", path: "/api/v1/exams", handler: handler(exams.POST) },
  { method: "PUT", path: "/api/v1/exams/[attemptId]/answers/[questionId]", handler: handler(examAnswer.PUT) },
  { method: "POST", path: "/api/v1/exams/[attemptId]/submit", handler: handler(examSubmit.POST) },
  { method: "POST", path: "/api/v1/assignments/[assignmentId]/attempts", handler: handler(assignmentAttempts.POST) },
  {
    method: "PUT",
    path: "/api/v1/assignments/[assignmentId]/attempts/[attemptId]/answers/[questionKey]",
    handler: handler(assignmentAnswer.PUT),
  },
  { method: "POST", path: "/api/v1/assignments/[assignmentId]/attempts/[attemptId]/submit", handler: handler(assignmentSubmit.POST) },
];

interface CompiledRoute extends LeanRoute {
  pattern: RegExp;
  names: string[];
}

const compiled: CompiledRoute[] = LEAN_ROUTES.map((route) => {
  const names: string[] = [];
  const source = route.path.replace(/\[(\w+)\]|[^[]+/g, (part, name: string | undefined) => {
    if (!name) return part.replace(/[.*+?^${}()|\\]/g, "\\$&");
    names.push(name);
    return "([^/]+)";
  });
  return { ...route, pattern: new RegExp(`^${source}$`), names };
});

/** The lean route for a method and path, with its decoded params; null means Next.js answers. */
export function matchLeanRoute(method: string | undefined, pathname: string): { route: LeanRoute; params: Record<string, string> } | null {
  for (const route of compiled) {
    if (route.method !== method) continue;
    const match = route.pattern.exec(pathname);
    if (!match) continue;
    const params: Record<string, string> = {};
    try {
      route.names.forEach((name, i) => (params[name] = decodeURIComponent(match[i + 1])));
    } catch {
      return null;
    }
    return { route, params };
  }
  return null;
}

/** Every lean route takes a small JSON body; its handler applies the same limit again. */
const MAX_BODY_BYTES = BODY_LIMITS.small;
/** Next.js compresses answers over 1 kB for clients that accept gzip; so does this. */
const COMPRESS_FROM_BYTES = 1024;
const gzipAsync = promisify(gzip);

function readBody(request: IncomingMessage): Promise<Buffer | null> {
  if (Number(request.headers["content-length"] ?? 0) > MAX_BODY_BYTES) {
    request.resume();
    return Promise.resolve(null);
  }
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        resolve(null);
        request.resume();
        return;
      }
      chunks.push(chunk);
    });
    request.on("end", () => resolve(Buffer.concat(chunks)));
    request.on("error", reject);
  });
}

export interface LeanApiOptions {
  /** Headers every response carries (the security headers next.config.mjs gives every route). */
  headers: [string, string][];
}

/**
 * Answers a request if it is one of the lean routes, and returns true; returns false (having read
 * nothing) for Next.js to answer it instead.
 */
export function leanApi(options: LeanApiOptions) {
  return (request: IncomingMessage, response: ServerResponse): boolean => {
    const url = request.url ?? "/";
    const query = url.indexOf("?");
    const match = matchLeanRoute(request.method, query < 0 ? url : url.slice(0, query));
    if (!match) return false;
    void answer(match.route, match.params, request, response, options).catch((error) => {
      console.error(`[lean api] ${request.method} ${url}`, error);
      if (!response.headersSent)
        send(
          response,
          500,
          { "content-type": "application/json" },
          Buffer.from(JSON.stringify({ error: { code: "internal", message: "Something went wrong on our side." } })),
          options,
        );
      else response.destroy();
    });
    return true;
  };
}

async function answer(
  route: LeanRoute,
  params: Record<string, string>,
  request: IncomingMessage,
  response: ServerResponse,
  options: LeanApiOptions,
) {
  const body = route.method === "GET" ? Buffer.alloc(0) : await readBody(request);
  if (body === null) {
    const refusal = bodyTooLarge(MAX_BODY_BYTES);
    // The rest of the upload is drained unread (readBody resumed the stream), so the client can finish sending and read this.
    send(
      response,
      413,
      { "content-type": "application/json" },
      Buffer.from(JSON.stringify({ error: { code: refusal.code, message: refusal.message } })),
      options,
    );
    return;
  }
  const headers = new Headers();
  for (let i = 0; i < request.rawHeaders.length; i += 2) headers.append(request.rawHeaders[i], request.rawHeaders[i + 1]);
  // As Next.js does when nothing in front of it did: the client address for rate limits.
  if (!headers.has("x-forwarded-for") && request.socket.remoteAddress) headers.set("x-forwarded-for", request.socket.remoteAddress);
  const webRequest = new Request(`http://${headers.get("host") ?? "localhost"}${request.url}`, {
    method: route.method,
    headers,
    body: route.method === "GET" ? undefined : new Uint8Array(body),
  });
  const result = await withRequestCookies(request.headers.cookie, () => route.handler(webRequest, { params: Promise.resolve(params) }));
  const out: Record<string, string> = {};
  result.headers.forEach((value, name) => (out[name] = value));
  let payload = Buffer.from(await result.arrayBuffer());
  if (payload.length >= COMPRESS_FROM_BYTES && /\bgzip\b/.test(request.headers["accept-encoding"] ?? "")) {
    payload = await gzipAsync(payload);
    out["content-encoding"] = "gzip";
    out["vary"] = "Accept-Encoding";
  }
  send(response, result.status, out, payload, options);
}

function send(response: ServerResponse, status: number, headers: Record<string, string>, payload: Buffer, options: LeanApiOptions) {
  for (const [name, value] of options.headers) response.setHeader(name, value);
  for (const [name, value] of Object.entries(headers)) response.setHeader(name, value);
  response.setHeader("content-length", payload.length);
  response.writeHead(status);
  response.end(payload);
}
