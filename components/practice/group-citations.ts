import type { CitationView } from "@/server/practice/types";

export interface CitedSource {
  title: string;
  url?: string;
  passages: { section?: string; quote?: string }[];
}

/** Each source once, with every passage the question cites from it: a multi-answer question cites one page many times. */
export function groupCitations(citations: CitationView[]): CitedSource[] {
  const sources = new Map<string, CitedSource>();
  for (const { title, url, section, quote } of citations) {
    const key = `${title}|${url ?? ""}`;
    const source = sources.get(key) ?? sources.set(key, { title, url, passages: [] }).get(key)!;
    if ((section || quote) && !source.passages.some((p) => p.section === section && p.quote === quote))
      source.passages.push({ section, quote });
  }
  return [...sources.values()];
}
