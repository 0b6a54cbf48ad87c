"use client";

import { useRouter } from "next/navigation";
import { useCallback, useEffect, useMemo, useState } from "react";
import { QuestionView, type ChoiceResult } from "@/components/practice/question-view";
import { FeedbackPanel } from "@/components/practice/feedback-panel";
import { AttemptQuestion } from "@/components/exam/attempt-question";
import { api, ApiRequestError, errorMessage } from "@/components/api-client";
import type { AttemptFeedback as PracticeFeedback, PracticeAnswerResult, RunningAttempt } from "@/server/attempts/types";
import { LocalTime } from "./local-time";
import styles from "./classes.module.css";

/** Untimed: one question at a time, checked at once with the explanation, then the next. */
export function PracticeAssignmentRunner({ attempt, title }: { attempt: RunningAttempt; title: string }) {
  const router = useRouter();
  const firstOpen = attempt.questions.findIndex((q) => !attempt.feedback[q.id]);
  const [index, setIndex] = useState(firstOpen < 0 ? attempt.questions.length - 1 : firstOpen);
  const [selected, setSelected] = useState<Record<string, string[]>>(() =>
    Object.fromEntries(Object.entries(attempt.answers).map(([key, answer]) => [key, answer.choiceIds])),
  );
  const [feedback, setFeedback] = useState<Record<string, PracticeFeedback>>(attempt.feedback);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [finished, setFinished] = useState(false);

  const question = attempt.questions[index];
  const answered = Object.keys(feedback).length;
  const shown = feedback[question.id];
  const chosen = useMemo(() => selected[question.id] ?? [], [selected, question.id]);
  const multiple = (question.selectCount ?? 1) > 1;

  const toggle = useCallback(
    (choiceId: string) => {
      if (shown) return;
      setSelected((all) => {
        const current = all[question.id] ?? [];
        const next = multiple
          ? current.includes(choiceId)
            ? current.filter((id) => id !== choiceId)
            : [...current, choiceId]
          : [choiceId];
        return { ...all, [question.id]: next };
      });
    },
    [question.id, multiple, shown],
  );

  const check = useCallback(async () => {
    if (shown || chosen.length === 0 || pending) return;
    setPending(true);
    let result: PracticeAnswerResult;
    try {
      result = await api<PracticeAnswerResult>(
        `/api/v1/assignments/${attempt.assignmentId}/attempts/${attempt.attemptId}/answers/${question.id}`,
        {
          method: "PUT",
          body: { choiceIds: chosen },
        },
      );
    } catch (failure) {
      // Answered or submitted from another window: the page shows where the attempt now stands.
      if (failure instanceof ApiRequestError && failure.status === 409) return router.refresh();
      return setError(errorMessage(failure));
    } finally {
      setPending(false);
    }
    setError(null);
    setFeedback((all) => ({ ...all, [question.id]: result }));
    if (result.finished) setFinished(true);
  }, [attempt, question.id, chosen, shown, pending, router]);

  const next = useCallback(() => {
    const following = attempt.questions.findIndex((q, i) => i > index && !feedback[q.id]);
    const anyOpen = attempt.questions.findIndex((q) => !feedback[q.id]);
    setIndex(following >= 0 ? following : anyOpen >= 0 ? anyOpen : index);
  }, [attempt.questions, feedback, index]);

  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      if (event.ctrlKey || event.metaKey || event.altKey) return;
      if (
        event.target instanceof HTMLElement &&
        ["INPUT", "TEXTAREA", "SELECT", "BUTTON", "A"].includes(event.target.tagName) &&
        event.key === "Enter"
      )
        return;
      const digit = /^[1-9]$/.test(event.key) ? Number(event.key) : null;
      if (digit && digit <= question.choices.length) toggle(question.choices[digit - 1].id);
      else if (event.key === "Enter") {
        if (!shown) void check();
        else if (finished) router.refresh();
        else next();
      }
    }
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [question, shown, finished, toggle, check, next, router]);

  const results = shown ? new Map<string, ChoiceResult>(shown.choices.map((c) => [c.id, c])) : undefined;
  return (
    <div className="stack">
      <div className={styles.pageHeader}>
        <h1 style={{ margin: 0, fontSize: "1.3rem" }}>{title}</h1>
        {attempt.deadline ? (
          <p className="small muted" style={{ marginBottom: 0 }}>
            Closes <LocalTime ms={attempt.deadline} withRelative />
          </p>
        ) : null}
      </div>
      <p className="small muted" role="status">
        Question {index + 1} of {attempt.questions.length} · {answered} answered
      </p>
      <span className={styles.meter} aria-hidden="true">
        <span className={styles.meterFill} style={{ width: `${(answered / attempt.questions.length) * 100}%` }} />
      </span>
      <AttemptQuestion number={index + 1} error={error}>
        <h2 className="visually-hidden">Question {index + 1}</h2>
        <QuestionView question={question} selected={chosen} onToggle={toggle} results={results} disabled={Boolean(shown) || pending} />
        {shown ? <FeedbackPanel feedback={{ ...shown, rating: 0 }} showVerdict /> : null}
        <div className={styles.actions}>
          {!shown ? (
            <button type="button" className="button" onClick={() => void check()} disabled={chosen.length === 0 || pending}>
              {pending ? "Checking…" : "Check answer"}
            </button>
          ) : finished ? (
            <button type="button" className="button" onClick={() => router.refresh()}>
              See your results
            </button>
          ) : (
            <button type="button" className="button" onClick={next}>
              Next question →
            </button>
          )}
          <span className="small muted">Keys: 1–9 choose, Enter {shown ? "next" : "check"}.</span>
        </div>
      </AttemptQuestion>
      {finished ? (
        <p className="alert alert-info" role="status">
          <span aria-hidden="true">✓</span> All {attempt.questions.length} questions answered: your attempt is submitted.
        </p>
      ) : null}
    </div>
  );
}
