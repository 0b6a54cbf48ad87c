import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requirePageUser } from "@/app/_lib/session";
import { filterOptions } from "@/server/classes/filter-options";
import { AssignmentForm } from "@/components/classes/assignment-form";
import styles from "@/components/classes/classes.module.css";
import { getDb } from "@/db";
import { classOfInstructor } from "@/db/queries/classes";

export const metadata: Metadata = { title: "New assignment" };

export default async function NewAssignmentPage({ params }: { params: Promise<{ classId: string }> }) {
  const { classId } = await params;
  const instructor = await requirePageUser(`/classes/${classId}/assignments/new`, "instructor");
  const classRow = await classOfInstructor(getDb(), instructor.id, classId);
  if (!classRow) notFound();
  return (
    <div className="stack">
      <div>
        <p className={styles.crumbs}>
          <Link href="/classes">Classes</Link> / <Link href={`/classes/${classId}`}>{classRow.name}</Link> /
        </p>
        <h1>New assignment</h1>
      </div>
      <AssignmentForm classId={classId} options={filterOptions()} />
    </div>
  );
}
