import { getToken } from "next-auth/jwt";
import { NextResponse, type NextRequest } from "next/server";
import { authSecret } from "@/app/_lib/auth-secret";
import { jsonError } from "@/app/_lib/api";
import { contentSecurityPolicy, newNonce } from "@/app/_lib/content-security-policy";
import { undecodablePath } from "@/app/_lib/url-path";

const PUBLIC_PAGES = ["/login", "/register"];

const isUnder = (pathname: string, prefix: string) => pathname === prefix || pathname.startsWith(`${prefix}/`);

/**
 * Runs before routing, for pages and for any API path with a percent sign in it:
 * - a path that is not valid percent-encoded UTF-8 is refused with 400 here, because Next.js's own
 *   router fails on it later (its fallback renders a `/400` page an App Router app does not have,
 *   so the answer would be a bare 500);
 * - pages get a per-request nonce and the strict Content-Security-Policy that carries it;
 * - an early, cheap check for pages: no session means a redirect to sign-in. Every page and route
 *   still checks the session and role itself.
 */
export async function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  const isApi = isUnder(pathname, "/api");
  const malformed = undecodablePath(pathname);
  if (isApi) {
    return malformed
      ? jsonError("bad_request", "The address has a malformed percent-encoding (it is not valid UTF-8).")
      : NextResponse.next();
  }

  const policy = contentSecurityPolicy(newNonce(), process.env.NODE_ENV === "development");
  // Next.js reads the nonce from the request's policy and puts it on every script it renders.
  const headers = new Headers(request.headers);
  headers.set("Content-Security-Policy", policy);
  if (malformed) {
    const page = NextResponse.rewrite(new URL("/bad-address", request.url), { status: 400, request: { headers } });
    page.headers.set("Content-Security-Policy", policy);
    return page;
  }
  if (!PUBLIC_PAGES.some((p) => isUnder(pathname, p))) {
    const token = await getToken({ req: request, secret: authSecret() });
    if (!token?.uid) {
      const login = new URL("/login", request.url);
      login.searchParams.set("callbackUrl", `${pathname}${search}`);
      return NextResponse.redirect(login);
    }
  }
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("Content-Security-Policy", policy);
  return response;
}

export const config = {
  matcher: [
    // Pages (API routes check the session themselves: requireUser answers 401 JSON).
    "/((?!api/|_next/static|_next/image|favicon.ico|icon.svg|robots.txt).*)",
    // API paths only when they hold a percent sign, so the review hot path never pays for the proxy.
    "/api/:path(.*%.*)",
  ],
};
