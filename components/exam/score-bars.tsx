import type { AreaScore } from "@/server/attempts/types";
import styles from "./exam.module.css";

/** Horizontal bars with the numbers written out, so the chart reads without colour or sight. */
export function ScoreBars({
  title,
  areas,
  label,
  headingLevel = 3,
}: {
  title: string;
  areas: Record<string, AreaScore>;
  label?: (key: string) => string;
  headingLevel?: 2 | 3;
}) {
  const rows = Object.entries(areas).sort((a, b) => a[1].percent - b[1].percent);
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <section>
      <Heading>{title}</Heading>
      <ul className={styles.bars}>
        {rows.map(([key, area]) => (
          <li key={key} className={styles.bar}>
            <span>{label ? label(key) : key}</span>
            <span className={styles.track} aria-hidden="true">
              <span className={styles.fill} style={{ display: "block", width: `${area.percent}%` }} />
            </span>
            <span>
              {area.correct}/{area.total} ({area.percent}%)
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
