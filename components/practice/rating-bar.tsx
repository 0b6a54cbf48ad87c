const RATING_NAMES: Record<number, string> = { 1: "Again", 2: "Hard", 3: "Good", 4: "Easy" };
import styles from "./practice.module.css";

/** Again / Hard / Good / Easy, each with its next interval, as Anki shows them. */
export function RatingBar({
  intervals,
  allowed,
  current,
  onRate,
  disabled,
}: {
  intervals: Record<"1" | "2" | "3" | "4", string>;
  allowed: number[];
  current?: number;
  onRate: (rating: number) => void;
  disabled?: boolean;
}) {
  return (
    <div className={styles.ratings} role="group" aria-label="Rate how well you knew it">
      {allowed.map((rating) => (
        <button
          key={rating}
          type="button"
          className={`tile-button ${styles.rating}`}
          data-rating={rating}
          aria-pressed={current === rating}
          disabled={disabled}
          onClick={() => onRate(rating)}
        >
          <span className={styles.ratingName}>
            <span className={styles.key} aria-hidden="true">
              {rating}
            </span>{" "}
            {RATING_NAMES[rating]}
          </span>
          <span className={styles.interval}>{intervals[String(rating) as "1"]}</span>
        </button>
      ))}
    </div>
  );
}
