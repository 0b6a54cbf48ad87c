import Link from "next/link";
import { LinkRow } from "./link-row";
import { LocalTime } from "./local-time";
import styles from "./classes.module.css";

interface ClassSummary {
  id: string;
  name: string;
  studentCount: number;
  assignmentCount: number;
  joinCodeEnabled: boolean;
}

interface AssignmentSummary {
  assignment: { id: string; classId: string; title: string; dueAt: number };
}

/** A class's next assignment to fall due, linked, or that nothing is due. */
function NextDue({ classId, next }: { classId: string; next: AssignmentSummary["assignment"] | undefined }) {
  return (
    <span className={styles.meta}>
      {next ? (
        <>
          Next due: <Link href={`/classes/${classId}/assignments/${next.id}`}>{next.title}</Link>,{" "}
          <LocalTime ms={next.dueAt} withRelative />
        </>
      ) : (
        "Nothing due"
      )}
    </span>
  );
}

/** An instructor's classes at a glance, each with what is due next. */
export function InstructorClassesSummary({
  classes,
  assignments,
  now,
}: {
  classes: ClassSummary[];
  assignments: AssignmentSummary[];
  now: number;
}) {
  return (
    <section className="stack" aria-labelledby="taught-title">
      <div className={styles.pageHeader}>
        <h2 id="taught-title" style={{ marginBottom: 0 }}>
          Your classes
        </h2>
        <Link href="/classes" className="button button-secondary">
          {classes.length ? "Manage classes" : "Create a class"}
        </Link>
      </div>
      {classes.length === 0 ? (
        <p className="card muted">No classes yet. Create one, share its join code, and assign your first set.</p>
      ) : (
        <ul className={styles.list}>
          {classes.map((c) => {
            const next = assignments.find((a) => a.assignment.classId === c.id && a.assignment.dueAt > now)?.assignment;
            return (
              <LinkRow key={c.id} href={`/classes/${c.id}`} title={c.name} end={<NextDue classId={c.id} next={next} />}>
                <span className={styles.meta}>
                  {Number(c.studentCount)} student{Number(c.studentCount) === 1 ? "" : "s"} · {Number(c.assignmentCount)} assignment
                  {Number(c.assignmentCount) === 1 ? "" : "s"}
                  {c.joinCodeEnabled ? "" : " · joining off"}
                </span>
              </LinkRow>
            );
          })}
        </ul>
      )}
    </section>
  );
}
