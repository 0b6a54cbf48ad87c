import type { RetentionWeek } from "@/server/stats/types";
import { percent, shortDate } from "./format";
import { figures, NumbersTable } from "./numbers-table";
import { DateLabel, GridLine, plotArea, PlotSvg } from "./plot";
import styles from "./stats.module.css";

const PLOT = plotArea({ left: 40, right: 72, top: 22 });
const FLOOR = 0.5;

/** True retention per week (dots and a line through the weeks that had mature reviews) against the target. */
export function RetentionChart({ weeks, desiredRetention }: { weeks: RetentionWeek[]; desiredRetention: number }) {
  const x = (i: number) => PLOT.left + (i + 0.5) * (PLOT.width / weeks.length);
  const y = (value: number) => PLOT.top + (1 - (Math.max(FLOOR, value) - FLOOR) / (1 - FLOOR)) * PLOT.height;
  const measured = weeks.map((w, i) => ({ ...w, i })).filter((w) => w.retention !== null);
  const described = measured.length
    ? `True retention per week: ${measured.map((w) => `week of ${shortDate(w.week)} ${percent(w.retention)}`).join(", ")}; target ${percent(desiredRetention)}.`
    : "No mature reviews yet in these weeks.";
  return (
    <figure className={styles.chart}>
      <PlotSvg label={described}>
        {[0.5, 0.6, 0.7, 0.8, 0.9, 1].map((tick) => (
          <GridLine key={tick} plot={PLOT} y={y(tick)}>
            {percent(tick)}
          </GridLine>
        ))}
        <line
          x1={PLOT.left}
          x2={PLOT.right}
          y1={y(desiredRetention)}
          y2={y(desiredRetention)}
          stroke="var(--success)"
          strokeWidth={2}
          strokeDasharray="6 4"
        />
        <text x={PLOT.right + 5} y={y(desiredRetention) + 4} className={styles.valueLabel}>
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
            <DateLabel key={w.week} x={x(i)}>
              {shortDate(w.week)}
            </DateLabel>
          ),
        )}
      </PlotSvg>
      <figcaption className="small muted">
        Share of mature reviews (cards last scheduled 21 days or more ahead) you passed, per week starting Monday. Dashed: your desired
        retention. Weeks without mature reviews have no dot.
      </figcaption>
      <NumbersTable
        summary="Retention by week, as a table"
        caption="True retention by week"
        columns={["Week of", figures("Mature reviews"), figures("Passed"), figures("Retention")]}
        rows={[...weeks].reverse().map((w) => [shortDate(w.week), w.mature, w.passed, percent(w.retention)])}
      />
    </figure>
  );
}
