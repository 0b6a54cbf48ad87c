import { getServerSession } from "next-auth";
import { redirect } from "next/navigation";
import type { Role } from "@/db/schema";
import { authOptions } from "./auth";
import { ApiError } from "./api";

export interface SessionUser {
  id: string;
  role: Role;
  name: string;
  email: string;
}

export async function currentUser(): Promise<SessionUser | null> {
  const session = await getServerSession(authOptions);
  if (!session?.user?.id) return null;
  return {
    id: session.user.id,
    role: session.user.role,
    name: session.user.name ?? "",
    email: session.user.email ?? "",
  };
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
