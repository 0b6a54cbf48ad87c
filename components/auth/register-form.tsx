"use client";

import { useActionState, useEffect, useRef } from "react";
import { api, errorMessage, fieldErrorsOf } from "@/components/api-client";
import { useDeviceTimeZone } from "@/components/ui/device-time-zone";
import { submitKeepingValues } from "@/components/ui/form-submit";
import type { TextLimits } from "@/server/text-limits";
import type { RegisterFormState } from "./register-form-state";
import { signInWithPassword } from "./sign-in-with-password";

/** POST /api/register; the values typed come back with the state so a refused form keeps them. */
async function register(_previous: RegisterFormState, form: FormData): Promise<RegisterFormState> {
  const input = {
    name: String(form.get("name") ?? ""),
    email: String(form.get("email") ?? ""),
    password: String(form.get("password") ?? ""),
    role: form.get("role") ?? undefined,
    timeZone: form.get("timeZone") || undefined,
  };
  const values = { name: input.name, email: input.email, role: String(input.role ?? "") };
  try {
    await api("/api/register", { method: "POST", body: input });
    return { ok: true, values };
  } catch (failure) {
    return { ok: false, message: errorMessage(failure), fieldErrors: fieldErrorsOf(failure), values };
  }
}

function FieldError({ id, errors }: { id: string; errors?: string[] }) {
  if (!errors?.length) return null;
  return (
    <p className="field-error" id={id}>
      {errors.join(" ")}
    </p>
  );
}

export function RegisterForm({ callbackUrl, limits }: { callbackUrl: string; limits: Pick<TextLimits, "accountName" | "email" | "passwordMin" | "password"> }) {
  const [state, formAction, pending] = useActionState(register, { ok: false });
  // Keep the password to sign in with once the account exists.
  const submittedPassword = useRef("");
  // The device's own zone, so the learner's day starts when theirs does.
  const timeZone = useDeviceTimeZone();
  const errors = state.fieldErrors ?? {};
  const invalid = (name: string, hint?: string) => {
    const error = errors[name]?.length ? `${name}-error` : undefined;
    const describedBy = [hint, error].filter(Boolean).join(" ");
    return { ...(error ? { "aria-invalid": true } : {}), ...(describedBy ? { "aria-describedby": describedBy } : {}) };
  };

  useEffect(() => {
    if (!state.ok) return;
    // The account exists: sign straight in with the password still in the form.
    void signInWithPassword(state.values?.email ?? "", submittedPassword.current, callbackUrl).then((result) => {
      window.location.assign(result.ok ? result.url : "/login?registered=1");
    });
  }, [state, callbackUrl]);

  return (
    <form
      className="stack"
      noValidate
      onSubmit={(event) => {
        submittedPassword.current = String(new FormData(event.currentTarget).get("password") ?? "");
        submitKeepingValues(formAction)(event);
      }}
    >
      {state.message && !state.ok ? (
        <p className="alert alert-error" role="alert">
          {state.message}
        </p>
      ) : null}
      {state.ok ? (
        <p className="alert alert-info" role="status">
          Account created — signing you in…
        </p>
      ) : null}
      <div className="field">
        <label htmlFor="name">Name</label>
        <input id="name" name="name" autoComplete="name" maxLength={limits.accountName} defaultValue={state.values?.name} required {...invalid("name", "name-hint")} />
        <p className="field-hint" id="name-hint">
          Up to {limits.accountName} characters. Instructors see it in their class lists.
        </p>
        <FieldError id="name-error" errors={errors.name} />
      </div>
      <div className="field">
        <label htmlFor="email">Email</label>
        <input id="email" name="email" type="email" autoComplete="email" maxLength={limits.email} defaultValue={state.values?.email} required {...invalid("email")} />
        <FieldError id="email-error" errors={errors.email} />
      </div>
      <div className="field">
        <label htmlFor="password">Password</label>
        <input
          id="password"
          name="password"
          type="password"
          autoComplete="new-password"
          required
          minLength={limits.passwordMin}
          maxLength={limits.password}
          aria-describedby={errors.password?.length ? "password-error password-hint" : "password-hint"}
          aria-invalid={errors.password?.length ? true : undefined}
        />
        <p className="field-hint" id="password-hint">
          {limits.passwordMin} to {limits.password} characters.
        </p>
        <FieldError id="password-error" errors={errors.password} />
      </div>
      <fieldset className="field" aria-describedby={errors.role?.length ? "role-error" : undefined}>
        <legend>I am a…</legend>
        <div className="choice-row">
          <label>
            <input type="radio" name="role" value="student" defaultChecked={state.values?.role !== "instructor"} /> Student
          </label>
          <label>
            <input type="radio" name="role" value="instructor" defaultChecked={state.values?.role === "instructor"} /> Instructor
          </label>
        </div>
        <FieldError id="role-error" errors={errors.role} />
      </fieldset>
      {timeZone ? (
        <p className="field-hint" id="time-zone-note">
          <input type="hidden" name="timeZone" value={timeZone} />
          Your day follows this device&apos;s time zone, {timeZone}; you can change it in Settings.
        </p>
      ) : null}
      <FieldError id="timeZone-error" errors={errors.timeZone} />
      <button className="button" type="submit" disabled={pending || state.ok}>
        {pending ? "Creating account…" : "Create account"}
      </button>
    </form>
  );
}
