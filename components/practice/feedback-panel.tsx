import Link from "next/link";
import { CitationsList } from "./citations-list";
import type { Feedback } from "@/server/practice/types";
import styles from "./practice.module.css";

/** Right or wrong (icon and words, never colour alone), the explanation, sources and where to read more. */
export function FeedbackPanel({ feedback, showVerdict }: { feedback: Feedback; showVerdict: boolean }) {
  return (
    <section className={styles.feedback} aria-live="polite" aria-label="Answer and explanation">
      {showVerdict && feedback.correct !== undefined ? (
        <p className={styles.verdict} data-correct={feedback.correct}>
          <span aria-hidden="true">{feedback.correct ? "✓" : "✗"}</span> {feedback.correct ? "Correct" : "Not quite"}
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
          <p>{feedback.explanation}</p>
        </>
      ) : null}
      {feedback.disagreement ? <p className="alert alert-info small">{feedback.disagreement}</p> : null}
      <CitationsList citations={feedback.citations} />
      {feedback.links ? (
        <p className="small">
          Read more: <Link href={feedback.links.model}>the model</Link> · <Link href={feedback.links.service}>the service&apos;s duties</Link>
        </p>
      ) : null}
    </section>
  );
}
