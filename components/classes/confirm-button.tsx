"use client";

import { useRouter } from "next/navigation";
import { useId, useRef } from "react";
import styles from "./classes.module.css";
import { api, type Method } from "@/components/api-client";
import { ErrorAlert } from "@/components/ui/error-alert";
import { useRequest } from "@/components/ui/use-request";

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
  const { pending, error, send } = useRequest();

  async function confirm() {
    if (!(await send(() => api(url, { method, body: json })))) return;
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
        <ErrorAlert message={error} />
        <div className={styles.actions}>
          <button type="button" className="button button-quiet" onClick={() => dialog.current?.close()}>
            Cancel
          </button>
          <button type="button" className="button" onClick={() => void confirm()} disabled={pending !== null}>
            {pending ? "Working…" : confirmLabel}
          </button>
        </div>
      </dialog>
    </>
  );
}
