/** Scaled scores over time with the pass line, as SVG, with the numbers in a table for screen readers. */
import type { ScorePoint } from "@/server/exams/types";

export function ScoreTrend({ points }: { points: ScorePoint[] }) {
  if (points.length === 0) return <p className="muted">No submitted exams yet.</p>;
  const width = 560;
  const height = 180;
  const x = (i: number) => (points.length === 1 ? width / 2 : 30 + (i * (width - 60)) / (points.length - 1));
  const y = (score: number) => height - 20 - ((score - 100) / 900) * (height - 40);
  const pass = points[points.length - 1].pass;
  return (
    <figure style={{ margin: 0 }}>
      <svg viewBox={`0 0 ${width} ${height}`} width="100%" role="img" aria-labelledby="trend-caption">
        <line x1="20" x2={width - 10} y1={y(pass)} y2={y(pass)} stroke="var(--danger)" strokeDasharray="6 4" />
        <text x={width - 12} y={y(pass) - 6} textAnchor="end" fontSize="12" fill="var(--danger)">
          pass {pass}
        </text>
        <polyline fill="none" stroke="var(--accent)" strokeWidth="2.5" points={points.map((p, i) => `${x(i)},${y(p.score)}`).join(" ")} />
        {points.map((p, i) => (
          <g key={i}>
            <circle cx={x(i)} cy={y(p.score)} r="5" fill={p.score >= p.pass ? "var(--success)" : "var(--danger)"} />
            <text x={x(i)} y={y(p.score) - 10} textAnchor="middle" fontSize="11" fill="var(--text)">
              {p.score}
            </text>
          </g>
        ))}
      </svg>
      <figcaption id="trend-caption" className="small muted">
        Mock exam scores over time (100–1000) against the pass line
      </figcaption>
      <table className="visually-hidden">
        <caption>Exam scores</caption>
        <thead>
          <tr>
            <th>Date</th>
            <th>Score</th>
            <th>Pass mark</th>
          </tr>
        </thead>
        <tbody>
          {points.map((p, i) => (
            <tr key={i}>
              <td>{p.date}</td>
              <td>{p.score}</td>
              <td>{p.pass}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
