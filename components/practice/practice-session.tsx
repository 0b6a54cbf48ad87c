"use client";

import Link from "next/link";
import { lazy, Suspense, useCallback, useEffect, useRef } from "react";
import { usePracticeStore } from "@/components/stores/practice-store";
import { CountsBar } from "./counts-bar";
import { FeedbackPanel } from "./feedback-panel";
import { KeyboardHelp } from "./keyboard-help";
import { KeyButton } from "./key-button";
import { QuestionView, type ChoiceResult } from "./question-view";
import { RatingBar } from "./rating-bar";
import type { StudyMore } from "./session-summary";
import { ApiRequestError, errorMessage } from "@/components/api-client";
import { cardAction, fetchAnswered, fetchNext, rerate, reveal, submitReview, undo } from "./practice-api";
import { answeredInAddress, keepAnsweredInAddress } from "./answered-address";
import styles from "./practice.module.css";

// Shown once, when the day's cards are done: loaded then, not with every card.
const SessionSummary = lazy(() => import("./session-summary").then((module) => ({ default: module.SessionSummary })));

/** The two ways to take the card on screen out of today's session, with their keys. */
const SET_ASIDE = [
  { action: "suspend", label: "Suspend", key: "S" },
  { action: "bury", label: "Bury", key: "B" },
] as const;

function isTyping(target: EventTarget | null) {
  return target instanceof HTMLElement && (target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName));
}

function ownsEnterAndSpace(target: EventTarget | null) {
  return target instanceof HTMLElement && target.closest("a, button, summary, dialog") !== null;
}

export function PracticeSession({ mode, scopeQuery, studyMore }: { mode: "quiz" | "flashcard"; scopeQuery: string; studyMore: StudyMore }) {
  const store = usePracticeStore();
  const { phase, card, counts, selected, feedback, lastReviewId, message } = store;
  const cardRegion = useRef<HTMLDivElement>(null);
  const busy = useRef(false);

  const run = useCallback(async (work: () => Promise<void>) => {
    if (busy.current) return;
    busy.current = true;
    usePracticeStore.getState().setMessage(null);
    try {
      await work();
    } catch (error) {
      usePracticeStore.getState().setMessage(errorMessage(error));
      // The card changed elsewhere (answered on another device): keep it in view, offer the way on.
      if (error instanceof ApiRequestError && error.status === 409 && usePracticeStore.getState().card)
        usePracticeStore.getState().setPhase("stale");
    } finally {
      busy.current = false;
    }
  }, []);

  const loadNext = useCallback(
    () =>
      run(async () => {
        if (answeredInAddress()) keepAnsweredInAddress(null);
        const next = await fetchNext(mode, scopeQuery);
        usePracticeStore.getState().show(next.card, next.counts);
        requestAnimationFrame(() => cardRegion.current?.focus());
      }),
    [run, mode, scopeQuery],
  );

  useEffect(() => {
    usePracticeStore.getState().setPhase("loading");
    const answered = mode === "quiz" ? answeredInAddress() : null;
    if (!answered) {
      void loadNext();
      return;
    }
    void run(async () => {
      try {
        const shown = await fetchAnswered(answered, scopeQuery);
        usePracticeStore.getState().resumedAnswer(shown.card, shown.counts, shown.reviewId, shown.choiceIds, shown.feedback);
      } catch {
        // Moved on since (undone, answered again, or not this learner's): carry on with the next card.
        keepAnsweredInAddress(null);
        const next = await fetchNext(mode, scopeQuery);
        usePracticeStore.getState().show(next.card, next.counts);
      }
    });
  }, [loadNext, run, mode, scopeQuery]);

  const check = useCallback(() => {
    const state = usePracticeStore.getState();
    if (!state.card || state.selected.length === 0) return;
    const reviewId = crypto.randomUUID();
    void run(async () => {
      const result = await submitReview({
        reviewId,
        cardId: state.card!.id,
        choiceIds: state.selected,
        durationMs: Date.now() - state.shownAt,
        cardVersion: state.card!.version,
      });
      usePracticeStore.getState().answered(reviewId, result);
      keepAnsweredInAddress(reviewId);
    });
  }, [run]);

  const revealBack = useCallback(() => {
    const state = usePracticeStore.getState();
    if (!state.card) return;
    void run(async () => usePracticeStore.getState().revealed(await reveal(state.card!.id)));
  }, [run]);

  const rateFlashcard = useCallback(
    (rating: number) => {
      const state = usePracticeStore.getState();
      if (!state.card) return;
      const reviewId = crypto.randomUUID();
      void run(async () => {
        const result = await submitReview({
          reviewId,
          cardId: state.card!.id,
          rating,
          durationMs: Date.now() - state.shownAt,
          cardVersion: state.card!.version,
        });
        usePracticeStore.getState().answered(reviewId, result);
        const next = await fetchNext(mode, scopeQuery);
        usePracticeStore.getState().show(next.card, next.counts);
        requestAnimationFrame(() => cardRegion.current?.focus());
      });
    },
    [run, mode, scopeQuery],
  );

  const changeRating = useCallback(
    (rating: number) => {
      const state = usePracticeStore.getState();
      if (!state.lastReviewId || !state.feedback?.correct) return;
      void run(async () => {
        await rerate(state.lastReviewId!, rating);
        usePracticeStore.getState().setRating(rating);
      });
    },
    [run],
  );

  const undoLast = useCallback(() => {
    const state = usePracticeStore.getState();
    if (!state.lastReviewId) return;
    void run(async () => {
      const { card: undoneCard } = await undo(state.lastReviewId!);
      keepAnsweredInAddress(null);
      usePracticeStore.getState().undone();
      const next = await fetchNext(mode, scopeQuery, undoneCard.id);
      usePracticeStore.getState().show(next.card, next.counts);
      usePracticeStore.getState().setMessage("Review undone: the card is back.");
    });
  }, [run, mode, scopeQuery]);

  const toggleFlag = useCallback(() => {
    const state = usePracticeStore.getState();
    if (!state.card) return;
    void run(async () => {
      const { card: updated } = await cardAction(state.card!.id, { flagged: !state.card!.flagged });
      usePracticeStore.getState().setFlagged(updated.flagged);
      usePracticeStore.getState().setMessage(updated.flagged ? "Card flagged." : "Flag removed.");
    });
  }, [run]);

  const setAside = useCallback(
    (action: (typeof SET_ASIDE)[number]["action"]) => {
      const state = usePracticeStore.getState();
      if (!state.card || state.phase === "feedback" || state.phase === "stale") return;
      void run(async () => {
        const { card: setAsideCard } = await cardAction(
          state.card!.id,
          action === "suspend" ? { suspended: true } : { buryUntilTomorrow: true },
        );
        const next = await fetchNext(mode, scopeQuery);
        usePracticeStore.getState().show(next.card, next.counts);
        if (action === "suspend") {
          usePracticeStore
            .getState()
            .setMessage("Card suspended.", { href: `/services/${setAsideCard.service}`, text: "Unsuspend it on its service page" });
        } else {
          usePracticeStore.getState().setMessage("Card buried until tomorrow.");
        }
      });
    },
    [run, mode, scopeQuery],
  );

  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      if (event.ctrlKey || event.metaKey || event.altKey || isTyping(event.target)) return;
      const state = usePracticeStore.getState();
      if (event.key === "?") {
        event.preventDefault();
        state.setHelpOpen(!state.helpOpen);
        return;
      }
      if (state.helpOpen) return;
      const primary = event.key === "Enter" || event.key === " ";
      if (primary && ownsEnterAndSpace(event.target) && !(event.key === "Enter" && (event.target as HTMLElement).dataset.state)) return;
      const digit = /^[1-9]$/.test(event.key) ? Number(event.key) : null;
      const key = event.key.toLowerCase();
      if (key === "u") return undoLast();
      if (key === "f") return toggleFlag();
      const setAsideBy = SET_ASIDE.find((way) => way.key.toLowerCase() === key);
      if (setAsideBy) return setAside(setAsideBy.action);
      if (state.phase === "question" && state.card) {
        if (mode === "quiz" && digit && digit <= state.card.question.choices.length) {
          state.toggleChoice(state.card.question.choices[digit - 1].id, (state.card.question.selectCount ?? 1) > 1);
        } else if (primary) {
          event.preventDefault();
          if (mode === "quiz") check();
          else revealBack();
        }
      } else if (state.phase === "stale") {
        if (primary) {
          event.preventDefault();
          void loadNext();
        }
      } else if (state.phase === "feedback") {
        if (digit && digit >= 2 && digit <= 4) changeRating(digit);
        else if (primary) {
          event.preventDefault();
          void loadNext();
        }
      } else if (state.phase === "revealed") {
        if (digit && digit <= 4) rateFlashcard(digit);
        else if (primary) {
          event.preventDefault();
          rateFlashcard(3);
        }
      }
    }
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [mode, check, revealBack, changeRating, rateFlashcard, undoLast, toggleFlag, setAside, loadNext]);

  const results = new Map<string, ChoiceResult>(
    feedback?.choices.map((c) => [c.id, { correct: c.correct, explanation: c.explanation }]) ?? [],
  );
  const multiple = (card?.question.selectCount ?? 1) > 1;

  return (
    <div className="stack">
      <CountsBar counts={counts} />
      {message ? (
        <p className="alert alert-info" role="status">
          {message} {store.messageLink ? <Link href={store.messageLink.href}>{store.messageLink.text}</Link> : null}
        </p>
      ) : null}
      {phase === "loading" ? <p className="muted">Loading your next card…</p> : null}
      {phase === "done" ? (
        <Suspense fallback={<p className="muted">Loading today&apos;s summary…</p>}>
          <SessionSummary reviewed={store.reviewedThisSession} correct={store.correctThisSession} studyMore={studyMore} />
        </Suspense>
      ) : null}
      {card && (phase === "question" || phase === "feedback" || phase === "revealed" || phase === "stale") ? (
        <div className="card stack" ref={cardRegion} tabIndex={-1} aria-label="Current card">
          {card.flagged ? (
            <p className="badge owner-shared" style={{ width: "fit-content" }}>
              <span aria-hidden="true">⚑</span> Flagged
            </p>
          ) : null}
          <QuestionView
            question={card.question}
            selected={selected}
            results={phase === "feedback" ? results : undefined}
            disabled={phase !== "question"}
            onToggle={(id) => store.toggleChoice(id, multiple)}
          />
          {feedback && phase !== "question" ? <FeedbackPanel feedback={feedback} showVerdict={mode === "quiz"} /> : null}
          <div className={styles.primaryRow}>
            {phase === "question" && mode === "quiz" ? (
              <KeyButton keyName="Enter" onClick={check} disabled={selected.length === 0}>
                Check answer
              </KeyButton>
            ) : null}
            {phase === "question" && mode === "flashcard" ? (
              <KeyButton keyName="Space" onClick={revealBack}>
                Show answer
              </KeyButton>
            ) : null}
            {phase === "stale" ? (
              <KeyButton keyName="Enter" onClick={() => void loadNext()}>
                Load the next card
              </KeyButton>
            ) : null}
            {phase === "revealed" ? <RatingBar intervals={card.intervals} allowed={[1, 2, 3, 4]} onRate={rateFlashcard} /> : null}
            {phase === "feedback" && feedback ? (
              <>
                {feedback.correct ? (
                  <RatingBar intervals={card.intervals} allowed={[2, 3, 4]} current={feedback.rating} onRate={changeRating} />
                ) : (
                  <p className="small muted">Rated Again: you will see this card again soon.</p>
                )}
                <KeyButton keyName="Enter" onClick={() => void loadNext()}>
                  Continue
                </KeyButton>
              </>
            ) : null}
          </div>
          <div className={styles.actions}>
            <KeyButton keyName="U" quiet onClick={undoLast} disabled={!lastReviewId}>
              Undo
            </KeyButton>
            <KeyButton keyName="F" quiet onClick={toggleFlag} aria-pressed={card.flagged}>
              {card.flagged ? "Unflag" : "Flag"}
            </KeyButton>
            {SET_ASIDE.map(({ action, label, key }) => (
              <KeyButton
                key={action}
                keyName={key}
                quiet
                onClick={() => setAside(action)}
                disabled={phase === "feedback" || phase === "stale"}
              >
                {label}
              </KeyButton>
            ))}
            <KeyButton keyName="?" quiet onClick={() => store.setHelpOpen(true)}>
              Keys
            </KeyButton>
          </div>
        </div>
      ) : null}
      {phase === "done" && lastReviewId ? (
        <KeyButton keyName="U" quiet onClick={undoLast}>
          Undo last review
        </KeyButton>
      ) : null}
      <KeyboardHelp open={store.helpOpen} onClose={() => store.setHelpOpen(false)} />
    </div>
  );
}
