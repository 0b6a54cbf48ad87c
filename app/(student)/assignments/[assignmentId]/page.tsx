import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { orNotFound } from "@/app/_lib/pages";
import { requirePageUser } from "@/app/_lib/session";
import { studentAttempt } from "@/server/attempts/assignment-attempts";
import { requireInstructorAssignment } from "@/server/classes/assignments";
import { studentAssignmentOverview } from "@/server/attempts/student-assignment";
import { AttemptResult } from "@/components/classes/attempt-result";
import { AttemptRunner } from "@/components/exam/attempt-runner";
import { LocalTime } from "@/components/classes/local-time";
import { PracticeAssignmentRunner } from "@/components/classes/practice-assignment-runner";
import { StartAttemptButton } from "@/components/classes/start-attempt-button";
import { StatusBadge } from "@/components/classes/status-badge";
import styles from "@/components/classes/classes.module.css";
import { getDb } from "@/server/db";
import { serviceNames } from "@/server/models/catalog";

export const metadata: Metadata = { title: "Assignment" };

const BLOCKERS = {
  not_open: "This assignment is not open yet.",
  closed: "The due date has passed and this assignment does not accept late work.",
  no_attempts_left: "You have used every attempt allowed.",
  class_archived: "Your instructor has archived this class: its assignments take no new attempts. Your past results stay here.",
} as const;

export default async function StudentAssignmentPage({ params }: { params: Promise<{ assignmentId: string }> }) {
  const { assignmentId } = await params;
  const user = await requirePageUser(`/assignments/${assignmentId}`);
  if (user.role === "instructor") {
    const { assignment } = await orNotFound(requireInstructorAssignment(getDb(), user.id, assignmentId));
    redirect(`/classes/${assignment.classId}/assignments/${assignmentId}`);
  }
  const now = Date.now();
  const overview = await orNotFound(studentAssignmentOverview(getDb(), user.id, assignmentId, now));
  const { assignment } = overview;
  if (overview.openAttemptId) {
    const view = await studentAttempt(getDb(), user.id, assignmentId, overview.openAttemptId, now);
    if (view.status === "in_progress") {
      // Only the public view crosses to the browser: no right answers before they are given.
      const { attempt } = view;
      if (assignment.mode === "practice")
        return <PracticeAssignmentRunner key={attempt.attemptId} attempt={attempt} title={assignment.title} />;
      return (
        <AttemptRunner
          key={attempt.attemptId}
          title={assignment.title}
          apiPath={`/api/v1/assignments/${assignmentId}/attempts/${attempt.attemptId}`}
          deadline={attempt.deadline}
          serverNow={attempt.serverNow}
          questions={attempt.questions}
          answers={attempt.answers}
          submitLabel="Submit"
        />
      );
    }
  }
  const counted = overview.attempts.find((a) => a.counted);
  const latest = overview.attempts.at(-1);
  const shownAttempt = counted ?? latest;
  const result = shownAttempt ? await studentAttempt(getDb(), user.id, assignmentId, shownAttempt.id, now) : null;
  return (
    <div className="stack">
      <div>
        <p className={styles.crumbs}>
          <Link href="/assignments">Assignments</Link> / {assignment.className} /
        </p>
        <div className={styles.pageHeader}>
          <h1>{assignment.title}</h1>
          <StatusBadge status={overview.status} />
        </div>
      </div>
      <section className="card stack" aria-label="About this assignment">
        {assignment.instructions ? <p className={styles.pre}>{assignment.instructions}</p> : null}
        <ul className="small" style={{ margin: 0, paddingLeft: "1.2rem" }}>
          <li>
            {assignment.questionCount} questions ·{" "}
            {assignment.mode === "exam"
              ? `exam: ${assignment.timeLimitMinutes} minutes from when you start; answers and explanations ${assignment.feedbackTiming === "after_due" ? "after the due date" : "when you submit"}`
              : "practice: untimed, with the answer and explanation after each question"}
          </li>
          <li>
            Opens <LocalTime ms={assignment.opensAt} /> · due <LocalTime ms={assignment.dueAt} withRelative /> ·{" "}
            {assignment.latePolicy === "refuse" ? "no late work" : "late work accepted, marked late"}
          </li>
          <li>
            {overview.attempts.length} of {assignment.attemptsAllowed} attempt{assignment.attemptsAllowed === 1 ? "" : "s"} used
            {assignment.attemptsAllowed > 1 ? " · your best attempt counts" : ""} · set by {assignment.instructorName}
          </li>
        </ul>
        {overview.startBlocker ? (
          <p className="alert alert-info" style={{ marginBottom: 0 }}>
            {BLOCKERS[overview.startBlocker]}
          </p>
        ) : (
          <StartAttemptButton assignmentId={assignmentId} label={overview.attempts.length ? "Start another attempt" : "Start"} />
        )}
      </section>
      {result?.status === "submitted" ? (
        <AttemptResult
          result={result.result}
          heading={overview.attempts.length > 1 ? `Your best attempt (attempt ${result.result.attemptNumber})` : "Your result"}
          serviceNames={serviceNames()}
        />
      ) : null}
    </div>
  );
}
