import type { Metadata } from "next";
import { requirePageUser } from "@/app/_lib/session";
import { ConfirmButton } from "@/components/classes/confirm-button";
import { GiftImportForm } from "@/components/classes/gift-import-form";
import { KIND_LABELS } from "@/components/classes/labels";
import { RichText } from "@/components/ui/rich-text";
import { ClassCrumbs } from "@/components/classes/class-crumbs";
import styles from "@/components/classes/classes.module.css";
import { orNotFound } from "@/app/_lib/pages";
import { classQuestionList, requireClassOfInstructor } from "@/server/classes/classes";
import { getDb } from "@/server/db";
import { TEXT_LIMITS } from "@/server/text-limits";

export const metadata: Metadata = { title: "Your questions" };

export default async function ClassQuestionsPage({ params }: { params: Promise<{ classId: string }> }) {
  const { classId } = await params;
  const instructor = await requirePageUser(`/classes/${classId}/questions`, "instructor");
  const classRow = await orNotFound(requireClassOfInstructor(getDb(), instructor.id, classId));
  const questions = await classQuestionList(getDb(), instructor.id, classId);
  return (
    <div className="stack">
      <div>
        <ClassCrumbs trail={[{ href: `/classes/${classId}`, label: classRow.name }]} />
        <h1>Your questions</h1>
        <p className="muted">A private bank for this class: only you can assign these, alongside Demarc&apos;s own questions.</p>
      </div>
      <div className={styles.twoColumns}>
        <section className="stack" aria-labelledby="imported-title">
          <h2 id="imported-title">Imported ({questions.length})</h2>
          {questions.length === 0 ? (
            <p className="card muted">None yet. Import a GIFT file exported from Moodle, Canvas (via Moodle) or Demarc.</p>
          ) : (
            <ol className={styles.list}>
              {questions.map((q) => (
                <li key={q.id} className="card stack">
                  <p className="small muted" style={{ marginBottom: 0 }}>
                    {q.title ?? "Untitled"} · {KIND_LABELS[q.kind]} · source: {q.source}
                  </p>
                  {q.promptRich ? <RichText nodes={q.promptRich} className={styles.prompt} /> : <p className={styles.prompt}>{q.prompt}</p>}
                  <ul className={styles.choiceList}>
                    {q.choices.map((c) => (
                      <li key={c.id}>
                        {c.textRich ? <RichText nodes={c.textRich} className={styles.inlineRich} /> : c.text}
                        {c.correct ? (
                          <strong> — ✓ right</strong>
                        ) : q.kind !== "multiple-answer" && c.weight > 0 ? (
                          <strong> — ◐ {c.weight}% credit</strong>
                        ) : null}
                      </li>
                    ))}
                  </ul>
                  <div>
                    <ConfirmButton
                      label="Delete"
                      accessibleLabel={`Delete question ${q.title ?? q.prompt.slice(0, 40)}`}
                      title="Delete this question?"
                      body="It leaves this class's bank. Questions already in an assignment cannot be deleted."
                      confirmLabel="Delete question"
                      url={`/api/v1/classes/${classId}/questions/${q.id}`}
                    />
                  </div>
                </li>
              ))}
            </ol>
          )}
        </section>
        <GiftImportForm classId={classId} limits={TEXT_LIMITS} />
      </div>
    </div>
  );
}
