"use client";

import { useRouter } from "next/navigation";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { useExamStore } from "@/components/stores/exam-store";
import { QuestionView } from "@/components/practice/question-view";
import type { SavedAnswer } from "@/server/attempts/types";
import type { ShownQuestion } from "@/server/practice/types";
import { AttemptQuestion } from "./attempt-question";
import { Countdown } from "./countdown";
import { QuestionNavigator } from "./question-navigator";
import styles from "./exam.module.css";
import { api, ApiRequestError, errorMessage } from "@/components/api-client";

/** The question a reload returns to: #question-N in the address, if N is one of this attempt's. */
function questionFromHash(count: number) {
  const match = /^#question-(\d+)$/.exec(window.location.hash);
  const index = match ? Number(match[1]) - 1 : 0;
  return index >= 0 && index < count ? index : 0;
}

/**
 * The one runner for timed attempts: mock exams and exam-mode assignments. Answers and flags save as
 * they change; the server's deadline ends the attempt. Keys: 1–9 answer, ←/→ or P/N move, F flag.
 */
export function AttemptRunner({
  title,
  apiPath,
  deadline,
  serverNow,
  questions,
  answers: savedAnswers,
  submitLabel,
}: {
  title: string;
  /** The attempt in the JSON API: answers go to `${apiPath}/answers/<question id>`, the submission to `${apiPath}/submit`. */
  apiPath: string;
  deadline: number | null;
  serverNow: number;
  questions: ShownQuestion[];
  answers: Record<string, SavedAnswer>;
  submitLabel: string;
}) {
  const router = useRouter();
  const { current, answers, saving, saveError, load, go, setAnswer, setSaving, setSaveError } = useExamStore();
  const [confirming, setConfirming] = useState(false);
  const [submitting, setSubmitting] = useState(false);
  const [clockSkew] = useState(() => serverNow - Date.now());
  const confirmDialog = useRef<HTMLDialogElement>(null);

  // The open question lives in the address (#question-N), so a reload comes back to it.
  useEffect(() => load(savedAnswers, questionFromHash(questions.length)), [apiPath]); // eslint-disable-line react-hooks/exhaustive-deps -- load the saved answers once per attempt, not on every refresh of the same attempt
  const goTo = useCallback(
    (index: number) => {
      go(index);
      window.history.replaceState(window.history.state, "", `#question-${index + 1}`);
    },
    [go],
  );

  const question = questions[current];
  const answer = useMemo(() => answers[question.id] ?? { choiceIds: [], flagged: false }, [answers, question.id]);
  const unanswered = questions.filter((q) => !answers[q.id]?.choiceIds.length).length;
  const flagged = questions.filter((q) => answers[q.id]?.flagged).length;

  const submit = useCallback(async () => {
    setSubmitting(true);
    try {
      await api(`${apiPath}/submit`, { method: "POST" });
      router.refresh();
    } catch (failure) {
      setSubmitting(false);
      setSaveError(`The attempt was not submitted: ${errorMessage(failure)}`);
    }
  }, [apiPath, router, setSaveError]);

  const save = useCallback(
    async (questionId: string, next: SavedAnswer) => {
      setAnswer(questionId, next);
      setSaving(questionId, true);
      try {
        await api(`${apiPath}/answers/${questionId}`, { method: "PUT", body: next });
        setSaveError(null);
      } catch (failure) {
        // Submitted elsewhere or out of time: the page shows the attempt as it now stands.
        if (failure instanceof ApiRequestError && failure.status === 409) return router.refresh();
        setSaveError(`Your answer was not saved (it is kept here until it is): ${errorMessage(failure)}`);
      } finally {
        setSaving(questionId, false);
      }
    },
    [apiPath, router, setAnswer, setSaving, setSaveError],
  );

  const toggle = useCallback(
    (choiceId: string) => {
      const multiple = (question.selectCount ?? 1) > 1;
      const choiceIds = multiple
        ? answer.choiceIds.includes(choiceId)
          ? answer.choiceIds.filter((id) => id !== choiceId)
          : [...answer.choiceIds, choiceId]
        : [choiceId];
      void save(question.id, { ...answer, choiceIds });
    },
    [question, answer, save],
  );

  const toggleFlag = useCallback(() => void save(question.id, { ...answer, flagged: !answer.flagged }), [question, answer, save]);

  const askToSubmit = useCallback(() => {
    if (unanswered > 0 || flagged > 0) {
      setConfirming(true);
      confirmDialog.current?.showModal();
    } else void submit();
  }, [unanswered, flagged, submit]);

  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      if (event.ctrlKey || event.metaKey || event.altKey || confirming) return;
      if (event.target instanceof HTMLElement && ["INPUT", "TEXTAREA", "SELECT"].includes(event.target.tagName)) return;
      const digit = /^[1-9]$/.test(event.key) ? Number(event.key) : null;
      if (digit && digit <= question.choices.length) toggle(question.choices[digit - 1].id);
      else if (event.key === "ArrowRight" || event.key.toLowerCase() === "n") goTo(Math.min(questions.length - 1, current + 1));
      else if (event.key === "ArrowLeft" || event.key.toLowerCase() === "p") goTo(Math.max(0, current - 1));
      else if (event.key.toLowerCase() === "f") toggleFlag();
    }
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [question, current, confirming, questions.length, goTo, toggle, toggleFlag]);

  return (
    <div className="stack">
      <div className={styles.header}>
        <h1 style={{ margin: 0, fontSize: "1.3rem" }}>{title}</h1>
        {deadline !== null ? <Countdown deadline={deadline} clockSkew={clockSkew} onExpire={() => void submit()} /> : null}
      </div>
      <p className="small muted" role="status">
        Question {current + 1} of {questions.length} · {questions.length - unanswered} answered · {flagged} flagged
        {saving[question.id] ? " · saving…" : " · saved"}
      </p>
      <AttemptQuestion number={current + 1} error={saveError}>
        <QuestionView question={question} selected={answer.choiceIds} onToggle={toggle} disabled={submitting} />
        <div className={styles.controls}>
          <button type="button" className="button button-quiet" onClick={() => goTo(current - 1)} disabled={current === 0}>
            ← Previous
          </button>
          <button type="button" className="button button-quiet" onClick={toggleFlag} aria-pressed={answer.flagged}>
            <span aria-hidden="true">⚑</span> {answer.flagged ? "Flagged for review" : "Flag for review"}
          </button>
          <button
            type="button"
            className="button button-quiet"
            onClick={() => goTo(current + 1)}
            disabled={current === questions.length - 1}
          >
            Next →
          </button>
        </div>
      </AttemptQuestion>
      <QuestionNavigator questionIds={questions.map((q) => q.id)} answers={answers} current={current} onGo={goTo} withFlags />
      <button type="button" className="button" onClick={askToSubmit} disabled={submitting}>
        {submitting ? "Submitting…" : submitLabel}
      </button>
      <dialog ref={confirmDialog} className="card" aria-labelledby="confirm-title" onClose={() => setConfirming(false)}>
        <h2 id="confirm-title">Submit now?</h2>
        <p>
          {unanswered > 0 ? `${unanswered} question${unanswered === 1 ? " is" : "s are"} unanswered. ` : ""}
          {flagged > 0 ? `${flagged} question${flagged === 1 ? " is" : "s are"} flagged for review. ` : ""}
          {unanswered > 0 ? "Unanswered questions count as wrong." : ""}
        </p>
        <div className={styles.controls}>
          <button type="button" className="button button-quiet" onClick={() => confirmDialog.current?.close()}>
            Keep working
          </button>
          <button
            type="button"
            className="button"
            onClick={() => {
              confirmDialog.current?.close();
              void submit();
            }}
          >
            Submit anyway
          </button>
        </div>
      </dialog>
    </div>
  );
}
