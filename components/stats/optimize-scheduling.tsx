"use client";

import { useRouter } from "next/navigation";
import { useActionState } from "react";
import { api, errorMessage } from "@/components/api-client";
import type { Fit, OptimizeResult as Result } from "@/server/stats/types";
import styles from "./stats.module.css";
import { TableHead } from "@/components/ui/table-head";

type OptimizeState = { ok: boolean; message?: string; result?: Result };

function resultMessage(result: Result): string {
  if (result.status === "too_few")
    return `Only ${result.reviews} of the ${result.needed} reviews needed so far: your scheduling keeps the defaults.`;
  if (result.status === "unavailable") return result.message;
  if (result.status === "saved") return "Your personal parameters are saved and schedule your next reviews.";
  return "The new fit was no better on your held-out reviews, so your current parameters stay.";
}

function FitTable({ result }: { result: Extract<Result, { before: Fit }> }) {
  const before = result.usedDefaultsBefore ? "Defaults (before)" : "Your previous parameters";
  return (
    <table className={styles.table}>
      <caption className="small muted" style={{ textAlign: "left" }}>
        Fitted on {result.trainReviews} reviews, measured on {result.heldOutReviews} reviews of other cards held out of the fit. Lower is
        better.
      </caption>
      <TableHead
        columns={[
          { label: "Parameters" },
          { label: "Log loss", className: styles.number },
          { label: "RMSE (bins)", className: styles.number },
        ]}
      />
      <tbody>
        <tr>
          <td>{before}</td>
          <td className={styles.number}>{result.before.logLoss.toFixed(4)}</td>
          <td className={styles.number}>{(result.before.rmseBins * 100).toFixed(1)}%</td>
        </tr>
        <tr>
          <td>Fitted to you (after)</td>
          <td className={styles.number}>{result.after.logLoss.toFixed(4)}</td>
          <td className={styles.number}>{(result.after.rmseBins * 100).toFixed(1)}%</td>
        </tr>
      </tbody>
    </table>
  );
}

/** "Optimize my scheduling": fits FSRS to the learner's own reviews once there are enough of them. */
export function OptimizeScheduling({ reviews, minimum, optimizedAt }: { reviews: number; minimum: number; optimizedAt: string | null }) {
  const router = useRouter();
  const [state, optimizeAction, optimizing] = useActionState(
    async (): Promise<OptimizeState> => {
      try {
        const result = await api<Result>("/api/v1/me/scheduling", { method: "POST" });
        router.refresh();
        return { ok: result.status === "saved" || result.status === "kept", result };
      } catch (failure) {
        return { ok: false, message: errorMessage(failure) };
      }
    },
    { ok: false },
  );
  const [resetState, resetAction, resetting] = useActionState(
    async (): Promise<OptimizeState> => {
      try {
        await api("/api/v1/me/scheduling", { method: "DELETE" });
        router.refresh();
        return { ok: true, message: "Back to FSRS's default parameters." };
      } catch (failure) {
        return { ok: false, message: errorMessage(failure) };
      }
    },
    { ok: false },
  );
  const enough = reviews >= minimum;
  const message = state.message ?? (state.result ? resultMessage(state.result) : undefined);
  return (
    <div className="stack">
      <p>
        {optimizedAt ? (
          <>
            Your reviews are scheduled with <strong>personal parameters</strong>, fitted on {optimizedAt}.
          </>
        ) : (
          <>
            Your reviews are scheduled with <strong>FSRS&apos;s default parameters</strong>.
          </>
        )}{" "}
        You have {reviews} {reviews === 1 ? "review" : "reviews"}; optimizing needs {minimum}.
      </p>
      <p className="small muted">
        Why {minimum}: FSRS&apos;s guidance is to keep the default parameters, fitted on millions of other learners&apos; reviews, until you
        have about {minimum} reviews. With fewer, parameters fitted to your own history mostly fit its noise and predict your memory worse
        than the defaults.
      </p>
      {message ? (
        <p className={`alert ${state.ok ? "alert-info" : "alert-error"}`} role={state.ok ? "status" : "alert"}>
          {message}
        </p>
      ) : null}
      {state.result && "before" in state.result ? <FitTable result={state.result} /> : null}
      {resetState.message ? (
        <p className={`alert ${resetState.ok ? "alert-info" : "alert-error"}`} role={resetState.ok ? "status" : "alert"}>
          {resetState.message}
        </p>
      ) : null}
      <div className={styles.actions}>
        <form action={optimizeAction}>
          <button type="submit" className="button" disabled={!enough || optimizing} aria-describedby={enough ? undefined : "optimize-why"}>
            {optimizing ? "Optimizing…" : "Optimize my scheduling"}
          </button>
        </form>
        {optimizedAt ? (
          <form action={resetAction}>
            <button type="submit" className="button button-quiet" disabled={resetting}>
              Back to the defaults
            </button>
          </form>
        ) : null}
      </div>
      {enough ? null : (
        <p id="optimize-why" className="small muted">
          {minimum - reviews} more {minimum - reviews === 1 ? "review" : "reviews"} to go.
        </p>
      )}
    </div>
  );
}
