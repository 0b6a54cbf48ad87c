import type { Metadata } from "next";
import Link from "next/link";
import { RegisterForm } from "@/components/auth/register-form";
import { safeCallbackUrl } from "@/app/_lib/safe-callback-url";
import { TEXT_LIMITS } from "@/server/text-limits";

export const metadata: Metadata = { title: "Create an account" };

export default async function RegisterPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const params = await searchParams;
  return (
    <div className="card stack">
      <h1>Create an account</h1>
      <RegisterForm callbackUrl={safeCallbackUrl(params.callbackUrl)} limits={TEXT_LIMITS} />
      <p className="small">
        Already have an account? <Link href="/login">Sign in</Link>
      </p>
    </div>
  );
}
