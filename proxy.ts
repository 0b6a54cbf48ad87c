import { getToken } from "next-auth/jwt";
import { NextResponse, type NextRequest } from "next/server";
import { authSecret } from "@/app/_lib/auth-secret";

const PUBLIC_PAGES = ["/login", "/register"];
const PUBLIC_API = ["/api/auth", "/api/health", "/api/register"];

const isUnder = (pathname: string, prefix: string) => pathname === prefix || pathname.startsWith(`${prefix}/`);

/**
 * An early, cheap check: no session means sign-in for pages and 401 for APIs. Every route still
 * checks the session and role itself; this only saves a round trip.
 */
export async function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  if (PUBLIC_PAGES.some((p) => isUnder(pathname, p)) || PUBLIC_API.some((p) => isUnder(pathname, p))) {
    return NextResponse.next();
  }
  const token = await getToken({ req: request, secret: authSecret() });
  if (token?.uid) return NextResponse.next();
  if (isUnder(pathname, "/api")) {
    return NextResponse.json(
      { error: { code: "unauthenticated", message: "Sign in to use this endpoint." } },
      { status: 401 },
    );
  }
  const login = new URL("/login", request.url);
  login.searchParams.set("callbackUrl", `${pathname}${search}`);
  return NextResponse.redirect(login);
}

export const config = {
  matcher: ["/((?!_next/static|_next/image|favicon.ico|icon.svg|robots.txt).*)"],
};
