"use client";

import { useRouter } from "next/navigation";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { useExamStore } from "@/components/stores/exam-store";
import { QuestionNavigator } from "@/components/exam/question-navigator";
import { QuestionView } from "@/components/practice/question-view";
import { Countdown } from "@/components/exam/countdown";
import examStyles from "@/components/exam/exam.module.css";
import { attemptPath, sendAttempt, type RunningAttempt } from "./attempt-api";
import styles from "./classes.module.css";

/** A timed attempt: answers save as they change; the server's deadline ends it. */
export function ExamAssignmentRunner({ attempt, title }: { attempt: RunningAttempt; title: string }) {
  const router = useRouter();
  const { current, answers, saving, saveError, load, go, setAnswer, setSaving, setSaveError } = useExamStore();
  const [submitting, setSubmitting] = useState(false);
  const [clockSkew] = useState(() => attempt.serverNow - Date.now());
  const confirmDialog = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    load(Object.fromEntries(Object.entries(attempt.answers).map(([key, choiceIds]) => [key, { choiceIds, flagged: false }])));
  }, [attempt.attemptId]); // eslint-disable-line react-hooks/exhaustive-deps -- load the saved answers once per attempt

  const index = Math.min(current, attempt.questions.length - 1);
  const question = attempt.questions[index];
  const chosen = useMemo(() => answers[question.id]?.choiceIds ?? [], [answers, question.id]);
  const unanswered = attempt.questions.filter((q) => !answers[q.id]?.choiceIds.length).length;

  const submit = useCallback(async () => {
    setSubmitting(true);
    await sendAttempt(`${attemptPath(attempt)}/submit`, { method: "POST" });
    router.refresh();
  }, [attempt, router]);

  const toggle = useCallback(
    async (choiceId: string) => {
      const multiple = (question.selectCount ?? 1) > 1;
      const choiceIds = multiple ? (chosen.includes(choiceId) ? chosen.filter((id) => id !== choiceId) : [...chosen, choiceId]) : [choiceId];
      setAnswer(question.id, { choiceIds, flagged: false });
      setSaving(question.id, true);
      const result = await sendAttempt(`${attemptPath(attempt)}/answers/${question.id}`, { method: "PUT", body: JSON.stringify({ choiceIds }) });
      setSaving(question.id, false);
      if (result.status === 409) return router.refresh();
      setSaveError(result.ok ? null : (result.message ?? "Your answer was not saved. Try again."));
    },
    [attempt, question, chosen, router, setAnswer, setSaving, setSaveError],
  );

  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      if (event.ctrlKey || event.metaKey || event.altKey || confirmDialog.current?.open) return;
      if (event.target instanceof HTMLElement && ["INPUT", "TEXTAREA", "SELECT"].includes(event.target.tagName)) return;
      const digit = /^[1-9]$/.test(event.key) ? Number(event.key) : null;
      if (digit && digit <= question.choices.length) void toggle(question.choices[digit - 1].id);
      else if (event.key === "ArrowRight") go(Math.min(attempt.questions.length - 1, index + 1));
      else if (event.key === "ArrowLeft") go(Math.max(0, index - 1));
    }
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [question, index, attempt.questions.length, go, toggle]);

  return (
    <div className="stack">
      <div className={examStyles.header}>
        <h1 style={{ margin: 0, fontSize: "1.3rem" }}>{title}</h1>
        {attempt.deadline ? <Countdown deadline={attempt.deadline} clockSkew={clockSkew} onExpire={() => void submit()} /> : null}
      </div>
      <p className="small muted" role="status">
        Question {index + 1} of {attempt.questions.length} · {attempt.questions.length - unanswered} answered
        {saving[question.id] ? " · saving…" : chosen.length ? " · saved" : ""}
      </p>
      {saveError ? (
        <p className="alert alert-error" role="alert">
          {saveError}
        </p>
      ) : null}
      <section className="card stack" aria-label={`Question ${index + 1}`}>
        <QuestionView question={question} selected={chosen} onToggle={(id) => void toggle(id)} disabled={submitting} />
        <div className={examStyles.controls}>
          <button type="button" className="button button-quiet" onClick={() => go(index - 1)} disabled={index === 0}>
            ← Previous
          </button>
          <button type="button" className="button button-quiet" onClick={() => go(index + 1)} disabled={index === attempt.questions.length - 1}>
            Next →
          </button>
        </div>
      </section>
      <QuestionNavigator questionIds={attempt.questions.map((q) => q.id)} answers={answers} current={index} onGo={go} withFlags={false} />
      <button type="button" className="button" onClick={() => (unanswered > 0 ? confirmDialog.current?.showModal() : void submit())} disabled={submitting}>
        {submitting ? "Submitting…" : "Submit"}
      </button>
      <dialog ref={confirmDialog} className={`card stack ${styles.dialog}`} aria-labelledby="confirm-title">
        <h2 id="confirm-title">Submit now?</h2>
        <p>
          {unanswered} question{unanswered === 1 ? " is" : "s are"} unanswered. Unanswered questions count as wrong.
        </p>
        <div className={styles.actions}>
          <button type="button" className="button button-quiet" onClick={() => confirmDialog.current?.close()}>
            Keep working
          </button>
          <button type="button" className="button" onClick={() => (confirmDialog.current?.close(), void submit())}>
            Submit anyway
          </button>
        </div>
      </dialog>
    </div>
  );
}
