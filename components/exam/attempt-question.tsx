import type { ReactNode } from "react";
import { ErrorAlert } from "@/components/ui/error-alert";

/**
 * The question on screen in either attempt runner (timed, or a practice assignment): its card, and
 * above it what last went wrong (an answer not saved or not checked), announced at once.
 */
export function AttemptQuestion({ number, error, children }: { number: number; error: string | null; children: ReactNode }) {
  return (
    <>
      <ErrorAlert message={error} />
      <section className="card stack" aria-label={`Question ${number}`}>
        {children}
      </section>
    </>
  );
}
