import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { z } from "zod";
import { authSecret } from "@/app/_lib/auth-secret";
import { clientIp } from "@/app/_lib/client-ip";
import { SESSION_MAX_AGE_SECONDS } from "@/app/_lib/session-cookie";
import { checkCredentials, type Role } from "@/server/accounts/sign-in";
import { getDb } from "@/server/db";
import { TEXT_LIMITS } from "@/server/text-limits";

const credentialsSchema = z.object({
  email: z.string().trim().min(1).max(TEXT_LIMITS.email),
  password: z.string().min(1).max(TEXT_LIMITS.password),
});

export const authOptions: NextAuthOptions = {
  secret: authSecret(),
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
  pages: { signIn: "/login", error: "/login" },
  providers: [
    CredentialsProvider({
      id: "credentials",
      name: "Email and password",
      credentials: {
        email: { label: "Email", type: "email" },
        password: { label: "Password", type: "password" },
      },
      async authorize(credentials, request) {
        const parsed = credentialsSchema.safeParse(credentials);
        if (!parsed.success) return null;
        // Failures count against the email and the address; the route refuses with 429 past the limit.
        return checkCredentials(getDb(), parsed.data.email, parsed.data.password, clientIp(request?.headers ?? {}));
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user) {
        token.uid = user.id;
        token.role = user.role;
        token.sv = user.sessionVersion;
      }
      return token;
    },
    session({ session, token }) {
      if (session.user) {
        session.user.id = token.uid as string;
        session.user.role = token.role as Role;
      }
      return session;
    },
  },
};
