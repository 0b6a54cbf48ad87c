import type { Metadata } from "next";
import { requirePageUser } from "@/app/_lib/session";
import { CreateClassForm } from "@/components/classes/create-class-form";
import { LinkRow } from "@/components/classes/link-row";
import { LocalTime } from "@/components/classes/local-time";
import styles from "@/components/classes/classes.module.css";
import { classesTaughtBy } from "@/server/classes/classes";
import { getDb } from "@/server/db";
import { TEXT_LIMITS } from "@/server/text-limits";

export const metadata: Metadata = { title: "Classes" };

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

type TaughtClass = Awaited<ReturnType<typeof classesTaughtBy>>[number];

/** How students join a class: its code, or that joining is off or the class archived. */
function Joining({ taught }: { taught: TaughtClass }) {
  return (
    <span className={styles.meta}>
      {taught.archivedAt !== null ? (
        <>
          archived <LocalTime ms={taught.archivedAt} />
        </>
      ) : taught.joinCodeEnabled ? (
        <>
          code <strong style={{ fontFamily: "var(--mono)", color: "var(--text)" }}>{taught.joinCode}</strong>
        </>
      ) : (
        "joining off"
      )}
    </span>
  );
}

function ClassList({ classes }: { classes: TaughtClass[] }) {
  return (
    <ul className={styles.list}>
      {classes.map((c) => (
        <LinkRow key={c.id} href={`/classes/${c.id}`} title={c.name} end={<Joining taught={c} />}>
          <span className={styles.meta}>
            {plural(Number(c.studentCount), "student")} · {plural(Number(c.assignmentCount), "assignment")}
          </span>
        </LinkRow>
      ))}
    </ul>
  );
}

export default async function ClassesPage() {
  const instructor = await requirePageUser("/classes", "instructor");
  const classes = await classesTaughtBy(getDb(), instructor.id);
  const active = classes.filter((c) => c.archivedAt === null);
  const archived = classes.filter((c) => c.archivedAt !== null);
  return (
    <div className="stack">
      <h1>Classes</h1>
      <p className="muted">
        Run a cohort through the shared responsibility model: assign sets with due dates, then see results per student and per question.
      </p>
      <div className={styles.twoColumns}>
        <section className="stack" aria-label="Your classes">
          {active.length === 0 ? (
            <p className="card muted">
              {archived.length
                ? "Every class you have is archived. Create one to get a join code for your students."
                : "You have no classes yet. Create one to get a join code for your students."}
            </p>
          ) : (
            <ClassList classes={active} />
          )}
          {archived.length ? (
            <details className="card">
              <summary style={{ cursor: "pointer", fontWeight: 700 }}>Archived ({archived.length})</summary>
              <div style={{ marginTop: "1rem" }}>
                <ClassList classes={archived} />
              </div>
            </details>
          ) : null}
        </section>
        <CreateClassForm limits={TEXT_LIMITS} />
      </div>
    </div>
  );
}
