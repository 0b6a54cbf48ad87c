import type { Metadata } from "next";
import { requirePageUser } from "@/app/_lib/session";
import { filterOptions } from "@/server/classes/filter-options";
import { AssignmentForm } from "@/components/classes/assignment-form";
import { ClassCrumbs } from "@/components/classes/class-crumbs";
import { orNotFound } from "@/app/_lib/pages";
import { requireClassOfInstructor } from "@/server/classes/classes";
import { getDb } from "@/server/db";
import { TEXT_LIMITS } from "@/server/text-limits";

export const metadata: Metadata = { title: "New assignment" };

export default async function NewAssignmentPage({ params }: { params: Promise<{ classId: string }> }) {
  const { classId } = await params;
  const instructor = await requirePageUser(`/classes/${classId}/assignments/new`, "instructor");
  const classRow = await orNotFound(requireClassOfInstructor(getDb(), instructor.id, classId));
  return (
    <div className="stack">
      <div>
        <ClassCrumbs trail={[{ href: `/classes/${classId}`, label: classRow.name }]} />
        <h1>New assignment</h1>
      </div>
      <AssignmentForm classId={classId} options={filterOptions()} limits={TEXT_LIMITS} />
    </div>
  );
}
