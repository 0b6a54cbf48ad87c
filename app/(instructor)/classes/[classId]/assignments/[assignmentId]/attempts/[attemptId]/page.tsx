import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { orNotFound } from "@/app/_lib/pages";
import { requirePageUser } from "@/app/_lib/session";
import { instructorAttempt } from "@/server/classes/gradebook";
import { AttemptResult } from "@/components/classes/attempt-result";
import { ClassCrumbs } from "@/components/classes/class-crumbs";
import styles from "@/components/classes/classes.module.css";
import { getDb } from "@/server/db";
import { serviceNames } from "@/server/models/catalog";

export const metadata: Metadata = { title: "Student answers" };

export default async function StudentAttemptPage({
  params,
}: {
  params: Promise<{ classId: string; assignmentId: string; attemptId: string }>;
}) {
  const { classId, assignmentId, attemptId } = await params;
  const base = `/classes/${classId}/assignments/${assignmentId}`;
  const instructor = await requirePageUser(`${base}/attempts/${attemptId}`, "instructor");
  const view = await orNotFound(instructorAttempt(getDb(), instructor.id, assignmentId, attemptId, Date.now()));
  if (view.assignment.classId !== classId) notFound();
  return (
    <div className="stack">
      <div>
        <ClassCrumbs
          trail={[
            { href: `/classes/${classId}`, label: view.className },
            { href: base, label: view.assignment.title },
          ]}
        />
        <h1>
          {view.student.name}: attempt {view.result.attemptNumber}
        </h1>
        <p className={styles.meta}>{view.student.email}</p>
      </div>
      <AttemptResult
        result={view.result}
        heading={view.result.status === "submitted" ? "Score" : "In progress: answers so far"}
        serviceNames={serviceNames()}
      />
    </div>
  );
}
