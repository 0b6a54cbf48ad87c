import styles from "./exam.module.css";

export interface NavigatorAnswer {
  choiceIds: string[];
  flagged?: boolean;
}

/** The grid of question numbers: answered, flagged or not yet, in words for screen readers too. */
export function QuestionNavigator({
  questionIds,
  answers,
  current,
  onGo,
  withFlags,
}: {
  questionIds: string[];
  answers: Record<string, NavigatorAnswer | undefined>;
  current: number;
  onGo: (index: number) => void;
  withFlags: boolean;
}) {
  return (
    <nav aria-label="Question navigator" className="card">
      <h2 className="small" style={{ marginTop: 0 }}>
        Questions
      </h2>
      <ol className={styles.grid}>
        {questionIds.map((id, index) => {
          const answer = answers[id];
          const answered = Boolean(answer?.choiceIds.length);
          const flagged = withFlags && Boolean(answer?.flagged);
          return (
            <li key={id}>
              <button
                type="button"
                className={`tile-button ${styles.cell}`}
                data-answered={answered}
                data-flagged={flagged}
                aria-current={index === current ? "step" : undefined}
                aria-label={`Question ${index + 1}, ${answered ? "answered" : "unanswered"}${flagged ? ", flagged" : ""}`}
                onClick={() => onGo(index)}
              >
                {index + 1}
                {flagged ? <span aria-hidden="true">⚑</span> : null}
              </button>
            </li>
          );
        })}
      </ol>
      <p className="small muted">
        Filled: answered{withFlags ? " · ⚑ flagged" : ""} · outlined: not answered yet. Keys: 1–9 answer, ←/→ move
        {withFlags ? ", F flag" : ""}.
      </p>
    </nav>
  );
}
