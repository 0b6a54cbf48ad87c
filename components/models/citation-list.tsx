import type { CitationView } from "@/server/models/types";
import styles from "./fact-card.module.css";

/** Where a fact comes from: a source passage (title, section, quote) or an AWS documentation page. */
export function CitationList({ citations, label = "Sources" }: { citations: CitationView[]; label?: string }) {
  if (citations.length === 0) return null;
  return (
    <div className={styles.citations}>
      <p className={styles.citationsLabel}>{label}</p>
      <ul aria-label={label}>
        {citations.map((citation, index) => (
          <li key={`${citation.title}-${citation.section ?? ""}-${index}`}>
            <span className={styles.citationTitle}>
              {citation.url ? <a href={citation.url}>{citation.title}</a> : <cite>{citation.title}</cite>}
              {citation.section ? <span className="muted"> · {citation.section}</span> : null}
              <span className={`${styles.citationKind} muted`}>{citation.url ? "AWS documentation" : "Source document"}</span>
            </span>
            {citation.quote ? <blockquote className={styles.quote}>“{citation.quote}”</blockquote> : null}
          </li>
        ))}
      </ul>
    </div>
  );
}
