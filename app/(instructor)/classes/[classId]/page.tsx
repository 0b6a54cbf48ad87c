import type { Metadata } from "next";
import Link from "next/link";
import { orNotFound } from "@/app/_lib/pages";
import { requirePageUser } from "@/app/_lib/session";
import { classGradebook } from "@/server/classes/gradebook";
import { ConfirmButton } from "@/components/classes/confirm-button";
import { ArchiveClassButton, ArchivedBanner } from "@/components/classes/class-archive";
import { JoinCodePanel } from "@/components/classes/join-code-panel";
import { RenameClassForm } from "@/components/classes/rename-class-form";
import { LocalTime } from "@/components/classes/local-time";
import { StatusBadge } from "@/components/classes/status-badge";
import { ClassCrumbs } from "@/components/classes/class-crumbs";
import { LinkRow } from "@/components/classes/link-row";
import { StudentHeaderCell } from "@/components/classes/student-header-cell";
import { TableHead } from "@/components/ui/table-head";
import styles from "@/components/classes/classes.module.css";
import { getDb } from "@/server/db";

export const metadata: Metadata = { title: "Class" };

/** Takes a student out of the class, after saying what that keeps and what it ends. */
function RemoveStudentButton({ classId, student }: { classId: string; student: { userId: string; name: string } }) {
  return (
    <ConfirmButton
      label="Remove"
      accessibleLabel={`Remove ${student.name}`}
      title={`Remove ${student.name}?`}
      body="They leave the class and its assignments. Their past attempts are kept; they can join again only with the current code."
      confirmLabel="Remove student"
      url={`/api/v1/classes/${classId}/students/${student.userId}`}
    />
  );
}

export default async function ClassPage({ params }: { params: Promise<{ classId: string }> }) {
  const { classId } = await params;
  const instructor = await requirePageUser(`/classes/${classId}`, "instructor");
  const now = Date.now();
  const { classRow, assignments, students } = await orNotFound(classGradebook(getDb(), instructor.id, classId, now));
  const archived = classRow.archivedAt !== null;
  const done = (index: number) => students.filter((s) => ["submitted", "late"].includes(s.cells[index].status)).length;
  return (
    <div className="stack">
      <div className={styles.pageHeader}>
        <div>
          <ClassCrumbs trail={[]} />
          <h1>{classRow.name}</h1>
        </div>
        <div className={styles.actions}>
          {archived ? null : (
            <Link className="button" href={`/classes/${classId}/assignments/new`}>
              New assignment
            </Link>
          )}
          <Link className="button button-secondary" href={`/classes/${classId}/questions`}>
            Your questions (GIFT)
          </Link>
          <a className="button button-secondary" href={`/api/v1/classes/${classId}/gradebook.csv`} download>
            Gradebook CSV
          </a>
          {archived ? null : <ArchiveClassButton classId={classId} name={classRow.name} />}
        </div>
      </div>
      {archived ? <ArchivedBanner classId={classId} name={classRow.name} archivedAt={classRow.archivedAt!} /> : null}
      <details className="card">
        <summary style={{ cursor: "pointer", fontWeight: 700 }}>Rename the class</summary>
        <div style={{ marginTop: "1rem" }}>
          <RenameClassForm classId={classId} name={classRow.name} />
        </div>
      </details>
      <div className={styles.twoColumns}>
        {archived ? (
          <section className="card stack" aria-labelledby="join-code-title">
            <h2 id="join-code-title">Join code</h2>
            <p className="muted">Nobody can join while the class is archived. Unarchive it to use the join code again.</p>
          </section>
        ) : (
          <JoinCodePanel classId={classId} joinCode={classRow.joinCode} enabled={classRow.joinCodeEnabled} />
        )}
        <section className="card stack" aria-labelledby="assignments-title">
          <h2 id="assignments-title">Assignments</h2>
          {assignments.length === 0 ? (
            <p className="muted">No assignments yet. Create one: pick questions by filter or by hand, set a due date, and publish.</p>
          ) : (
            <ul className={styles.list}>
              {assignments.map((a, index) => (
                <LinkRow
                  key={a.id}
                  href={`/classes/${classId}/assignments/${a.id}`}
                  title={a.title}
                  end={
                    <span className={styles.meta}>
                      {done(index)} of {students.length} submitted
                    </span>
                  }
                >
                  <span className={styles.meta}>
                    {a.mode === "exam" ? `Exam · ${a.timeLimitMinutes} min` : "Practice"} · {a.itemIds.length} questions · due{" "}
                    <LocalTime ms={a.dueAt} />
                  </span>
                </LinkRow>
              ))}
            </ul>
          )}
        </section>
      </div>
      <section className="stack" aria-labelledby="students-title">
        <h2 id="students-title">Students and grades</h2>
        {students.length === 0 ? (
          <p className="card muted">Nobody has joined yet. Share the join code or link above.</p>
        ) : (
          <div className={styles.tableWrap} role="region" aria-label="Grades table" tabIndex={0}>
            <table className={styles.table}>
              <TableHead
                columns={[
                  { label: "Student" },
                  ...assignments.map((a) => ({ label: a.title, key: a.id })),
                  { label: "Joined" },
                  { label: "Actions", hidden: true },
                ]}
              />
              <tbody>
                {students.map((student) => (
                  <tr key={student.userId}>
                    <StudentHeaderCell student={student} />
                    {student.cells.map((cell, i) => (
                      <td key={assignments[i].id}>
                        <StatusBadge status={cell.status} />
                        {cell.percent !== null ? <div className="small">{cell.percent}%</div> : null}
                      </td>
                    ))}
                    <td className={styles.nowrap}>
                      <LocalTime ms={student.joinedAt} />
                    </td>
                    <td>
                      <RemoveStudentButton classId={classId} student={student} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </div>
  );
}
