"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { api, errorMessage } from "@/components/api-client";
import type { StartedAttempt } from "@/server/attempts/types";

/** Starts an attempt (or resumes the open one) and shows it. */
export function StartAttemptButton({ assignmentId, label }: { assignmentId: string; label: string }) {
  const router = useRouter();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  async function start() {
    setPending(true);
    setError(null);
    try {
      await api<StartedAttempt>(`/api/v1/assignments/${assignmentId}/attempts`, { method: "POST" });
      router.refresh();
    } catch (failure) {
      setPending(false);
      setError(errorMessage(failure));
    }
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
