import type { Citation } from "./schema";
import { sourceDocument } from "./sources";

/** The text of each source file, keyed by file name; the caller does the reading. */
export type SourceTexts = Record<string, string>;

export interface BankProblem {
  where: string;
  message: string;
}

const normalise = (text: string) => text.replace(/\s+/g, " ").trim();

/** The slice of a source file that a section covers: from its anchor line to the next section's. */
function sectionText(file: string, sectionName: string, texts: SourceTexts): string | undefined {
  const doc = sourceDocument(file);
  const text = texts[file];
  if (!doc || text === undefined) return undefined;
  const lines = text.split(/\r?\n/);
  const startOf = (anchor: string) => lines.findIndex((line) => line.trim().startsWith(anchor));
  const index = doc.sections.findIndex((section) => section.name === sectionName);
  if (index < 0) return undefined;
  const start = startOf(doc.sections[index].anchor);
  if (start < 0) return undefined;
  const laterStarts = doc.sections
    .slice(index + 1)
    .map((section) => startOf(section.anchor))
    .filter((line) => line > start);
  const end = laterStarts.length > 0 ? Math.min(...laterStarts) : lines.length;
  return lines.slice(start, end).join("\n");
}

export function checkCitation(citation: Citation, where: string, texts: SourceTexts | undefined): BankProblem[] {
  if (citation.kind === "aws-doc") {
    const problems: BankProblem[] = [];
    if (!/\.html(#[\w-]+)?$/.test(citation.url) && !citation.url.endsWith("/")) {
      problems.push({ where, message: `AWS documentation URL should name an .html page: ${citation.url}` });
    }
    return problems;
  }
  const doc = sourceDocument(citation.file);
  if (!doc) return [{ where, message: `unknown source file ${citation.file}` }];
  if (!doc.sections.some((section) => section.name === citation.section)) {
    return [
      {
        where,
        message: `section "${citation.section}" is not a section of ${citation.file}; use one of: ${doc.sections.map((s) => `"${s.name}"`).join(", ")}`,
      },
    ];
  }
  if (!texts) return [];
  if (texts[citation.file] === undefined) return [{ where, message: `source file ${citation.file} was not found` }];
  const section = sectionText(citation.file, citation.section, texts);
  if (section === undefined) {
    return [{ where, message: `section "${citation.section}" has no anchor line in ${citation.file}` }];
  }
  if (!normalise(section).includes(normalise(citation.quote))) {
    const elsewhere = normalise(texts[citation.file]).includes(normalise(citation.quote));
    return [
      {
        where,
        message: elsewhere
          ? `quote is in ${citation.file} but not in section "${citation.section}": "${citation.quote}"`
          : `quote not found verbatim in ${citation.file}: "${citation.quote}"`,
      },
    ];
  }
  return [];
}
