import type { ReactNode } from "react";

/**
 * The question on screen in either attempt runner (timed, or a practice assignment): its card, and
 * above it what last went wrong (an answer not saved or not checked), announced at once.
 */
export function AttemptQuestion({ number, error, children }: { number: number; error: string | null; children: ReactNode }) {
  return (
    <>
      {error ? (
        <p className="alert alert-error" role="alert">
          {error}
        </p>
      ) : null}
      <section className="card stack" aria-label={`Question ${number}`}>
        {children}
      </section>
    </>
  );
}
