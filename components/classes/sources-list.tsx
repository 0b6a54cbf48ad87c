import type { CitationView } from "@/server/practice/types";

/** Where a question's answer comes from; a plain list, so many on one page are not many landmarks. */
export function SourcesList({ citations }: { citations: CitationView[] }) {
  if (citations.length === 0) return null;
  return (
    <div>
      <h3 className="small" style={{ margin: "0 0 0.3rem" }}>
        Sources
      </h3>
      <ul className="small" style={{ margin: 0, paddingLeft: "1.1rem" }}>
        {citations.map((citation, index) => (
          <li key={index} style={{ marginBottom: "0.3rem" }}>
            {citation.url ? (
              <a href={citation.url} rel="noreferrer" target="_blank">
                {citation.title}
              </a>
            ) : (
              <cite>{citation.title}</cite>
            )}
            {citation.section ? <span className="muted"> — {citation.section}</span> : null}
            {citation.quote ? (
              <q className="muted" style={{ display: "block", fontStyle: "italic" }}>
                {citation.quote}
              </q>
            ) : null}
          </li>
        ))}
      </ul>
    </div>
  );
}
