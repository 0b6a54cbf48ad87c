"use client";

import Link from "next/link";
import { useState } from "react";
import { QuestionView, type ChoiceResult } from "@/components/practice/question-view";
import { ScoreBars } from "@/components/exam/score-bars";
import { LocalTime } from "./local-time";
import { CitationsList } from "@/components/practice/citations-list";
import { formatDuration } from "./format";
import type { AttemptResultView } from "@/server/attempts/types";
import { modelLabel } from "./labels";
import { RichText } from "@/components/ui/rich-text";
import { FilteredCount } from "@/components/ui/filtered-count";
import { creditLabel } from "@/components/practice/credit-label";
import styles from "./classes.module.css";

/** A submitted attempt: the score, and each question with the answer given, the right one and why. */
export function AttemptResult({
  result,
  heading,
  serviceNames,
}: {
  result: AttemptResultView;
  heading: string;
  serviceNames: Record<string, string>;
}) {
  const [onlyMissed, setOnlyMissed] = useState(false);
  const shown = result.questions.filter((q) => !onlyMissed || !q.correct);
  return (
    <div className="stack">
      <section className="card stack" aria-labelledby="score-title">
        <h2 id="score-title" style={{ marginBottom: 0 }}>
          {heading}
        </h2>
        <div style={{ display: "flex", flexWrap: "wrap", gap: "1rem", alignItems: "baseline" }}>
          <span style={{ fontSize: "2.4rem", fontWeight: 800 }}>{result.percent}%</span>
          <span className="muted">
            {result.score === result.correctCount
              ? `${result.correctCount} of ${result.total} right`
              : `${creditLabel(result.score, result.total)} points · ${result.correctCount} fully right`}{" "}
            · time spent {formatDuration(result.timeSpentMs)}
            {result.submittedAt ? (
              <>
                {" "}
                · submitted <LocalTime ms={result.submittedAt} />
              </>
            ) : (
              " · not submitted yet"
            )}
            {result.late ? " · late" : ""}
            {result.autoSubmitted ? " · submitted automatically when time ran out" : ""}
          </span>
        </div>
        {!result.feedbackVisible ? (
          <p className="alert alert-info" style={{ marginBottom: 0 }}>
            Your instructor shows the answers and explanations after the due date
            {result.feedbackOpensAt ? (
              <>
                {" "}
                (<LocalTime ms={result.feedbackOpensAt} />)
              </>
            ) : null}
            . Come back then to review them.
          </p>
        ) : null}
      </section>
      {result.feedbackVisible && Object.keys(result.byModel).length > 0 ? (
        <div className="card">
          <ScoreBars title="By model" areas={result.byModel} />
        </div>
      ) : null}
      {result.feedbackVisible ? (
        <section className="stack" aria-labelledby="review-title">
          <div className={styles.pageHeader}>
            <h2 id="review-title" style={{ marginBottom: 0 }}>
              Review
            </h2>
            <label className="small" style={{ display: "inline-flex", gap: "0.4rem", alignItems: "center" }}>
              <input type="checkbox" checked={onlyMissed} onChange={(e) => setOnlyMissed(e.target.checked)} /> Missed questions only
            </label>
          </div>
          <FilteredCount shown={shown.length} total={result.questions.length} />
          {shown.map((q) => {
            const results = new Map<string, ChoiceResult>(q.choices.map((c) => [c.id, c]));
            return (
              <article key={q.id} className="card stack" aria-label={`Question ${q.number}`}>
                <p className="small" style={{ marginBottom: 0 }}>
                  <strong>Question {q.number}</strong> ·{" "}
                  <span style={{ color: q.correct ? "var(--success)" : q.credit > 0 ? "inherit" : "var(--danger)", fontWeight: 700 }}>
                    {q.correct
                      ? "✓ Correct"
                      : q.credit > 0
                        ? `◐ Partly right: ${creditLabel(q.credit)}`
                        : q.yourChoiceIds.length
                          ? "✗ Incorrect"
                          : "✗ Not answered"}
                  </span>
                  {q.model ? ` · ${modelLabel(q.model)}` : ""}
                  {q.service ? ` · ${serviceNames[q.service] ?? q.service}` : ""}
                </p>
                <QuestionView question={q} selected={q.yourChoiceIds} results={results} disabled />
                {q.explanation ? (
                  <>
                    <h3 className="small" style={{ marginBottom: 0 }}>
                      Why
                    </h3>
                    {q.explanationRich ? <RichText nodes={q.explanationRich} /> : <p className={styles.pre}>{q.explanation}</p>}
                  </>
                ) : null}
                {q.disagreement ? <p className="alert alert-info small">{q.disagreement}</p> : null}
                <CitationsList citations={q.citations} landmark={false} />
                {q.links ? (
                  <p className="small">
                    <Link href={q.links.model}>The model</Link> ·{" "}
                    <Link href={q.links.service}>{serviceNames[q.service ?? ""] ?? "The service"}&apos;s duties</Link>
                  </p>
                ) : null}
              </article>
            );
          })}
        </section>
      ) : null}
    </div>
  );
}
