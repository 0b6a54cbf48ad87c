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

export interface RunningAttempt {
  attemptId: string;
  assignmentId: string;
  mode: "practice" | "exam";
  deadline: number | null;
  serverNow: number;
  questions: { id: string; kind: string; prompt: string; selectCount?: number; choices: { id: string; text: string }[] }[];
  answers: Record<string, string[]>;
  feedback: Record<string, PracticeFeedback>;
}

export interface PracticeFeedback {
  correct: boolean;
  explanation: string;
  choices: { id: string; correct: boolean; explanation: string }[];
  citations: { title: string; section?: string; quote?: string; url?: string }[];
  disagreement: string | null;
  links: { model: string; service: string } | null;
}

export const attemptPath = (attempt: Pick<RunningAttempt, "assignmentId" | "attemptId">) => `/api/v1/assignments/${attempt.assignmentId}/attempts/${attempt.attemptId}`;
