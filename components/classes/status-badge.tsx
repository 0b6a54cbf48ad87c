import { STATUS_LABELS, type StudentStatus } from "./status";
import styles from "./classes.module.css";

const ICONS: Record<StudentStatus, string> = { submitted: "✓", late: "⏰", missing: "✗", in_progress: "◐", not_started: "○" };

/** A student's status in words with an icon, so it never depends on colour alone. */
export function StatusBadge({ status }: { status: StudentStatus }) {
  return (
    <span className={styles.status} data-status={status}>
      <span aria-hidden="true">{ICONS[status]}</span> {STATUS_LABELS[status]}
    </span>
  );
}
