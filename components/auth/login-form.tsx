"use client";

import { useState } from "react";
import type { TextLimits } from "@/server/text-limits";
import { Field } from "@/components/ui/field";
import { ErrorAlert } from "@/components/ui/error-alert";
import { PasswordField } from "@/components/ui/password-field";
import { signInWithPassword } from "./sign-in-with-password";

type FieldErrors = { email?: string; password?: string };

export function LoginForm({ callbackUrl, limits }: { callbackUrl: string; limits: Pick<TextLimits, "email" | "password"> }) {
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const email = String(form.get("email") ?? "").trim();
    const password = String(form.get("password") ?? "");
    const errors: FieldErrors = {};
    if (!email) errors.email = "Enter your email address.";
    if (!password) errors.password = "Enter your password.";
    setFieldErrors(errors);
    setFormError(null);
    if (errors.email || errors.password) return;
    setPending(true);
    const result = await signInWithPassword(email, password, callbackUrl);
    if (result.ok) {
      window.location.assign(result.url);
      return;
    }
    setPending(false);
    setFormError(result.message);
  }

  return (
    <form className="stack" onSubmit={onSubmit} noValidate>
      <ErrorAlert message={formError} />
      <Field id="email" label="Email" errors={fieldErrors.email ? [fieldErrors.email] : undefined}>
        {(control) => <input {...control} name="email" type="email" autoComplete="email" maxLength={limits.email} required />}
      </Field>
      <PasswordField
        id="password"
        label="Password"
        errors={fieldErrors.password ? [fieldErrors.password] : undefined}
        purpose="current"
        maxLength={limits.password}
      />
      <button className="button" type="submit" disabled={pending}>
        {pending ? "Signing in…" : "Sign in"}
      </button>
    </form>
  );
}
