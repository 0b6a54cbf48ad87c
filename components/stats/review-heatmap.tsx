import type { ActivityDay as HeatmapDay } from "@/server/stats/types";
import { ChartLegend, Swatch } from "./chart-legend";
import { minutes, monthName, shortDate } from "./format";
import { figures, NumbersTable } from "./numbers-table";
import styles from "./stats.module.css";

const CELL = 11;
const GAP = 2;
const LEFT = 28;
const TOP = 16;
const FILLS = [
  "var(--surface-2)",
  "color-mix(in srgb, var(--accent) 30%, transparent)",
  "color-mix(in srgb, var(--accent) 55%, transparent)",
  "color-mix(in srgb, var(--accent) 80%, transparent)",
  "var(--accent)",
];

/** Four steps up to the busiest day, as GitHub shades its contribution graph. */
function levelsFor(max: number) {
  const bounds = [1, 2, 3, 4].map((step) => Math.max(step, Math.ceil((max * step) / 4)));
  const level = (reviews: number) => (reviews === 0 ? 0 : bounds.findIndex((bound) => reviews <= bound) + 1);
  const labels = bounds.map((bound, i) => {
    const from = i === 0 ? 1 : bounds[i - 1] + 1;
    return from >= bound ? `${bound}` : `${from}–${bound}`;
  });
  return { level, labels };
}

function byMonth(days: HeatmapDay[]) {
  const months = new Map<string, { studied: number; reviews: number; durationMs: number }>();
  for (const day of days) {
    const key = day.date.slice(0, 7);
    const month = months.get(key) ?? { studied: 0, reviews: 0, durationMs: 0 };
    month.studied += day.reviews > 0 ? 1 : 0;
    month.reviews += day.reviews;
    month.durationMs += day.durationMs;
    months.set(key, month);
  }
  return [...months.entries()].map(([key, m]) => [
    `${monthName(Number(key.slice(5)))} ${key.slice(0, 4)}`,
    m.studied,
    m.reviews,
    minutes(m.durationMs),
  ]);
}

/** A year of learner days, Monday to Sunday in columns of weeks, shaded by reviews done. */
export function ReviewHeatmap({ days, timeZone }: { days: HeatmapDay[]; timeZone: string }) {
  const max = Math.max(0, ...days.map((d) => d.reviews));
  const { level, labels } = levelsFor(max);
  const weeks = Math.ceil(days.length / 7);
  const width = LEFT + weeks * (CELL + GAP);
  const height = TOP + 7 * (CELL + GAP);
  const studied = days.filter((d) => d.reviews > 0).length;
  const monthStarts = days.flatMap((day, i) =>
    day.date.endsWith("-01") || i === 0 ? [{ col: Math.floor(i / 7), month: Number(day.date.slice(5, 7)) }] : [],
  );
  return (
    <figure className={styles.chart}>
      <div className={styles.scroller} tabIndex={0} role="group" aria-label="Review heatmap (scrolls sideways)">
        <svg
          className={styles.heatmap}
          viewBox={`0 0 ${width} ${height}`}
          width={width}
          role="img"
          aria-label={`Reviews per day over the last year: ${studied} days with reviews, the busiest with ${max}.`}
        >
          {monthStarts
            .filter((m, i) => i + 1 === monthStarts.length || monthStarts[i + 1].col - m.col >= 3)
            .map((m) => (
              <text key={`${m.col}-${m.month}`} x={LEFT + m.col * (CELL + GAP)} y={10} className={styles.axis}>
                {monthName(m.month)}
              </text>
            ))}
          {["Mon", "Wed", "Fri"].map((name, i) => (
            <text key={name} x={0} y={TOP + (i * 2 + 1) * (CELL + GAP) - 3} className={styles.axis}>
              {name}
            </text>
          ))}
          {days.map((day, i) => (
            <rect
              key={day.date}
              x={LEFT + Math.floor(i / 7) * (CELL + GAP)}
              y={TOP + (i % 7) * (CELL + GAP)}
              width={CELL}
              height={CELL}
              rx={2}
              fill={FILLS[level(day.reviews)]}
              stroke={day.reviews === 0 ? "var(--border)" : "none"}
              strokeWidth={0.5}
            >
              <title>{`${shortDate(day.date, true)}: ${day.reviews} reviews, ${minutes(day.durationMs)}`}</title>
            </rect>
          ))}
        </svg>
      </div>
      <ChartLegend
        label="Shading: reviews in a day"
        entries={["none", ...labels].map((text, i) => ({ mark: <Swatch style={{ background: FILLS[i] }} />, text }))}
        note={`Days run in ${timeZone}, from your day-start hour.`}
      />
      <NumbersTable
        summary="Reviews by month, as a table"
        caption="Reviews by month"
        columns={["Month", figures("Days studied"), figures("Reviews"), figures("Time")]}
        rows={byMonth(days).reverse()}
      />
    </figure>
  );
}
