import type { CitationView } from "@/server/practice/types";
import { groupCitations } from "@/components/practice/group-citations";
import styles from "./practice.module.css";

/**
 * Where a question's answer comes from: each source once, with every passage it is cited for.
 * `landmark` makes it a labelled "Sources" region (one per page, as in practice feedback); pages
 * listing many questions (reports, results) use the plain list so they are not many landmarks.
 */
export function CitationsList({ citations, landmark = true }: { citations: CitationView[]; landmark?: boolean }) {
  if (citations.length === 0) return null;
  const list = (
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
  );
  if (!landmark) {
    return (
      <div className={styles.compactSources}>
        <h3 className="small">Sources</h3>
        {list}
      </div>
    );
  }
  return (
    <section aria-label="Sources">
      <h2 className={styles.subheading}>Sources</h2>
      {list}
    </section>
  );
}
