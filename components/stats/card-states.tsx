import type { StateCounts as CardStateCounts } from "@/server/stats/types";
import styles from "./stats.module.css";

const STATES = [
  { key: "new", label: "New (not seen yet)", fill: "var(--surface-2)" },
  { key: "learning", label: "Learning", fill: "var(--owner-shared)" },
  { key: "relearning", label: "Relearning", fill: "var(--danger)" },
  { key: "review", label: "Review", fill: "var(--accent)" },
  { key: "suspended", label: "Suspended", fill: "var(--muted)" },
] as const;

/** How the learner's cards split by FSRS state: one stacked bar, and the counts written out beside it. */
export function CardStates({ counts }: { counts: CardStateCounts }) {
  const total = Math.max(1, counts.total);
  return (
    <div>
      <div className={styles.stateBar} aria-hidden="true">
        {STATES.map((state) =>
          counts[state.key] > 0 ? (
            <span key={state.key} style={{ width: `${(counts[state.key] / total) * 100}%`, background: state.fill }} />
          ) : null,
        )}
      </div>
      <dl className={styles.stateList}>
        {STATES.map((state) => (
          <div key={state.key}>
            <dt>
              <span className={styles.swatch} style={{ background: state.fill }} aria-hidden="true" />
              {state.label}
            </dt>
            <dd>
              {counts[state.key]} <span className="small muted">({Math.round((counts[state.key] / total) * 100)}%)</span>
            </dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
