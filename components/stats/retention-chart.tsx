import type { RetentionWeek } from "@/server/stats/types";
import { percent, shortDate } from "./format";
import { NumbersTable } from "./numbers-table";
import styles from "./stats.module.css";

const WIDTH = 400;
const HEIGHT = 210;
const LEFT = 40;
const RIGHT = 72;
const TOP = 22;
const BOTTOM = 28;
const FLOOR = 0.5;

/** True retention per week (dots and a line through the weeks that had mature reviews) against the target. */
export function RetentionChart({ weeks, desiredRetention }: { weeks: RetentionWeek[]; desiredRetention: number }) {
  const x = (i: number) => LEFT + (i + 0.5) * ((WIDTH - LEFT - RIGHT) / weeks.length);
  const y = (value: number) => TOP + (1 - (Math.max(FLOOR, value) - FLOOR) / (1 - FLOOR)) * (HEIGHT - TOP - BOTTOM);
  const measured = weeks.map((w, i) => ({ ...w, i })).filter((w) => w.retention !== null);
  const described = measured.length
    ? `True retention per week: ${measured.map((w) => `week of ${shortDate(w.week)} ${percent(w.retention)}`).join(", ")}; target ${percent(desiredRetention)}.`
    : "No mature reviews yet in these weeks.";
  return (
    <figure className={styles.chart}>
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} width={WIDTH} role="img" aria-label={described}>
        {[0.5, 0.6, 0.7, 0.8, 0.9, 1].map((tick) => (
          <g key={tick}>
            <line x1={LEFT} x2={WIDTH - RIGHT} y1={y(tick)} y2={y(tick)} className={styles.gridLine} />
            <text x={LEFT - 6} y={y(tick) + 4} textAnchor="end" className={styles.axis}>
              {percent(tick)}
            </text>
          </g>
        ))}
        <line
          x1={LEFT}
          x2={WIDTH - RIGHT}
          y1={y(desiredRetention)}
          y2={y(desiredRetention)}
          stroke="var(--success)"
          strokeWidth={2}
          strokeDasharray="6 4"
        />
        <text x={WIDTH - RIGHT + 5} y={y(desiredRetention) + 4} className={styles.valueLabel}>
          target {percent(desiredRetention)}
        </text>
        <polyline
          fill="none"
          stroke="var(--accent)"
          strokeWidth={2.5}
          points={measured.map((w) => `${x(w.i)},${y(w.retention!)}`).join(" ")}
        />
        {measured.map((w, n) => (
          <g key={w.week}>
            <circle cx={x(w.i)} cy={y(w.retention!)} r={4.5} fill="var(--accent)" />
            {/* Next-door weeks would overprint each other: label the last of each run (all are in the table). */}
            {n === measured.length - 1 || measured[n + 1].i - w.i > 1 ? (
              <text x={x(w.i)} y={y(w.retention!) - 9} textAnchor="middle" className={styles.valueLabel}>
                {percent(w.retention)}
              </text>
            ) : null}
          </g>
        ))}
        {weeks.map((w, i) =>
          i % 2 === weeks.length % 2 ? null : (
            <text key={w.week} x={x(i)} y={HEIGHT - 8} textAnchor="middle" className={styles.axis}>
              {shortDate(w.week)}
            </text>
          ),
        )}
      </svg>
      <figcaption className="small muted">
        Share of mature reviews (cards last scheduled 21 days or more ahead) you passed, per week starting Monday. Dashed: your desired
        retention. Weeks without mature reviews have no dot.
      </figcaption>
      <NumbersTable
        summary="Retention by week, as a table"
        caption="True retention by week"
        columns={[
          { label: "Week of" },
          { label: "Mature reviews", numeric: true },
          { label: "Passed", numeric: true },
          { label: "Retention", numeric: true },
        ]}
        rows={[...weeks].reverse().map((w) => [shortDate(w.week), w.mature, w.passed, percent(w.retention)])}
      />
    </figure>
  );
}
