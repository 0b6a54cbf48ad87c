import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { LoginForm } from "@/components/auth/login-form";
import { currentUser } from "@/app/_lib/session";
import { safeCallbackUrl } from "@/app/_lib/safe-callback-url";
import { demoAccounts } from "@/server/accounts/demo";
import { TEXT_LIMITS } from "@/server/text-limits";

export const metadata: Metadata = { title: "Sign in" };
export const dynamic = "force-dynamic";

export default async function LoginPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const params = await searchParams;
  const callbackUrl = safeCallbackUrl(params.callbackUrl);
  if (await currentUser()) redirect(callbackUrl);
  const demo = demoAccounts();
  return (
    <div className="card stack">
      <h1>Sign in</h1>
      {params.deleted ? (
        <p className="alert alert-info" role="status">
          Your account and everything in it were deleted.
        </p>
      ) : null}
      {params.registered ? (
        <p className="alert alert-info" role="status">
          Your account is ready. Sign in with your new password.
        </p>
      ) : null}
      <LoginForm callbackUrl={callbackUrl} limits={TEXT_LIMITS} />
      <p className="small">
        New to Demarc? <Link href={`/register?callbackUrl=${encodeURIComponent(callbackUrl)}`}>Create an account</Link>
      </p>
      {demo ? (
        <aside className="alert alert-info small" aria-label="Demo accounts">
          <strong>Demo accounts:</strong> {demo.emails.join(" or ")}, password <code>{demo.password}</code>.
        </aside>
      ) : null}
    </div>
  );
}
