"use client";

import Link from "next/link";
import { useEffect, useState } from "react";
import type { SessionSummary as Summary } from "@/server/practice/types";
import { fetchSummary } from "./practice-api";
import styles from "./practice.module.css";

function ForecastChart({ forecast }: { forecast: Summary["forecast"] }) {
  const max = Math.max(1, ...forecast.map((d) => d.count));
  const width = 320;
  const height = 120;
  const bar = width / forecast.length;
  return (
    <figure className={styles.forecast}>
      <svg viewBox={`0 0 ${width} ${height + 20}`} role="img" aria-labelledby="forecast-caption" width="100%">
        {forecast.map((day, i) => {
          const h = Math.round((day.count / max) * height);
          return (
            <g key={day.date}>
              <rect x={i * bar + 6} y={height - h} width={bar - 12} height={h} rx="3" fill="var(--accent)" />
              <text x={i * bar + bar / 2} y={height - h - 4} textAnchor="middle" fontSize="11" fill="var(--text)">
                {day.count}
              </text>
              <text x={i * bar + bar / 2} y={height + 14} textAnchor="middle" fontSize="10" fill="var(--muted)">
                {new Date(`${day.date}T12:00:00Z`).toLocaleDateString("en", { weekday: "short", timeZone: "UTC" })}
              </text>
            </g>
          );
        })}
      </svg>
      <figcaption id="forecast-caption" className="small muted">
        Reviews due over the next 7 days
      </figcaption>
      <table className="visually-hidden">
        <caption>Reviews due per day</caption>
        <tbody>
          {forecast.map((day) => (
            <tr key={day.date}>
              <th scope="row">{day.date}</th>
              <td>{day.count}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}

/** Where "study more" leads once the day is done: this practice's address, and the custom study already on. */
export interface StudyMore {
  base: string;
  aheadDays: number;
  extraNew: number;
}

export function SessionSummary({ reviewed, correct, studyMore }: { reviewed: number; correct: number; studyMore: StudyMore }) {
  const ahead = studyMore.aheadDays ? Math.min(30, studyMore.aheadDays + 7) : 3;
  const extraNew = Math.min(100, studyMore.extraNew + 10);
  const [summary, setSummary] = useState<Summary | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    fetchSummary().then(setSummary, (e: Error) => setError(e.message));
  }, []);
  const accuracy = summary && summary.today.graded > 0 ? Math.round((summary.today.correct / summary.today.graded) * 100) : null;
  return (
    <section className="card stack" aria-labelledby="done-title">
      <h2 id="done-title">
        <span aria-hidden="true">✓</span> All done for now
      </h2>
      <p>
        This session: <strong>{reviewed}</strong> card{reviewed === 1 ? "" : "s"} reviewed
        {reviewed > 0 ? (
          <>
            , <strong>{correct}</strong> answered right
          </>
        ) : null}
        .
      </p>
      {error ? <p className="alert alert-error">{error}</p> : null}
      {summary ? (
        <>
          <p>
            Today: <strong>{summary.today.reviewed}</strong> reviews{accuracy !== null ? <>, {accuracy}% right</> : null}. Due tomorrow:{" "}
            <strong>{summary.dueTomorrow}</strong>.
          </p>
          <ForecastChart forecast={summary.forecast} />
        </>
      ) : null}
      <nav className="stack" aria-label="Study more">
        <p style={{ margin: 0 }}>Want more today?</p>
        <p className={styles.actions} style={{ margin: 0 }}>
          <Link className="button button-secondary" href={`${studyMore.base}&ahead=${ahead}`}>
            Study ahead: reviews due in the next {ahead} days
          </Link>
          {extraNew > studyMore.extraNew ? (
            <Link className="button button-secondary" href={`${studyMore.base}&extraNew=${extraNew}`}>
              Learn {extraNew - studyMore.extraNew} more new cards
            </Link>
          ) : null}
        </p>
        <p className="small muted" style={{ margin: 0 }}>
          Reviewing early strengthens memory less than reviewing on time; FSRS takes that into account. To change every day, set your limits
          in <Link href="/settings">Settings</Link>.
        </p>
      </nav>
    </section>
  );
}
