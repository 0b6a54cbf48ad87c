import Link from "next/link";
import type { Counts } from "@/server/practice/types";

/** The dashboard's first question answered: what is waiting today, and one button to start. */
export function TodayCard({ counts }: { counts: Counts }) {
  const waiting = counts.new + counts.learning + counts.review;
  return (
    <section className="card stack" aria-labelledby="today-title">
      <h2 id="today-title">Today&apos;s practice</h2>
      {waiting > 0 ? (
        <p>
          <strong>{counts.review}</strong> to review, <strong>{counts.learning}</strong> in learning and <strong>{counts.new}</strong> new —
          about {Math.max(1, Math.round((waiting * 20) / 60))} min.
        </p>
      ) : (
        <p>Nothing is due right now. Come back tomorrow, or take a mock exam.</p>
      )}
      <div style={{ display: "flex", gap: "0.5rem", flexWrap: "wrap" }}>
        <Link className="button" href="/practice">
          {waiting > 0 ? "Start practice" : "Open practice"}
        </Link>
        <Link className="button button-secondary" href="/exams">
          Mock exams
        </Link>
      </div>
    </section>
  );
}
