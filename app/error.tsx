"use client";

import Link from "next/link";

/** Shown when a page fails on the server: a short message, the reference the log carries, and a way on. */
export default function PageError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <main id="main" className="page-narrow">
      <div className="card stack">
        <h1>Something went wrong</h1>
        <p>This page could not be shown. Nothing you saved was lost.</p>
        {error.digest ? (
          <p className="small muted">
            Reference for support: <code>{error.digest}</code>
          </p>
        ) : null}
        <div style={{ display: "flex", gap: "0.5rem", flexWrap: "wrap" }}>
          <button type="button" className="button" onClick={reset}>
            Try again
          </button>
          <Link className="button button-quiet" href="/">
            Go home
          </Link>
        </div>
      </div>
    </main>
  );
}
