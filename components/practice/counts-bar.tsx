import type { Counts } from "@/server/practice/types";
import styles from "./practice.module.css";

export function CountsBar({ counts }: { counts: Counts }) {
  return (
    <p className={styles.counts} aria-label="Cards left today" role="status">
      <span className={styles.countNew}>
        <strong>{counts.new}</strong> new
      </span>
      <span className={styles.countLearning}>
        <strong>{counts.learning}</strong> learning
      </span>
      <span className={styles.countReview}>
        <strong>{counts.review}</strong> to review
      </span>
    </p>
  );
}
