import type { ForecastDay } from "@/server/stats/types";
import { ChartLegend, Swatch } from "./chart-legend";
import { shortDate } from "./format";
import { figures, NumbersTable } from "./numbers-table";
import { DateLabel, GridLine, plotArea, PlotSvg } from "./plot";
import styles from "./stats.module.css";

const PLOT = plotArea({ left: 32, right: 8, top: 18 });

/** Cards due on each of the next 30 days: reviews solid, learning cards striped on top. */
export function ForecastChart({ days }: { days: ForecastDay[] }) {
  const max = Math.max(1, ...days.map((d) => d.due));
  const step = PLOT.width / days.length;
  const barHeight = (count: number) => (count / max) * PLOT.height;
  const base = PLOT.bottom;
  const total = days.reduce((sum, d) => sum + d.due, 0);
  const busiest = days.reduce((best, d) => (d.due > best.due ? d : best), days[0]);
  const ticks = [0, Math.ceil(max / 2), max].filter((t, i, all) => all.indexOf(t) === i);
  return (
    <figure className={styles.chart}>
      <PlotSvg
        label={`Due reviews for the next ${days.length} days: ${total} in all, ${days[0]?.due ?? 0} today, the busiest day ${shortDate(busiest.date)} with ${busiest.due}.`}
      >
        <defs>
          <pattern id="forecast-learning" width="5" height="5" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
            <rect width="5" height="5" fill="var(--surface-2)" />
            <line x1="0" y1="0" x2="0" y2="5" stroke="var(--accent)" strokeWidth="2" />
          </pattern>
        </defs>
        {ticks.map((tick) => (
          <GridLine key={tick} plot={PLOT} y={base - barHeight(tick)}>
            {tick}
          </GridLine>
        ))}
        {days.map((day, i) => {
          const x = PLOT.left + i * step + 1.5;
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
              {i % 7 === 0 ? <DateLabel x={x + (step - 3) / 2}>{i === 0 ? "Today" : shortDate(day.date)}</DateLabel> : null}
            </g>
          );
        })}
      </PlotSvg>
      <ChartLegend
        entries={[
          { mark: <Swatch style={{ background: "var(--accent)" }} />, text: "reviews (solid)" },
          {
            mark: (
              <svg width="12" height="12" aria-hidden="true">
                <rect width="12" height="12" fill="url(#forecast-learning)" />
              </svg>
            ),
            text: "learning steps (striped)",
          },
        ]}
        note="Today includes anything overdue. Suspended cards are left out."
      />
      <NumbersTable
        summary="Forecast by day, as a table"
        caption="Cards due per day"
        columns={["Day", figures("Due"), figures("Of which reviews")]}
        rows={days.map((d, i) => [i === 0 ? `Today (${shortDate(d.date)}, with overdue)` : shortDate(d.date, true), d.due, d.reviews])}
      />
    </figure>
  );
}
