import type { StudentStatus } from "@/server/classes/types";
import styles from "./classes.module.css";

/** Icon and words for each status: the badge never depends on colour alone. */
const BADGES: Record<StudentStatus, [icon: string, words: string]> = {
  submitted: ["✓", "Submitted"],
  late: ["◷", "Submitted late"],
  missing: ["✗", "Missing"],
  in_progress: ["◐", "In progress"],
  not_started: ["○", "Not started"],
};

/** A student's status in words with an icon, so it never depends on colour alone. */
export function StatusBadge({ status }: { status: StudentStatus }) {
  return (
    <span className={styles.status} data-status={status}>
      <span aria-hidden="true">{BADGES[status][0]}</span> {BADGES[status][1]}
    </span>
  );
}
