"use client";

import { useActionState, useEffect, useRef } from "react";
import { api, errorMessage, fieldErrorsOf } from "@/components/api-client";
import { useDeviceTimeZone } from "@/components/ui/device-time-zone";
import { submitKeepingValues } from "@/components/ui/form-submit";
import { ErrorAlert } from "@/components/ui/error-alert";
import type { TextLimits } from "@/server/text-limits";
import { Field } from "@/components/ui/field";
import { PasswordField } from "@/components/ui/password-field";
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

export function RegisterForm({
  callbackUrl,
  limits,
}: {
  callbackUrl: string;
  limits: Pick<TextLimits, "accountName" | "email" | "passwordMin" | "password">;
}) {
  const [state, formAction, pending] = useActionState(register, { ok: false });
  // Keep the password to sign in with once the account exists.
  const submittedPassword = useRef("");
  // The device's own zone, so the learner's day starts when theirs does.
  const timeZone = useDeviceTimeZone();
  const errors = state.fieldErrors ?? {};
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
      <ErrorAlert message={state.ok ? null : state.message} />
      {state.ok ? (
        <p className="alert alert-info" role="status">
          Account created — signing you in…
        </p>
      ) : null}
      <Field
        id="name"
        label="Name"
        hint={`Up to ${limits.accountName} characters. Instructors see it in their class lists.`}
        errors={errors.name}
      >
        {(control) => (
          <input {...control} name="name" autoComplete="name" maxLength={limits.accountName} defaultValue={state.values?.name} required />
        )}
      </Field>
      <Field id="email" label="Email" errors={errors.email}>
        {(control) => (
          <input
            {...control}
            name="email"
            type="email"
            autoComplete="email"
            maxLength={limits.email}
            defaultValue={state.values?.email}
            required
          />
        )}
      </Field>
      <PasswordField
        id="password"
        label="Password"
        hint={`${limits.passwordMin} to ${limits.password} characters.`}
        errors={errors.password}
        purpose="new"
        minLength={limits.passwordMin}
        maxLength={limits.password}
      />
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
