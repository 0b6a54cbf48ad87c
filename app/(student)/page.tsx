import Link from "next/link";
import { requirePageUser } from "@/app/_lib/session";
import { assignmentsTaughtBy, studentAssignments } from "@/server/classes/assignments";
import { classesJoinedBy, classesTaughtBy } from "@/server/classes/classes";
import { AssignedWorkList } from "@/components/classes/assigned-work-list";
import { InstructorClassesSummary } from "@/components/classes/instructor-classes-summary";
import { TodayCard } from "@/components/practice/today-card";
import { practiceCounts } from "@/server/practice/queue";
import { isReturningUser } from "@/server/accounts/greeting";
import { JoinClassForm } from "@/components/classes/join-class-form";
import classStyles from "@/components/classes/classes.module.css";
import { getDb } from "@/server/db";

export default async function HomePage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const user = await requirePageUser("/");
  const { denied } = await searchParams;
  const firstName = user.name.split(" ")[0] || user.name;
  const now = Date.now();
  const isStudent = user.role === "student";
  const [work, studentClasses] = isStudent
    ? await Promise.all([studentAssignments(getDb(), user.id, now), classesJoinedBy(getDb(), user.id)])
    : [[], []];
  const [taught, taughtAssignments] = isStudent
    ? [[], []]
    : await Promise.all([classesTaughtBy(getDb(), user.id), assignmentsTaughtBy(getDb(), user.id)]);
  const [{ counts }, returning] = await Promise.all([practiceCounts(getDb(), user.id, now), isReturningUser(getDb(), user.id, now)]);
  // Finished work drops off the dashboard after a week; the Assignments page keeps all of it.
  // An archived class's assignments are only offered while an attempt is under way or to show a recent result.
  const current = work.filter(
    (a) =>
      (a.classArchived ? a.status !== "not_started" && a.status !== "missing" : true) &&
      (!["submitted", "late"].includes(a.status) || a.dueAt > now - 7 * 86_400_000),
  );
  return (
    <div className="stack">
      {denied ? (
        <p className="alert alert-error" role="alert">
          That page is for instructors. You were brought back home.
        </p>
      ) : null}
      <h1>
        {returning ? "Welcome back" : "Welcome"}, {firstName}
      </h1>
      <p className="muted">
        Demarc teaches the AWS shared responsibility model: for each service, which duties AWS runs and which stay with you.
      </p>
      <TodayCard counts={counts} />
      {isStudent ? (
        <div className={classStyles.dashboard}>
          <section className="stack" aria-labelledby="assigned-title">
            <h2 id="assigned-title">Assigned work</h2>
            <AssignedWorkList
              work={current.slice(0, 8)}
              now={now}
              empty={
                studentClasses.length
                  ? "Nothing due: you are all caught up."
                  : "No assigned work yet. Join your instructor's class with the code they gave you."
              }
            />
            {current.length > 8 || work.length > current.length ? (
              <Link href="/assignments" className="small">
                All assignments ({work.length})
              </Link>
            ) : null}
          </section>
          <div className="stack">
            {studentClasses.length ? (
              <section className="card" aria-labelledby="my-classes-title">
                <h2 id="my-classes-title">Your classes</h2>
                <ul style={{ margin: 0, paddingLeft: "1.2rem" }}>
                  {studentClasses.map((c) => (
                    <li key={c.id}>
                      {c.name} <span className="muted small">with {c.instructorName}</span>
                    </li>
                  ))}
                </ul>
              </section>
            ) : null}
            <JoinClassForm />
          </div>
        </div>
      ) : (
        <InstructorClassesSummary classes={taught} assignments={taughtAssignments} now={now} />
      )}
      <div className="grid">
        <section className="card">
          <h2>Explore the models</h2>
          <p>Infrastructure, container and abstract services: see where the line sits and why, with every fact cited.</p>
          <Link className="button button-secondary" href="/models">
            Open the models
          </Link>
        </section>
      </div>
    </div>
  );
}
