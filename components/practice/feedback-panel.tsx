import Link from "next/link";
import { CitationsList } from "./citations-list";
import type { Feedback, RichText as RichTextNodes } from "@/server/practice/types";
import { FormattedOrPlain } from "@/components/ui/lazy-rich-text";
import { creditLabel } from "./credit-label";
import styles from "./practice.module.css";

/** Right or wrong (icon and words, never colour alone), the explanation, sources and where to read more. */
export function FeedbackPanel({
  feedback,
  showVerdict,
}: {
  feedback: Feedback & { credit?: number; explanationRich?: RichTextNodes };
  showVerdict: boolean;
}) {
  const partly = !feedback.correct && feedback.credit !== undefined && feedback.credit > 0;
  return (
    <section className={styles.feedback} aria-live="polite" aria-label="Answer and explanation">
      {showVerdict && feedback.correct !== undefined ? (
        <p className={styles.verdict} data-correct={feedback.correct} data-partial={partly || undefined}>
          <span aria-hidden="true">{feedback.correct ? "✓" : partly ? "◐" : "✗"}</span>{" "}
          {feedback.correct ? "Correct" : partly ? `Partly right: ${creditLabel(feedback.credit!)}` : "Not quite"}
        </p>
      ) : null}
      {feedback.answer ? <p className={styles.answer}>{feedback.answer}</p> : null}
      {feedback.leech ? (
        <p className="alert alert-error" role="alert">
          {feedback.leech.message} <Link href={feedback.leech.link}>Open the fact page</Link>
        </p>
      ) : null}
      {feedback.explanation ? (
        <>
          <h2 className={styles.subheading}>Why</h2>
          <FormattedOrPlain nodes={feedback.explanationRich} plain={<p>{feedback.explanation}</p>} />
        </>
      ) : null}
      {feedback.disagreement ? <p className="alert alert-info small">{feedback.disagreement}</p> : null}
      <CitationsList citations={feedback.citations} />
      {feedback.links ? (
        <p className="small">
          Read more: <Link href={feedback.links.model}>the model</Link> ·{" "}
          <Link href={feedback.links.service}>the service&apos;s duties</Link>
        </p>
      ) : null}
    </section>
  );
}
