import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { requirePageUser } from "@/app/_lib/session";
import { studentAssignments } from "@/server/classes/assignments";
import { AssignedWorkList } from "@/components/classes/assigned-work-list";
import { JoinClassForm } from "@/components/classes/join-class-form";
import styles from "@/components/classes/classes.module.css";
import { classesJoinedBy } from "@/server/classes/classes";
import { getDb } from "@/server/db";

export const metadata: Metadata = { title: "Assignments" };

export default async function AssignmentsPage({ searchParams }: { searchParams: Promise<{ joined?: string }> }) {
  const user = await requirePageUser("/assignments");
  if (user.role === "instructor") redirect("/classes");
  const { joined } = await searchParams;
  const now = Date.now();
  const [work, classes] = await Promise.all([studentAssignments(getDb(), user.id, now), classesJoinedBy(getDb(), user.id)]);
  const joinedClass = classes.find((c) => c.id === joined);
  return (
    <div className="stack">
      {joinedClass ? (
        <p className="alert alert-info" role="status">
          <span aria-hidden="true">✓</span> You are in <strong>{joinedClass.name}</strong>. Its assignments are listed below.
        </p>
      ) : null}
      <h1>Assignments</h1>
      <div className={styles.twoColumns}>
        <section className="stack" aria-labelledby="work-title">
          <h2 id="work-title">Assigned work</h2>
          <AssignedWorkList
            work={work}
            now={now}
            empty={classes.length ? "Nothing assigned yet." : "Join a class to see the work your instructor sets."}
          />
        </section>
        <div className="stack">
          <section className="card stack" aria-labelledby="classes-title">
            <h2 id="classes-title">Your classes</h2>
            {classes.length === 0 ? (
              <p className="muted">You are not in a class yet.</p>
            ) : (
              <ul className={styles.list}>
                {classes.map((c) => (
                  <li key={c.id}>
                    <strong>{c.name}</strong>
                    <br />
                    <span className="small muted">with {c.instructorName}</span>
                  </li>
                ))}
              </ul>
            )}
          </section>
          <JoinClassForm />
        </div>
      </div>
    </div>
  );
}
