"use client";

import { useState } from "react";
import { QuestionView, type ChoiceResult } from "@/components/practice/question-view";
import type { AnsweredQuestion } from "@/server/classes/types";
import { KIND_LABELS, modelLabel } from "./labels";
import { RichText } from "@/components/ui/rich-text";
import styles from "./classes.module.css";

/** The questions exactly as students will see them, with the answers one switch away. */
export function QuestionPreview({ questions, serviceNames }: { questions: AnsweredQuestion[]; serviceNames: Record<string, string> }) {
  const [showAnswers, setShowAnswers] = useState(false);
  return (
    <section className="stack" aria-labelledby="preview-title">
      <div className={styles.pageHeader}>
        <h3 id="preview-title" style={{ marginBottom: 0 }}>
          Preview: {questions.length} question{questions.length === 1 ? "" : "s"}, as students will see them
        </h3>
        <label className="small" style={{ display: "inline-flex", gap: "0.4rem", alignItems: "center" }}>
          <input type="checkbox" checked={showAnswers} onChange={(e) => setShowAnswers(e.target.checked)} /> Show answers
        </label>
      </div>
      <ol className={styles.list}>
        {questions.map((question, index) => {
          const results = showAnswers ? new Map<string, ChoiceResult>(question.choices.map((c) => [c.id, c])) : undefined;
          return (
            <li key={`${question.itemId}-${index}`} className="card stack">
              <p className="small muted" style={{ marginBottom: 0 }}>
                Question {index + 1} · {KIND_LABELS[question.kind] ?? question.kind}
                {question.model ? ` · ${modelLabel(question.model)}` : ""}
                {question.service ? ` · ${serviceNames[question.service] ?? question.service}` : ""}
              </p>
              <QuestionView question={question} selected={[]} results={results} disabled />
              {showAnswers && question.explanationRich ? (
                <RichText nodes={question.explanationRich} className="small" />
              ) : showAnswers && question.explanation ? (
                <p className="small">{question.explanation}</p>
              ) : null}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
