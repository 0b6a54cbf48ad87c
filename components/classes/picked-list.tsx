"use client";

import type { PickedQuestion } from "./bank-browser";
import { KIND_LABELS } from "./labels";
import styles from "./classes.module.css";

/** The hand-picked questions in the order students will get them. */
export function PickedList({ picked, onChange }: { picked: PickedQuestion[]; onChange: (next: PickedQuestion[]) => void }) {
  const move = (index: number, by: number) => {
    const next = [...picked];
    [next[index], next[index + by]] = [next[index + by], next[index]];
    onChange(next);
  };
  if (picked.length === 0) return <p className="muted small">No questions picked yet: search the bank below and add some.</p>;
  return (
    <ol className={styles.list} aria-label="Picked questions">
      {picked.map((q, index) => (
        <li key={q.itemId} className={styles.row}>
          <span className={styles.rowMain}>
            <span className="small muted">
              {index + 1}. {KIND_LABELS[q.kind] ?? q.kind}
            </span>
            <span>{q.prompt.length > 160 ? `${q.prompt.slice(0, 157)}…` : q.prompt}</span>
          </span>
          <span className={styles.actions}>
            <button
              type="button"
              className="button button-quiet"
              aria-label={`Move question ${index + 1} up`}
              disabled={index === 0}
              onClick={() => move(index, -1)}
            >
              ↑
            </button>
            <button
              type="button"
              className="button button-quiet"
              aria-label={`Move question ${index + 1} down`}
              disabled={index === picked.length - 1}
              onClick={() => move(index, 1)}
            >
              ↓
            </button>
            <button
              type="button"
              className="button button-quiet"
              aria-label={`Remove question ${index + 1}`}
              onClick={() => onChange(picked.filter((p) => p.itemId !== q.itemId))}
            >
              Remove
            </button>
          </span>
        </li>
      ))}
    </ol>
  );
}
