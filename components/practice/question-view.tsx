import type { ShownQuestion } from "@/server/practice/types";
import styles from "./practice.module.css";

export interface ChoiceResult {
  correct: boolean;
  explanation: string;
}

/** The prompt and its options; after grading, each option shows whether it was right and why. */
export function QuestionView({
  question,
  selected,
  onToggle,
  results,
  disabled,
}: {
  question: ShownQuestion;
  selected: string[];
  onToggle?: (id: string) => void;
  results?: Map<string, ChoiceResult>;
  disabled?: boolean;
}) {
  const multiple = (question.selectCount ?? 1) > 1;
  return (
    <fieldset className={styles.question}>
      <legend className={styles.prompt}>{question.prompt}</legend>
      {multiple ? <p className="muted small">Select {question.selectCount}.</p> : null}
      {question.choices.length > 0 ? (
        <ol className={styles.choices}>
          {question.choices.map((choice, index) => {
            const result = results?.get(choice.id);
            const chosen = selected.includes(choice.id);
            const state = result ? (result.correct ? "right" : chosen ? "wrong" : "plain") : chosen ? "chosen" : "plain";
            return (
              <li key={choice.id}>
                <button
                  type="button"
                  className={styles.choice}
                  data-state={state}
                  aria-pressed={chosen}
                  disabled={disabled}
                  onClick={() => onToggle?.(choice.id)}
                >
                  <span className={styles.key} aria-hidden="true">
                    {index + 1}
                  </span>
                  <span className={styles.choiceText}>
                    {choice.text}
                    {result ? (
                      <span className={styles.choiceVerdict}>
                        {result.correct ? "✓ Correct answer" : chosen ? "✗ Your answer — not correct" : "Not correct"}
                        {chosen && result.correct ? " · your answer" : ""}
                      </span>
                    ) : null}
                    {result?.explanation ? <span className={styles.choiceWhy}>{result.explanation}</span> : null}
                  </span>
                </button>
              </li>
            );
          })}
        </ol>
      ) : null}
    </fieldset>
  );
}
