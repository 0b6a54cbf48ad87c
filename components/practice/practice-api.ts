import type { AnswerSide, CardActionResult, NextCard, RerateResult, ReviewResult, SessionSummary, UndoResult } from "@/server/practice/types";

export class PracticeApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

async function call<T>(path: string, init?: RequestInit): Promise<T> {
  let response: Response;
  try {
    response = await fetch(path, { ...init, headers: { "Content-Type": "application/json", ...init?.headers } });
  } catch {
    throw new PracticeApiError(0, "Demarc could not be reached. Check your connection; nothing was lost.");
  }
  const body = await response.json().catch(() => null);
  if (!response.ok) throw new PracticeApiError(response.status, body?.error?.message ?? `Request failed (${response.status}).`);
  return body as T;
}

export function fetchNext(mode: string, scopeQuery: string, preferCardId?: string) {
  const prefer = preferCardId ? `&prefer=${encodeURIComponent(preferCardId)}` : "";
  return call<NextCard>(`/api/v1/practice/next?mode=${mode}${scopeQuery ? `&${scopeQuery}` : ""}${prefer}`);
}

export function submitReview(body: { reviewId: string; cardId: string; choiceIds?: string[]; rating?: number; durationMs: number; cardVersion: number }) {
  return call<ReviewResult>("/api/v1/reviews", { method: "POST", body: JSON.stringify(body) });
}

export function rerate(reviewId: string, rating: number) {
  return call<RerateResult>(`/api/v1/reviews/${reviewId}/rating`, { method: "POST", body: JSON.stringify({ rating }) });
}

export function undo(reviewId: string) {
  return call<UndoResult>(`/api/v1/reviews/${reviewId}/undo`, { method: "POST" });
}

export function reveal(cardId: string) {
  return call<AnswerSide>(`/api/v1/cards/${cardId}/answer`);
}

export function cardAction(cardId: string, action: { flagged: boolean } | { suspended: boolean } | { buryUntilTomorrow: true }) {
  return call<CardActionResult>(`/api/v1/cards/${cardId}`, { method: "PATCH", body: JSON.stringify(action) });
}

export function fetchSummary() {
  return call<SessionSummary>("/api/v1/practice/summary");
}
