"use client";

import { useRouter } from "next/navigation";
import { api } from "@/components/api-client";
import { ErrorAlert } from "@/components/ui/error-alert";
import { useRequest } from "@/components/ui/use-request";
import type { StartedAttempt } from "@/server/attempts/types";

/** Starts an attempt (or resumes the open one) and shows it. */
export function StartAttemptButton({ assignmentId, label }: { assignmentId: string; label: string }) {
  const router = useRouter();
  const { pending, error, send } = useRequest();
  async function start() {
    // The page shows the attempt once refreshed; until then the button stays pending.
    const started = await send(() => api<StartedAttempt>(`/api/v1/assignments/${assignmentId}/attempts`, { method: "POST" }), {
      leaving: true,
    });
    if (started) router.refresh();
  }
  return (
    <div className="stack">
      <div>
        <button type="button" className="button" onClick={() => void start()} disabled={pending !== null}>
          {pending ? "Starting…" : label}
        </button>
      </div>
      <ErrorAlert message={error} />
    </div>
  );
}
