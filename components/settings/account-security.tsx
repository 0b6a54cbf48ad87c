"use client";

import { useState } from "react";
import { api, errorMessage, fieldErrorsOf } from "@/components/api-client";
import { describedField, FieldError, type FieldErrors } from "@/components/ui/field-errors";

/** Change password (POST /api/v1/me/password) and sign out of every device (DELETE /api/v1/me/sessions). */
export function AccountSecurity({ password }: { password: { min: number; max: number } }) {
  const [errors, setErrors] = useState<FieldErrors>({});
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [pending, setPending] = useState<"password" | "sessions" | null>(null);

  async function changePassword(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    setPending("password");
    setMessage(null);
    try {
      await api("/api/v1/me/password", {
        method: "POST",
        body: { currentPassword: data.get("currentPassword"), newPassword: data.get("newPassword") },
      });
      form.reset();
      setErrors({});
      setMessage({ ok: true, text: "Password changed. Every other device that was signed in is now signed out." });
    } catch (failure) {
      setErrors(fieldErrorsOf(failure));
      setMessage({ ok: false, text: errorMessage(failure) });
    } finally {
      setPending(null);
    }
  }

  async function signOutEverywhere() {
    setPending("sessions");
    setMessage(null);
    try {
      await api("/api/v1/me/sessions", { method: "DELETE" });
      // A full page load: nothing of the session may stay in memory.
      // eslint-disable-next-line @next/next/no-location-assign-relative-destination -- see above
      window.location.assign("/login");
    } catch (failure) {
      setPending(null);
      setMessage({ ok: false, text: errorMessage(failure) });
    }
  }

  return (
    <section className="card stack" aria-labelledby="account-heading">
      <h2 id="account-heading">Password and sessions</h2>
      {message ? (
        <p className={`alert ${message.ok ? "alert-info" : "alert-error"}`} role={message.ok ? "status" : "alert"}>
          {message.text}
        </p>
      ) : null}
      <form className="stack" noValidate onSubmit={changePassword}>
        <div className="field">
          <label htmlFor="currentPassword">Current password</label>
          <input
            {...describedField(errors, "currentPassword")}
            type="password"
            autoComplete="current-password"
            maxLength={password.max}
            required
          />
          <p className="field-hint" id="currentPassword-hint">
            Needed to change it, so a borrowed session cannot.
          </p>
          <FieldError errors={errors} name="currentPassword" />
        </div>
        <div className="field">
          <label htmlFor="newPassword">New password</label>
          <input
            {...describedField(errors, "newPassword")}
            type="password"
            autoComplete="new-password"
            minLength={password.min}
            maxLength={password.max}
            required
          />
          <p className="field-hint" id="newPassword-hint">
            {password.min} to {password.max} characters. Every other device signed in as you is signed out.
          </p>
          <FieldError errors={errors} name="newPassword" />
        </div>
        <button type="submit" className="button" disabled={pending !== null}>
          {pending === "password" ? "Changing…" : "Change password"}
        </button>
      </form>
      <div className="stack">
        <p className="small muted" id="sign-out-everywhere-hint">
          Lost a device, or signed in somewhere you should not have? This ends every session, this one included.
        </p>
        <button
          type="button"
          className="button button-quiet"
          aria-describedby="sign-out-everywhere-hint"
          disabled={pending !== null}
          onClick={signOutEverywhere}
        >
          {pending === "sessions" ? "Signing out…" : "Sign out of every device"}
        </button>
      </div>
    </section>
  );
}
