import Link from "next/link";
import { LocalTime } from "./local-time";
import { StatusBadge } from "./status-badge";
import type { StudentAssignment as AssignedWork } from "@/server/classes/types";
import styles from "./classes.module.css";

/** A student's assignments, soonest due first, each with its status and score. */
export function AssignedWorkList({ work, now, empty }: { work: AssignedWork[]; now: number; empty: string }) {
  if (work.length === 0) return <p className="card muted">{empty}</p>;
  return (
    <ul className={styles.list}>
      {work.map((a) => (
        <li key={a.id} className={styles.row}>
          <span className={styles.rowMain}>
            <Link className={styles.rowTitle} href={`/assignments/${a.id}`}>
              {a.title}
            </Link>
            <span className={styles.meta}>
              {a.className}
              {a.classArchived ? " (archived: no new attempts)" : ""} · {a.mode === "exam" ? `exam, ${a.timeLimitMinutes} min` : "practice"}{" "}
              · {a.questionCount} questions
            </span>
            <span className={styles.meta}>
              {now < a.opensAt ? (
                <>
                  Opens <LocalTime ms={a.opensAt} withRelative />
                </>
              ) : (
                <>
                  Due <LocalTime ms={a.dueAt} withRelative />
                </>
              )}
            </span>
          </span>
          <span className={styles.actions}>
            {a.score ? (
              <span className="small">
                {Math.round(a.score.points * 100) / 100}/{a.score.total}
              </span>
            ) : null}
            <StatusBadge status={a.status} />
          </span>
        </li>
      ))}
    </ul>
  );
}
