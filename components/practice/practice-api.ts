/** The practice screen's calls to the JSON API, through the one client. */
import { api as call } from "@/components/api-client";
import type {
  AnswerSide,
  AnsweredCard,
  CardActionResult,
  NextCard,
  RerateResult,
  ReviewResult,
  SessionSummary,
  UndoResult,
} from "@/server/practice/types";

export function fetchNext(mode: string, scopeQuery: string, preferCardId?: string) {
  const prefer = preferCardId ? `&prefer=${encodeURIComponent(preferCardId)}` : "";
  return call<NextCard>(`/api/v1/practice/next?mode=${mode}${scopeQuery ? `&${scopeQuery}` : ""}${prefer}`);
}

export function submitReview(body: {
  reviewId: string;
  cardId: string;
  choiceIds?: string[];
  rating?: number;
  durationMs: number;
  cardVersion: number;
}) {
  return call<ReviewResult>("/api/v1/reviews", { method: "POST", body });
}

export function rerate(reviewId: string, rating: number) {
  return call<RerateResult>(`/api/v1/reviews/${reviewId}/rating`, { method: "POST", body: { rating } });
}

export function undo(reviewId: string) {
  return call<UndoResult>(`/api/v1/reviews/${reviewId}/undo`, { method: "POST" });
}

export function reveal(cardId: string) {
  return call<AnswerSide>(`/api/v1/cards/${cardId}/answer`);
}

export function cardAction(cardId: string, action: { flagged: boolean } | { suspended: boolean } | { buryUntilTomorrow: true }) {
  return call<CardActionResult>(`/api/v1/cards/${cardId}`, { method: "PATCH", body: action });
}

export function fetchSummary() {
  return call<SessionSummary>("/api/v1/practice/summary");
}

/** The quiz answer a reload shows again (its review id is kept in the address). */
export function fetchAnswered(reviewId: string, scopeQuery: string) {
  return call<AnsweredCard>(`/api/v1/reviews/${encodeURIComponent(reviewId)}?mode=quiz${scopeQuery ? `&${scopeQuery}` : ""}`);
}
