"use client";

import { useRouter } from "next/navigation";
import { useId, useRef, useState } from "react";
import styles from "./classes.module.css";
import { api, errorMessage, type Method } from "@/components/api-client";

/**
 * A button that asks first, then sends one request and refreshes the page (or goes elsewhere).
 * Used for the changes that cannot be undone: removing a student, deleting an assignment.
 */
export function ConfirmButton({
  label,
  accessibleLabel,
  title,
  body,
  confirmLabel,
  url,
  method = "DELETE",
  json,
  goTo,
  quiet = true,
}: {
  label: string;
  accessibleLabel?: string;
  title: string;
  body: string;
  confirmLabel: string;
  url: string;
  method?: Method;
  json?: unknown;
  goTo?: string;
  quiet?: boolean;
}) {
  const router = useRouter();
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function confirm() {
    setPending(true);
    setError(null);
    try {
      await api(url, { method, body: json });
    } catch (failure) {
      setError(errorMessage(failure));
      return;
    } finally {
      setPending(false);
    }
    dialog.current?.close();
    if (goTo) router.push(goTo);
    else router.refresh();
  }

  return (
    <>
      <button
        type="button"
        className={`button ${quiet ? "button-quiet" : "button-secondary"}`}
        aria-label={accessibleLabel}
        onClick={() => dialog.current?.showModal()}
      >
        {label}
      </button>
      <dialog ref={dialog} className={`card stack ${styles.dialog}`} aria-labelledby={titleId}>
        <h2 id={titleId}>{title}</h2>
        <p>{body}</p>
        {error ? (
          <p className="alert alert-error" role="alert">
            {error}
          </p>
        ) : null}
        <div className={styles.actions}>
          <button type="button" className="button button-quiet" onClick={() => dialog.current?.close()}>
            Cancel
          </button>
          <button type="button" className="button" onClick={() => void confirm()} disabled={pending}>
            {pending ? "Working…" : confirmLabel}
          </button>
        </div>
      </dialog>
    </>
  );
}
