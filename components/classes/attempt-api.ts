/** Calls to the assignment attempt API, as the runners make them. */
export async function sendAttempt(path: string, init: RequestInit = {}) {
  try {
    const response = await fetch(path, { ...init, headers: { "Content-Type": "application/json" } });
    const body = await response.json().catch(() => null);
    return { ok: response.ok, status: response.status, body, message: body?.error?.message as string | undefined };
  } catch {
    return { ok: false, status: 0, body: null, message: "Could not reach Demarc. Check your connection; your answer is kept here until it saves." };
  }
}

import type { AttemptFeedback as PracticeFeedback, RunningAttempt } from "@/server/attempts/types";

export type { PracticeFeedback, RunningAttempt };

export const attemptPath = (attempt: Pick<RunningAttempt, "assignmentId" | "attemptId">) => `/api/v1/assignments/${attempt.assignmentId}/attempts/${attempt.attemptId}`;
