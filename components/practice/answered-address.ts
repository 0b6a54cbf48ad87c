/*
 * A quiz answer's review id sits in the address (#answered-<id>) until the learner continues, so a
 * reload shows that answer's feedback again instead of skipping to the next card.
 */
const ANSWERED = /^#answered-([0-9a-f-]{36})$/;

export function answeredInAddress(): string | null {
  return ANSWERED.exec(window.location.hash)?.[1] ?? null;
}

export function keepAnsweredInAddress(reviewId: string | null) {
  const url = `${window.location.pathname}${window.location.search}${reviewId ? `#answered-${reviewId}` : ""}`;
  window.history.replaceState(window.history.state, "", url);
}
