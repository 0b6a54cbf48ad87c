import type { CitationView } from "@/server/practice/types";
import { groupCitations } from "@/components/practice/group-citations";
import styles from "./practice.module.css";

export function CitationsList({ citations }: { citations: CitationView[] }) {
  if (citations.length === 0) return null;
  return (
    <section aria-label="Sources">
      <h2 className={styles.subheading}>Sources</h2>
      <ul className={styles.citations}>
        {groupCitations(citations).map((source) => (
          <li key={`${source.title}|${source.url ?? ""}`}>
            {source.url ? (
              <a href={source.url} rel="noreferrer" target="_blank">
                {source.title}
              </a>
            ) : (
              <cite>{source.title}</cite>
            )}
            {source.passages.map((passage, index) => (
              <span key={index} className={styles.passage}>
                {passage.section ? <span className="muted"> — {passage.section}</span> : null}
                {passage.quote ? <q className={styles.quote}>{passage.quote}</q> : null}
              </span>
            ))}
          </li>
        ))}
      </ul>
    </section>
  );
}
