import type { Metadata } from "next";
import { requirePageUser } from "@/app/_lib/session";
import { getDb } from "@/db";
import { classesOfInstructor } from "@/db/queries/classes";

export const metadata: Metadata = { title: "Classes" };

export default async function ClassesPage() {
  const instructor = await requirePageUser("/classes", "instructor");
  const classes = await classesOfInstructor(getDb(), instructor.id);
  return (
    <div className="stack">
      <h1>Classes</h1>
      {classes.length === 0 ? (
        <p className="muted">You have no classes yet.</p>
      ) : (
        <ul>
          {classes.map((c) => (
            <li key={c.id}>
              {c.name} <span className="muted small">join code {c.joinCode}</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
