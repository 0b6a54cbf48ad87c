import type { CitationView } from "@/server/practice/types";
import styles from "./practice.module.css";

export function CitationsList({ citations }: { citations: CitationView[] }) {
  if (citations.length === 0) return null;
  return (
    <section aria-label="Sources">
      <h2 className={styles.subheading}>Sources</h2>
      <ul className={styles.citations}>
        {citations.map((citation, index) => (
          <li key={index}>
            {citation.url ? (
              <a href={citation.url} rel="noreferrer" target="_blank">
                {citation.title}
              </a>
            ) : (
              <cite>{citation.title}</cite>
            )}
            {citation.section ? <span className="muted"> — {citation.section}</span> : null}
            {citation.quote ? <q className={styles.quote}>{citation.quote}</q> : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
