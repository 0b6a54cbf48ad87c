import type { CSSProperties, ReactNode } from "react";
import styles from "./stats.module.css";

/** A legend's sample of a mark: a small square filled or outlined as the chart draws it. */
export function Swatch({ style }: { style: CSSProperties }) {
  return <span className={styles.swatch} style={style} aria-hidden="true" />;
}

/** What a chart's marks mean, as its caption: each sample with its words, then a note in words alone. */
export function ChartLegend({ label, entries, note }: { label?: string; entries: { mark: ReactNode; text: string }[]; note: string }) {
  return (
    <figcaption>
      <ul className={styles.legend} aria-label={label}>
        {entries.map(({ mark, text }) => (
          <li key={text}>
            {mark}
            {text}
          </li>
        ))}
        <li>{note}</li>
      </ul>
    </figcaption>
  );
}
