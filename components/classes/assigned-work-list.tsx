import { LinkRow } from "./link-row";
import { LocalTime } from "./local-time";
import { StatusBadge } from "./status-badge";
import type { StudentAssignment as AssignedWork } from "@/server/classes/types";
import styles from "./classes.module.css";

/** Where the student stands on one assignment: the counted score once there is one, and the status. */
function Standing({ work }: { work: AssignedWork }) {
  return (
    <span className={styles.actions}>
      {work.score ? (
        <span className="small">
          {Math.round(work.score.points * 100) / 100}/{work.score.total}
        </span>
      ) : null}
      <StatusBadge status={work.status} />
    </span>
  );
}

/** A student's assignments, soonest due first, each with its status and score. */
export function AssignedWorkList({ work, now, empty }: { work: AssignedWork[]; now: number; empty: string }) {
  if (work.length === 0) return <p className="card muted">{empty}</p>;
  return (
    <ul className={styles.list}>
      {work.map((a) => (
        <LinkRow key={a.id} href={`/assignments/${a.id}`} title={a.title} end={<Standing work={a} />}>
          <span className={styles.meta}>
            {a.className}
            {a.classArchived ? " (archived: no new attempts)" : ""} · {a.mode === "exam" ? `exam, ${a.timeLimitMinutes} min` : "practice"} ·{" "}
            {a.questionCount} questions
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
        </LinkRow>
      ))}
    </ul>
  );
}
