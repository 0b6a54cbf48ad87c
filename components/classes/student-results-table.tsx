import Link from "next/link";
import { LocalTime } from "./local-time";
import { StatusBadge } from "./status-badge";
import { StudentHeaderCell } from "./student-header-cell";
import { TableHead, type ColumnHeading } from "@/components/ui/table-head";
import { formatDuration } from "./format";
import type { StudentResultRow } from "@/server/classes/types";
import styles from "./classes.module.css";

const COLUMNS: ColumnHeading[] = [
  { label: "Student" },
  { label: "Status" },
  { label: "Score", className: styles.number },
  { label: "Time spent", className: styles.number },
  { label: "Submitted" },
  { label: "Attempts", className: styles.number },
  { label: "Answers", hidden: true },
];

/** Each student's status, counted score, time spent and submission time. */
export function StudentResultsTable({ students, basePath }: { students: StudentResultRow[]; basePath: string }) {
  if (students.length === 0) return <p className="card muted">No students in the class yet.</p>;
  return (
    <div className={styles.tableWrap} role="region" aria-label="Student results table" tabIndex={0}>
      <table className={styles.table}>
        <TableHead columns={COLUMNS} />
        <tbody>
          {students.map((s) => (
            <tr key={s.userId}>
              <StudentHeaderCell student={s} />
              <td>
                <StatusBadge status={s.status} />
              </td>
              <td className={styles.number}>
                {s.percent === null ? "—" : `${Math.round((s.score ?? s.correct ?? 0) * 100) / 100}/${s.total} (${s.percent}%)`}
              </td>
              <td className={styles.number}>{formatDuration(s.timeSpentMs)}</td>
              <td className={styles.nowrap}>{s.submittedAt === null ? "—" : <LocalTime ms={s.submittedAt} />}</td>
              <td className={styles.number}>{s.attemptsUsed}</td>
              <td>
                {s.attemptId ? (
                  <Link href={`${basePath}/attempts/${s.attemptId}`} aria-label={`${s.name}'s answers`}>
                    Answers
                  </Link>
                ) : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
