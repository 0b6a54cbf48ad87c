import type { ReactNode } from "react";
import styles from "./stats.module.css";

/** The day-by-day and week-by-week charts draw in 400 × 210 units, scaled down on a narrow screen. */
const WIDTH = 400;
const HEIGHT = 210;
/** Room under the plot for the dates. */
const DATES = 28;

/** Where the plot sits inside the chart, given the room left for labels at its left, right and top. */
export function plotArea(margin: { left: number; right: number; top: number }) {
  return {
    left: margin.left,
    right: WIDTH - margin.right,
    top: margin.top,
    bottom: HEIGHT - DATES,
    width: WIDTH - margin.left - margin.right,
    height: HEIGHT - margin.top - DATES,
  };
}

/** The chart's drawing, one image to assistive technology: `label` says what it shows. */
export function PlotSvg({ label, children }: { label: string; children: ReactNode }) {
  return (
    <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} width={WIDTH} role="img" aria-label={label}>
      {children}
    </svg>
  );
}

/** A grid line across the plot at height `y`, its value written in the margin to its left. */
export function GridLine({ plot, y, children }: { plot: ReturnType<typeof plotArea>; y: number; children: ReactNode }) {
  return (
    <g>
      <line x1={plot.left} x2={plot.right} y1={y} y2={y} className={styles.gridLine} />
      <text x={plot.left - 6} y={y + 4} textAnchor="end" className={styles.axis}>
        {children}
      </text>
    </g>
  );
}

/** A date under the plot, centred on `x`. */
export function DateLabel({ x, children }: { x: number; children: ReactNode }) {
  return (
    <text x={x} y={HEIGHT - 8} textAnchor="middle" className={styles.axis}>
      {children}
    </text>
  );
}
