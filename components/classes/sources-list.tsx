import type { CitationView } from "@/server/practice/types";
import { groupCitations } from "@/components/practice/group-citations";

/** Where a question's answer comes from; a plain list, so many on one page are not many landmarks. */
export function SourcesList({ citations }: { citations: CitationView[] }) {
  if (citations.length === 0) return null;
  return (
    <div>
      <h3 className="small" style={{ margin: "0 0 0.3rem" }}>
        Sources
      </h3>
      <ul className="small" style={{ margin: 0, paddingLeft: "1.1rem" }}>
        {groupCitations(citations).map((source) => (
          <li key={`${source.title}|${source.url ?? ""}`} style={{ marginBottom: "0.3rem" }}>
            {source.url ? (
              <a href={source.url} rel="noreferrer" target="_blank">
                {source.title}
              </a>
            ) : (
              <cite>{source.title}</cite>
            )}
            {source.passages.map((passage, index) => (
              <span key={index} style={{ display: "block" }}>
                {passage.section ? <span className="muted"> — {passage.section}</span> : null}
                {passage.quote ? (
                  <q className="muted" style={{ display: "block", fontStyle: "italic" }}>
                    {passage.quote}
                  </q>
                ) : null}
              </span>
            ))}
          </li>
        ))}
      </ul>
    </div>
  );
}
