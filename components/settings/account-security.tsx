"use client";

import { useState } from "react";
import { api } from "@/components/api-client";
import { FormMessage } from "@/components/ui/form-submit";
import { ErrorAlert } from "@/components/ui/error-alert";
import { PasswordField } from "@/components/ui/password-field";
import { useRequest } from "@/components/ui/use-request";

/** Change password (POST /api/v1/me/password) and sign out of every device (DELETE /api/v1/me/sessions). */
export function AccountSecurity({ password }: { password: { min: number; max: number } }) {
  const { pending, error, fieldErrors: errors, send } = useRequest<"password" | "sessions">();
  const [changed, setChanged] = useState(false);

  async function changePassword(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    const body = { currentPassword: data.get("currentPassword"), newPassword: data.get("newPassword") };
    setChanged(false);
    if (!(await send(() => api("/api/v1/me/password", { method: "POST", body }), { action: "password" }))) return;
    form.reset();
    setChanged(true);
  }

  async function signOutEverywhere() {
    setChanged(false);
    if (!(await send(() => api("/api/v1/me/sessions", { method: "DELETE" }), { action: "sessions", leaving: true }))) return;
    // A full page load: nothing of the session may stay in memory.
    // eslint-disable-next-line @next/next/no-location-assign-relative-destination -- see above
    window.location.assign("/login");
  }

  return (
    <section className="card stack" aria-labelledby="account-heading">
      <h2 id="account-heading">Password and sessions</h2>
      <ErrorAlert message={error} />
      {changed ? (
        <FormMessage state={{ ok: true, message: "Password changed. Every other device that was signed in is now signed out." }} />
      ) : null}
      <form className="stack" noValidate onSubmit={changePassword}>
        <PasswordField
          id="currentPassword"
          label="Current password"
          hint="Needed to change it, so a borrowed session cannot."
          errors={errors.currentPassword}
          purpose="current"
          maxLength={password.max}
        />
        <PasswordField
          id="newPassword"
          label="New password"
          hint={`${password.min} to ${password.max} characters. Every other device signed in as you is signed out.`}
          errors={errors.newPassword}
          purpose="new"
          minLength={password.min}
          maxLength={password.max}
        />
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
