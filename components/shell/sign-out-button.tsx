"use client";

import { useState } from "react";

/** Signs out through next-auth's endpoint directly (keeps next-auth's client library off every page). */
async function signOut() {
  const { csrfToken } = (await fetch("/api/auth/csrf").then((r) => r.json())) as { csrfToken: string };
  const response = await fetch("/api/auth/signout", {
    method: "POST",
    headers: { "Content-Type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ csrfToken, callbackUrl: "/login", json: "true" }),
  });
  if (!response.ok) throw new Error(`Signing out failed (${response.status}). Try again.`);
}

export function SignOutButton() {
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  return (
    <>
      <button
        type="button"
        className="button button-quiet"
        disabled={pending}
        onClick={() => {
          setPending(true);
          setError(null);
          signOut().then(
            // A full page load, not router.push: nothing of the signed-in session may stay in memory.
            // eslint-disable-next-line @next/next/no-location-assign-relative-destination -- see above
            () => window.location.assign("/login"),
            (failure: unknown) => {
              setPending(false);
              setError(
                failure instanceof Error && failure.message.startsWith("Signing out")
                  ? failure.message
                  : "Demarc could not be reached, so you are still signed in. Try again.",
              );
            },
          );
        }}
      >
        {pending ? "Signing out…" : "Sign out"}
      </button>
      {error ? (
        <span className="small" role="alert">
          {error}
        </span>
      ) : null}
    </>
  );
}
