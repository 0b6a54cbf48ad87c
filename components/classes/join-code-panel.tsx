"use client";

import { useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import styles from "./classes.module.css";
import { api, errorMessage } from "@/components/api-client";
import type { JoinCodeState } from "@/server/classes/types";
import { ErrorAlert } from "@/components/ui/error-alert";

/** The class's join code and link: copy them, replace the code, or turn joining off and on. */
export function JoinCodePanel({ classId, joinCode, enabled }: { classId: string; joinCode: string; enabled: boolean }) {
  const router = useRouter();
  const [origin, setOrigin] = useState("");
  const [status, setStatus] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const rotateDialog = useRef<HTMLDialogElement>(null);
  // eslint-disable-next-line react-hooks/set-state-in-effect -- the page's origin is known only in the browser, after hydration
  useEffect(() => setOrigin(window.location.origin), []);
  const link = `${origin}/join/${joinCode}`;

  async function copy(text: string, what: string) {
    try {
      await navigator.clipboard.writeText(text);
      setStatus(`${what} copied.`);
    } catch {
      setStatus(`Copy did not work here: select the ${what.toLowerCase()} and copy it by hand.`);
    }
  }

  async function change(action: "rotate" | "disable" | "enable") {
    setPending(true);
    setError(null);
    try {
      await api<JoinCodeState>(`/api/v1/classes/${classId}/join-code`, { method: "POST", body: { action } });
    } catch (failure) {
      setError(`The join code could not be changed: ${errorMessage(failure)}`);
      return;
    } finally {
      setPending(false);
      rotateDialog.current?.close();
    }
    setStatus(
      action === "rotate"
        ? "New code made: the old one no longer works."
        : action === "disable"
          ? "Joining is off: nobody can join with the code."
          : "Joining is on again.",
    );
    router.refresh();
  }

  return (
    <section className="card stack" aria-labelledby="join-code-title">
      <h2 id="join-code-title">Join code</h2>
      <p className={styles.code} data-enabled={enabled}>
        <span className="visually-hidden">Code: </span>
        <span data-testid="join-code">{joinCode}</span>
        {enabled ? null : <span className="visually-hidden"> (turned off)</span>}
      </p>
      <p className="small" style={{ marginBottom: 0 }}>
        {enabled ? (
          <>
            <span aria-hidden="true">✓</span> Joining is on. Students enter the code on their home page, or open the link.
          </>
        ) : (
          <>
            <span aria-hidden="true">‖</span> Joining is off: the code and link are refused until you turn joining back on.
          </>
        )}
      </p>
      {origin ? <p className={styles.link}>{link}</p> : null}
      <div className={styles.actions}>
        <button type="button" className="button button-secondary" onClick={() => void copy(joinCode, "Code")}>
          Copy code
        </button>
        <button type="button" className="button button-secondary" onClick={() => void copy(link, "Link")} disabled={!origin}>
          Copy link
        </button>
        <button type="button" className="button button-quiet" onClick={() => rotateDialog.current?.showModal()} disabled={pending}>
          New code
        </button>
        <button
          type="button"
          className="button button-quiet"
          onClick={() => void change(enabled ? "disable" : "enable")}
          disabled={pending}
        >
          {enabled ? "Turn joining off" : "Turn joining on"}
        </button>
      </div>
      <p className="small muted" role="status">
        {status}
      </p>
      <ErrorAlert message={error} />
      <dialog ref={rotateDialog} className={`card stack ${styles.dialog}`} aria-labelledby="rotate-title">
        <h2 id="rotate-title">Replace the join code?</h2>
        <p>The current code and link stop working at once. Students already in the class stay in it.</p>
        <div className={styles.actions}>
          <button type="button" className="button button-quiet" onClick={() => rotateDialog.current?.close()}>
            Keep this code
          </button>
          <button type="button" className="button" onClick={() => void change("rotate")} disabled={pending}>
            Make a new code
          </button>
        </div>
      </dialog>
    </section>
  );
}
