import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { orNotFound } from "@/app/_lib/pages";
import { requirePageUser } from "@/app/_lib/session";
import { assignmentResults } from "@/server/classes/gradebook";
import { AssignmentSettingsEditor } from "@/components/classes/assignment-settings-editor";
import { TEXT_LIMITS } from "@/server/text-limits";
import { ConfirmButton } from "@/components/classes/confirm-button";
import { ItemAnalysis } from "@/components/classes/item-analysis";
import { LocalTime } from "@/components/classes/local-time";
import { StudentResultsTable } from "@/components/classes/student-results-table";
import { WeakestAreas } from "@/components/classes/weakest-areas";
import { ClassCrumbs } from "@/components/classes/class-crumbs";
import styles from "@/components/classes/classes.module.css";
import { getDb } from "@/server/db";
import { serviceNames } from "@/server/models/catalog";

export const metadata: Metadata = { title: "Assignment results" };

const names = serviceNames();

export default async function AssignmentResultsPage({
  params,
  searchParams,
}: {
  params: Promise<{ classId: string; assignmentId: string }>;
  searchParams: Promise<{ published?: string }>;
}) {
  const { classId, assignmentId } = await params;
  const { published } = await searchParams;
  const basePath = `/classes/${classId}/assignments/${assignmentId}`;
  const instructor = await requirePageUser(basePath, "instructor");
  const results = await orNotFound(assignmentResults(getDb(), instructor.id, assignmentId, Date.now()));
  const { assignment, summary } = results;
  if (assignment.classId !== classId) notFound();
  const api = `/api/v1/assignments/${assignmentId}`;
  const stat = (label: string, value: string | number) => (
    <div className={styles.stat}>
      <dt>{label}</dt>
      <dd>{value}</dd>
    </div>
  );
  return (
    <div className="stack">
      {published ? (
        <p className="alert alert-info" role="status">
          <span aria-hidden="true">✓</span> Published. Students in {results.className} see it on their home page
          {assignment.opensAt > Date.now() ? " from the opening time" : " now"}.
        </p>
      ) : null}
      <div className={styles.pageHeader}>
        <div>
          <ClassCrumbs trail={[{ href: `/classes/${classId}`, label: results.className }]} />
          <h1>{assignment.title}</h1>
          <p className={styles.meta}>
            {assignment.mode === "exam"
              ? `Exam · ${assignment.timeLimitMinutes} min · answers shown ${assignment.feedbackTiming === "after_due" ? "after the due date" : "on submission"}`
              : "Practice · feedback after each question"}{" "}
            · {results.items.length} questions · opens <LocalTime ms={assignment.opensAt} /> · due{" "}
            <LocalTime ms={assignment.dueAt} withRelative /> ·{" "}
            {assignment.latePolicy === "refuse" ? "late work refused" : "late work accepted and marked"}
          </p>
        </div>
        <div className={styles.actions}>
          <a className="button button-secondary" href={`${api}/results.csv`} download>
            Results CSV
          </a>
          <a className="button button-secondary" href={`${api}/items.csv`} download>
            Item analysis CSV
          </a>
          <a className="button button-quiet" href={`${api}/questions.gift`} download>
            Questions (GIFT)
          </a>
        </div>
      </div>
      <section className="card" aria-labelledby="summary-title">
        <h2 id="summary-title" className="visually-hidden">
          Summary
        </h2>
        <dl className={styles.stats}>
          {stat("Submitted", `${summary.submitted + summary.late} of ${summary.students}`)}
          {stat("Late", summary.late)}
          {stat("In progress", summary.inProgress)}
          {stat("Missing", summary.missing)}
          {stat("Average", summary.averagePercent === null ? "—" : `${summary.averagePercent}%`)}
          {stat("Median", summary.medianPercent === null ? "—" : `${summary.medianPercent}%`)}
        </dl>
      </section>
      <section className="stack" aria-labelledby="students-title">
        <h2 id="students-title">Students</h2>
        <StudentResultsTable students={results.students} basePath={basePath} />
      </section>
      <WeakestAreas results={results} serviceNames={names} />
      <ItemAnalysis items={results.items} serviceNames={names} />
      <details className="card">
        <summary style={{ cursor: "pointer", fontWeight: 700 }}>Edit the title, instructions, due date, late policy or attempts</summary>
        <div className="stack" style={{ marginTop: "1rem" }}>
          <AssignmentSettingsEditor
            assignmentId={assignmentId}
            title={assignment.title}
            instructions={assignment.instructions ?? ""}
            dueAt={assignment.dueAt}
            latePolicy={assignment.latePolicy}
            attemptsAllowed={assignment.attemptsAllowed}
            limits={TEXT_LIMITS}
          />
          <div>
            <ConfirmButton
              label="Delete assignment"
              title="Delete this assignment?"
              body="Every student's attempts and answers for it are deleted too. This cannot be undone."
              confirmLabel="Delete assignment"
              url={api}
              goTo={`/classes/${classId}`}
            />
          </div>
        </div>
      </details>
    </div>
  );
}
