import { getToken } from "next-auth/jwt";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import type { Role } from "@/server/accounts/sign-in";
import { ApiError } from "@/app/_lib/api";
import { authSecret } from "@/app/_lib/auth-secret";
import { setSessionToken } from "@/app/_lib/session-cookie";
import { sessionIsCurrent } from "@/server/accounts/sessions";
import { getDb } from "@/server/db";

export interface SessionUser {
  id: string;
  role: Role;
  name: string;
  email: string;
}

/**
 * The signed-in user, read straight from the encrypted session token (what getServerSession does,
 * without building the whole next-auth handler on every request), if the token's session version
 * is still the user's.
 */
export async function currentUser(): Promise<SessionUser | null> {
  const jar = await cookies();
  const token = await getToken({
    req: { cookies: Object.fromEntries(jar.getAll().map((c) => [c.name, c.value])), headers: {} } as never,
    secret: authSecret(),
  });
  if (!token?.uid || !token.role) return null;
  // A password change or "sign out everywhere" ended this token (cached: server/accounts/sessions.ts).
  if (!(await sessionIsCurrent(getDb(), token.uid, token.sv))) return null;
  return { id: token.uid, role: token.role, name: token.name ?? "", email: token.email ?? "" };
}

/** After a password change: this browser's session goes on, carrying the new session version. */
export async function keepSession(user: SessionUser, sessionVersion: number): Promise<void> {
  await setSessionToken({ uid: user.id, sub: user.id, role: user.role, name: user.name, email: user.email, sv: sessionVersion });
}

/** For pages: the signed-in user, or a redirect to sign-in that comes back here afterwards. */
export async function requirePageUser(returnTo: string, role?: Role): Promise<SessionUser> {
  const user = await currentUser();
  if (!user) redirect(`/login?callbackUrl=${encodeURIComponent(returnTo)}`);
  if (role && user.role !== role) redirect("/?denied=1");
  return user;
}

/** For API routes: the signed-in user, or a 401 / 403 JSON refusal. */
export async function requireUser(role?: Role): Promise<SessionUser> {
  const user = await currentUser();
  if (!user) throw new ApiError("unauthenticated", "Sign in to use this endpoint.");
  if (role && user.role !== role) throw new ApiError("forbidden", `This endpoint is for ${role}s.`);
  return user;
}
