import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { z } from "zod";
import { getDb } from "@/db";
import { findLoginByEmail, normaliseEmail } from "@/db/queries/users";
import { hitRateLimit } from "@/db/queries/rate-limits";
import type { Role } from "@/db/schema";
import { authSecret } from "@/app/_lib/auth-secret";
import { verifyPassword } from "@/server/accounts/passwords";
import { clientIp } from "@/app/_lib/client-ip";
import { SIGN_IN_PER_EMAIL, SIGN_IN_PER_IP } from "@/server/rate-limit-rules";

const credentialsSchema = z.object({
  email: z.string().trim().min(1).max(320),
  password: z.string().min(1).max(200),
});

const SESSION_MAX_AGE_SECONDS = 30 * 24 * 60 * 60;

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
        const db = getDb();
        const user = await findLoginByEmail(db, parsed.data.email);
        const valid = await verifyPassword(parsed.data.password, user?.passwordHash);
        if (!valid || !user) {
          // Failures count against the email and the address; the route refuses with 429 past the limit.
          await hitRateLimit(db, `sign-in:email:${normaliseEmail(parsed.data.email)}`, SIGN_IN_PER_EMAIL);
          await hitRateLimit(db, `sign-in:ip:${clientIp(request?.headers ?? {})}`, SIGN_IN_PER_IP);
          return null;
        }
        return { id: user.id, email: user.email, name: user.name, role: user.role };
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user) {
        token.uid = user.id;
        token.role = user.role;
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
