"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";

/** Starts an attempt (or resumes the open one) and shows it. */
export function StartAttemptButton({ assignmentId, label }: { assignmentId: string; label: string }) {
  const router = useRouter();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  async function start() {
    setPending(true);
    setError(null);
    const response = await fetch(`/api/v1/assignments/${assignmentId}/attempts`, { method: "POST" }).catch(() => null);
    if (!response?.ok) {
      const body = await response?.json().catch(() => null);
      setPending(false);
      setError(body?.error?.message ?? "Could not start. Check your connection and try again.");
      return;
    }
    router.refresh();
  }
  return (
    <div className="stack">
      <div>
        <button type="button" className="button" onClick={() => void start()} disabled={pending}>
          {pending ? "Starting…" : label}
        </button>
      </div>
      {error ? (
        <p className="alert alert-error" role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}
