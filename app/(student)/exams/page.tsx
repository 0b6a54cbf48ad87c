import type { Metadata } from "next";
import Link from "next/link";
import { requirePageUser } from "@/app/_lib/session";
import { BLUEPRINTS } from "@/server/exams/input";
import { ExamStartForm } from "@/components/exam/exam-start-form";
import { ScoreTrend } from "@/components/exam/score-trend";
import { ScoreBars } from "@/components/exam/score-bars";
import { LocalTime } from "@/components/classes/local-time";
import { modelLabel } from "@/components/classes/labels";
import { getDb } from "@/server/db";
import { examHistory } from "@/server/exams/history";
import { serviceOptions, TOPICS } from "@/server/models/catalog";

export const metadata: Metadata = { title: "Mock exams" };

export default async function ExamsPage() {
  const user = await requirePageUser("/exams");
  const { attempts, trend, readiness, readinessAttempts } = await examHistory(getDb(), user.id);
  return (
    <div className="stack">
      <h1>Mock exams</h1>
      <p className="muted">Exam conditions: a server-enforced clock, no feedback until you submit, then a report that teaches.</p>
      <div className="grid">
        <ExamStartForm
          blueprints={Object.entries(BLUEPRINTS).map(([id, b]) => ({ id, title: b.title, description: b.description }))}
          topics={[...TOPICS]}
          services={serviceOptions()}
        />
        <section className="card stack">
          <h2>Score trend</h2>
          <ScoreTrend points={trend} />
          {Object.keys(readiness).length ? (
            <ScoreBars title={`Exam readiness by model (last ${readinessAttempts} attempts)`} areas={readiness} label={modelLabel} />
          ) : null}
        </section>
      </div>
      <section className="card">
        <h2>Past attempts</h2>
        {attempts.length === 0 ? (
          <p className="muted">None yet.</p>
        ) : (
          <table style={{ width: "100%", borderCollapse: "collapse" }}>
            <thead>
              <tr style={{ textAlign: "left" }}>
                <th scope="col">Started</th>
                <th scope="col">Format</th>
                <th scope="col">Result</th>
              </tr>
            </thead>
            <tbody>
              {attempts.map((a) => (
                <tr key={a.id} style={{ borderTop: "1px solid var(--border)" }}>
                  <td>
                    <Link href={`/exams/${a.id}`}>
                      <LocalTime ms={a.startedAt} />
                    </Link>
                  </td>
                  <td>{a.title}</td>
                  <td>
                    {a.status === "submitted"
                      ? `${a.scaledScore} (${a.passed ? "pass" : "fail"}) · ${a.correctCount}/${a.total}`
                      : "in progress"}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </div>
  );
}
