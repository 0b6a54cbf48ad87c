import type { Role } from "@/server/accounts/sign-in";

declare module "next-auth" {
  interface User {
    role: Role;
    sessionVersion: number;
  }

  interface Session {
    user: {
      id: string;
      role: Role;
      name?: string | null;
      email?: string | null;
    };
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    uid?: string;
    role?: Role;
    /** The user's session version at sign-in (server/accounts/sessions.ts). */
    sv?: number;
  }
}
