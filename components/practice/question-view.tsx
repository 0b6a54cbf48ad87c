import type { RichText as RichTextNodes, ShownQuestion } from "@/server/practice/types";
import { FormattedOrPlain } from "@/components/ui/lazy-rich-text";
import styles from "./practice.module.css";

export interface ChoiceResult {
  correct: boolean;
  explanation: string;
  explanationRich?: RichTextNodes;
  /** An imported single-answer question's partly right answer: the credit it earns (0–1). */
  partialCredit?: number;
}

/** A question as shown: imported ones may carry formatted text (inline form) beside the plain words. */
export type FormattedQuestion = Omit<ShownQuestion, "choices"> & {
  promptRich?: RichTextNodes;
  choices: { id: string; text: string; textRich?: RichTextNodes }[];
};

const percentOf = (credit: number) => `${Math.round(credit * 1000) / 10}%`;

function verdict(result: ChoiceResult, chosen: boolean) {
  if (result.correct) return `✓ Correct answer${chosen ? " · your answer" : ""}`;
  if (result.partialCredit)
    return `◐ ${chosen ? "Your answer — partly right" : "Partly right"}: earns ${percentOf(result.partialCredit)} of the credit`;
  return chosen ? "✗ Your answer — not correct" : "Not correct";
}

/** The prompt and its options; after grading, each option shows whether it was right and why. */
export function QuestionView({
  question,
  selected,
  onToggle,
  results,
  disabled,
}: {
  question: FormattedQuestion;
  selected: string[];
  onToggle?: (id: string) => void;
  results?: Map<string, ChoiceResult>;
  disabled?: boolean;
}) {
  const multiple = (question.selectCount ?? 1) > 1;
  return (
    <fieldset className={styles.question}>
      <legend className={styles.prompt}>
        <FormattedOrPlain nodes={question.promptRich} inline plain={question.prompt} />
      </legend>
      {multiple ? <p className="muted small">Select {question.selectCount}.</p> : null}
      {question.choices.length > 0 ? (
        <ol className={styles.choices}>
          {question.choices.map((choice, index) => {
            const result = results?.get(choice.id);
            const chosen = selected.includes(choice.id);
            const state = result
              ? result.correct
                ? "right"
                : result.partialCredit
                  ? "partial"
                  : chosen
                    ? "wrong"
                    : "plain"
              : chosen
                ? "chosen"
                : "plain";
            return (
              <li key={choice.id}>
                <button
                  type="button"
                  className={`tile-button ${styles.choice}`}
                  data-state={state}
                  aria-pressed={chosen}
                  disabled={disabled}
                  onClick={() => onToggle?.(choice.id)}
                >
                  <span className={styles.key} aria-hidden="true">
                    {index + 1}
                  </span>
                  <span className={styles.choiceText}>
                    <FormattedOrPlain nodes={choice.textRich} inline plain={choice.text} />
                    {result ? <span className={styles.choiceVerdict}>{verdict(result, chosen)}</span> : null}
                    {result?.explanationRich || result?.explanation ? (
                      <span className={styles.choiceWhy}>
                        <FormattedOrPlain nodes={result.explanationRich} inline plain={result.explanation} />
                      </span>
                    ) : null}
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
