import { encode, type JWT } from "next-auth/jwt";
import { cookies } from "next/headers";
import { env } from "@/env";
import { authSecret } from "@/app/_lib/auth-secret";

export const SESSION_MAX_AGE_SECONDS = 30 * 24 * 60 * 60;

/** next-auth's cookie name: the __Secure- prefix when the app is served over https (as getToken expects). */
function sessionCookie() {
  const secure = env().NEXTAUTH_URL?.startsWith("https://") ?? false;
  return { name: `${secure ? "__Secure-" : ""}next-auth.session-token`, secure };
}

/** Replaces this browser's session token (after a password change it carries the new session version). */
export async function setSessionToken(token: JWT): Promise<void> {
  const { name, secure } = sessionCookie();
  const value = await encode({ token, secret: authSecret(), maxAge: SESSION_MAX_AGE_SECONDS });
  (await cookies()).set(name, value, { httpOnly: true, sameSite: "lax", path: "/", secure, maxAge: SESSION_MAX_AGE_SECONDS });
}

/** Signs this browser out: its session cookie is removed. */
export async function clearSessionToken(): Promise<void> {
  const { name, secure } = sessionCookie();
  (await cookies()).set(name, "", { httpOnly: true, sameSite: "lax", path: "/", secure, maxAge: 0 });
}
