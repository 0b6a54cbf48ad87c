import type { ForecastDay } from "@/server/stats/types";
import { shortDate } from "./format";
import { NumbersTable } from "./numbers-table";
import styles from "./stats.module.css";

const WIDTH = 400;
const HEIGHT = 210;
const LEFT = 32;
const RIGHT = 8;
const TOP = 18;
const BOTTOM = 28;

/** Cards due on each of the next 30 days: reviews solid, learning cards striped on top. */
export function ForecastChart({ days }: { days: ForecastDay[] }) {
  const max = Math.max(1, ...days.map((d) => d.due));
  const step = (WIDTH - LEFT - RIGHT) / days.length;
  const barHeight = (count: number) => (count / max) * (HEIGHT - TOP - BOTTOM);
  const base = HEIGHT - BOTTOM;
  const total = days.reduce((sum, d) => sum + d.due, 0);
  const busiest = days.reduce((best, d) => (d.due > best.due ? d : best), days[0]);
  const ticks = [0, Math.ceil(max / 2), max].filter((t, i, all) => all.indexOf(t) === i);
  return (
    <figure className={styles.chart}>
      <svg
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        width={WIDTH}
        role="img"
        aria-label={`Due reviews for the next ${days.length} days: ${total} in all, ${days[0]?.due ?? 0} today, the busiest day ${shortDate(busiest.date)} with ${busiest.due}.`}
      >
        <defs>
          <pattern id="forecast-learning" width="5" height="5" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
            <rect width="5" height="5" fill="var(--surface-2)" />
            <line x1="0" y1="0" x2="0" y2="5" stroke="var(--accent)" strokeWidth="2" />
          </pattern>
        </defs>
        {ticks.map((tick) => (
          <g key={tick}>
            <line x1={LEFT} x2={WIDTH - RIGHT} y1={base - barHeight(tick)} y2={base - barHeight(tick)} className={styles.gridLine} />
            <text x={LEFT - 6} y={base - barHeight(tick) + 4} textAnchor="end" className={styles.axis}>
              {tick}
            </text>
          </g>
        ))}
        {days.map((day, i) => {
          const x = LEFT + i * step + 1.5;
          const reviewHeight = barHeight(day.reviews);
          const learningHeight = barHeight(day.due - day.reviews);
          return (
            <g key={day.date}>
              <rect x={x} y={base - reviewHeight} width={step - 3} height={reviewHeight} fill="var(--accent)" />
              <rect
                x={x}
                y={base - reviewHeight - learningHeight}
                width={step - 3}
                height={learningHeight}
                fill="url(#forecast-learning)"
                stroke="var(--accent)"
                strokeWidth={0.5}
              />
              {day.due > 0 && (i === 0 || day === busiest) ? (
                <text x={x + (step - 3) / 2} y={base - barHeight(day.due) - 4} textAnchor="middle" className={styles.valueLabel}>
                  {day.due}
                </text>
              ) : null}
              {i % 7 === 0 ? (
                <text x={x + (step - 3) / 2} y={HEIGHT - 8} textAnchor="middle" className={styles.axis}>
                  {i === 0 ? "Today" : shortDate(day.date)}
                </text>
              ) : null}
            </g>
          );
        })}
      </svg>
      <figcaption>
        <ul className={styles.legend}>
          <li>
            <span className={styles.swatch} style={{ background: "var(--accent)" }} aria-hidden="true" />
            reviews (solid)
          </li>
          <li>
            <svg width="12" height="12" aria-hidden="true">
              <rect width="12" height="12" fill="url(#forecast-learning)" />
            </svg>
            learning steps (striped)
          </li>
          <li>Today includes anything overdue. Suspended cards are left out.</li>
        </ul>
      </figcaption>
      <NumbersTable
        summary="Forecast by day, as a table"
        caption="Cards due per day"
        columns={[{ label: "Day" }, { label: "Due", numeric: true }, { label: "Of which reviews", numeric: true }]}
        rows={days.map((d, i) => [i === 0 ? `Today (${shortDate(d.date)}, with overdue)` : shortDate(d.date, true), d.due, d.reviews])}
      />
    </figure>
  );
}
