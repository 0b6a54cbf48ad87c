import { getToken } from "next-auth/jwt";
import { NextResponse, type NextRequest } from "next/server";
import { authSecret } from "@/app/_lib/auth-secret";

const PUBLIC_PAGES = ["/login", "/register"];

const isUnder = (pathname: string, prefix: string) => pathname === prefix || pathname.startsWith(`${prefix}/`);

/**
 * An early, cheap check for pages: no session means a redirect to sign-in. Every page and route
 * still checks the session and role itself.
 */
export async function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  if (PUBLIC_PAGES.some((p) => isUnder(pathname, p))) {
    return NextResponse.next();
  }
  const token = await getToken({ req: request, secret: authSecret() });
  if (token?.uid) return NextResponse.next();
  const login = new URL("/login", request.url);
  login.searchParams.set("callbackUrl", `${pathname}${search}`);
  return NextResponse.redirect(login);
}

export const config = {
  // API routes check the session themselves (requireUser answers 401 JSON); pages get redirected here.
  matcher: ["/((?!api/|_next/static|_next/image|favicon.ico|icon.svg|robots.txt).*)"],
};
