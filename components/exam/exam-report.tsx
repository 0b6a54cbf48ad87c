"use client";

import Link from "next/link";
import { useState } from "react";
import { QuestionView, type ChoiceResult } from "@/components/practice/question-view";
import { CitationsList } from "@/components/practice/citations-list";
import { modelLabel } from "@/components/classes/labels";
import { FilteredCount } from "@/components/ui/filtered-count";
import type { ExamReport as Report } from "@/server/exams/types";
import { ScoreBars } from "./score-bars";
import styles from "./exam.module.css";

type Filter = "all" | "incorrect" | "flagged";

const minutes = (ms: number) => `${Math.floor(ms / 60_000)} min ${Math.round((ms % 60_000) / 1000)} s`;

/** The share right a scaled pass mark asks for, as the report says it: 730 → "70%", 700 → "66.7%". */
const passPercent = (scaled: number) => `${Math.round(((scaled - 100) / 9) * 10) / 10}%`;

export function ExamReport({ report, serviceNames }: { report: Report; serviceNames: Record<string, string> }) {
  const [filter, setFilter] = useState<Filter>("all");
  const [model, setModel] = useState("any");
  const name = (id: string) => serviceNames[id] ?? id;
  const shown = report.questions.filter(
    (q) => (filter === "all" || (filter === "incorrect" ? !q.correct : q.flagged)) && (model === "any" || q.model === model),
  );
  return (
    <div className="stack">
      <h1>{report.title}: results</h1>
      <section className="card stack" aria-label="Score">
        <div className={styles.scoreLine}>
          <span className={styles.score}>{report.scaledScore}</span>
          <span className={`badge ${report.passed ? "owner-customer" : "owner-aws"}`}>
            <span aria-hidden="true">{report.passed ? "✓" : "✗"}</span> {report.passed ? "Pass" : "Not yet a pass"}
          </span>
          <span className="muted">
            scaled score (100–1000) · pass mark {report.passMarkScaled} ({passPercent(report.passMarkScaled)} right) · {report.correctCount}{" "}
            of {report.total} right ({report.total ? Math.round((report.correctCount / report.total) * 1000) / 10 : 0}%) · time used{" "}
            {minutes(report.timeUsedMs)}
            {report.autoSubmitted ? " · submitted when time ran out" : ""}
          </span>
        </div>
        <p className="small">
          Strongest: {report.strongest.map((s) => `${name(s.service)} (${s.percent}%)`).join(", ") || "—"}. Weakest:{" "}
          {report.weakest.map((s) => `${name(s.service)} (${s.percent}%)`).join(", ") || "—"}. Every question you missed or flagged is now
          due in <Link href="/practice">practice</Link>.
        </p>
      </section>
      <div className="grid">
        <div className="card">
          <ScoreBars title="By model" areas={report.byModel} label={modelLabel} headingLevel={2} />
        </div>
        <div className="card">
          <ScoreBars title="By topic" areas={report.byTopic} headingLevel={2} />
        </div>
      </div>
      <div className="card">
        <ScoreBars title="By service" areas={report.byService} label={name} headingLevel={2} />
      </div>
      <section className="stack" aria-labelledby="review-title">
        <h2 id="review-title">Review</h2>
        <div className={styles.filters} role="group" aria-label="Filter questions">
          {(["all", "incorrect", "flagged"] as const).map((value) => (
            <button
              key={value}
              type="button"
              className="button button-quiet"
              aria-pressed={filter === value}
              onClick={() => setFilter(value)}
            >
              {value === "all" ? "All questions" : value === "incorrect" ? "Incorrect only" : "Flagged only"}
            </button>
          ))}
          <label className="small">
            Model{" "}
            <select value={model} onChange={(e) => setModel(e.target.value)}>
              <option value="any">any</option>
              {Object.keys(report.byModel).map((m) => (
                <option key={m} value={m}>
                  {modelLabel(m)}
                </option>
              ))}
            </select>
          </label>
        </div>
        <FilteredCount shown={shown.length} total={report.questions.length} />
        {shown.map((q) => {
          // The options show right and wrong at a glance; why each is so waits behind a disclosure, open for a miss.
          const results = new Map<string, ChoiceResult>(q.choices.map((c) => [c.id, { correct: c.correct, explanation: "" }]));
          return (
            <article key={q.id} className={`card stack ${styles.reviewItem}`} aria-label={`Question ${q.id.slice(1)}`}>
              <p className="small" style={{ margin: 0 }}>
                <strong>Question {q.id.slice(1)}</strong> ·{" "}
                <span style={{ color: q.correct ? "var(--success)" : "var(--danger)", fontWeight: 700 }}>
                  {q.correct ? "✓ Correct" : q.yourChoiceIds.length ? "✗ Incorrect" : "✗ Not answered"}
                </span>
                {q.flagged ? " · ⚑ flagged" : ""} · {modelLabel(q.model)} · {name(q.service)}
              </p>
              <QuestionView question={q} selected={q.yourChoiceIds} results={results} disabled />
              <details className="disclosure" open={!q.correct}>
                <summary>Why{q.correct ? "" : " you missed it"}: the explanation and its sources</summary>
                <div className="stack">
                  {q.explanation ? <p>{q.explanation}</p> : null}
                  {q.disagreement ? <p className="alert alert-info small">{q.disagreement}</p> : null}
                  {/* A 65-question report stays short: each option's reasoning and the quotes wait one more click. */}
                  <details className="disclosure">
                    <summary>Each option explained, with its sources</summary>
                    <div className="stack">
                      <ul className={styles.optionWhy}>
                        {q.choices.map((choice, index) => (
                          <li key={choice.id}>
                            <strong>
                              Option {index + 1} {choice.correct ? "(correct)" : "(not correct)"}:
                            </strong>{" "}
                            {choice.explanation}
                          </li>
                        ))}
                      </ul>
                      <CitationsList citations={q.citations} landmark={false} />
                    </div>
                  </details>
                  <p className="small">
                    <Link href={q.links.model}>The model</Link> · <Link href={q.links.service}>{name(q.service)}&apos;s duties</Link>
                  </p>
                </div>
              </details>
            </article>
          );
        })}
      </section>
    </div>
  );
}
