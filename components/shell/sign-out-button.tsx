"use client";

import { useState } from "react";

/** Signs out through next-auth's endpoint directly (keeps next-auth's client library off every page). */
async function signOut() {
  const { csrfToken } = (await fetch("/api/auth/csrf").then((r) => r.json())) as { csrfToken: string };
  await fetch("/api/auth/signout", {
    method: "POST",
    headers: { "Content-Type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ csrfToken, callbackUrl: "/login", json: "true" }),
  });
}

export function SignOutButton() {
  const [pending, setPending] = useState(false);
  return (
    <button
      type="button"
      className="button button-quiet"
      disabled={pending}
      onClick={() => {
        setPending(true);
        void signOut()
          .catch(() => undefined)
          // A full page load, not router.push: nothing of the signed-in session may stay in memory.
          // eslint-disable-next-line @next/next/no-location-assign-relative-destination -- see above
          .finally(() => window.location.assign("/login"));
      }}
    >
      {pending ? "Signing out…" : "Sign out"}
    </button>
  );
}
