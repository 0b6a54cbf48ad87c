/**
 * Calling route handlers in-process as a signed-in user: a real, signed next-auth session token in
 * the request's cookie jar, read by the real guards. The test file must stand in for next/headers with
 * `cookieJarHeaders` (vi.mock is hoisted per file).
 */
import { encode } from "next-auth/jwt";
import { authSecret } from "@/app/_lib/auth-secret";
import type { Role } from "@/db/schema";

export const jar = new Map<string, string>();

export const cookieJarHeaders = () => ({
  cookies: async () => ({
    getAll: () => [...jar].map(([name, value]) => ({ name, value })),
    get: (name: string) => (jar.has(name) ? { name, value: jar.get(name) } : undefined),
    has: (name: string) => jar.has(name),
    // What a browser does with a Set-Cookie: an empty value or maxAge 0 removes the cookie.
    set: (name: string, value: string, options?: { maxAge?: number }) => {
      if (value === "" || options?.maxAge === 0) jar.delete(name);
      else jar.set(name, value);
    },
    delete: (name: string) => jar.delete(name),
  }),
  headers: async () => new Headers(jar.size ? { cookie: [...jar].map(([name, value]) => `${name}=${value}`).join("; ") } : {}),
});

export interface Caller {
  id: string;
  role: Role;
  name: string;
  email: string;
}

/** Signs in as this user for the calls that follow (or signs out with null). */
export async function signInAs(user: Caller | null) {
  jar.clear();
  if (!user) return;
  const token = await encode({
    token: { sub: user.id, uid: user.id, role: user.role, name: user.name, email: user.email },
    secret: authSecret(),
  });
  jar.set("next-auth.session-token", token);
}

export interface Answer {
  status: number;
  headers: Headers;
  text: string;
  json: any; // eslint-disable-line @typescript-eslint/no-explicit-any -- bodies of every shape; each test reads the fields it checks
}

type Handler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;

/** Calls a handler with a JSON body (or raw text), path params and a URL whose query the handler reads. */
export async function callRoute(
  handler: unknown,
  options: { method?: string; url?: string; params?: Record<string, string>; body?: unknown; rawBody?: string; ip?: string } = {},
): Promise<Answer> {
  const { method = "GET", url = "http://localhost/api/test", params = {}, body, rawBody, ip = "203.0.113.9" } = options;
  const request = new Request(url, {
    method,
    headers: { "content-type": "application/json", "x-forwarded-for": ip },
    body: method === "GET" ? undefined : (rawBody ?? (body === undefined ? undefined : JSON.stringify(body))),
  });
  const response = await (handler as Handler)(request, { params: Promise.resolve(params) });
  // Decoded by hand: Response.text() would drop a byte order mark, and the CSV exports promise one.
  const text = Buffer.from(await response.arrayBuffer()).toString("utf8");
  let json: unknown = null;
  try {
    json = JSON.parse(text);
  } catch {}
  return { status: response.status, headers: response.headers, text, json };
}
