/**
 * The source documents the bank cites. Each section is anchored on a line that appears verbatim
 * in the file, so `npm run questions -- --check` can prove a quote sits inside the section it names.
 */
import sourceDocuments from "./bank/sources.json";

interface SourceSection {
  /** Name shown to learners in a citation. */
  name: string;
  /** A line of the file, verbatim, where this section starts. */
  anchor: string;
}

export interface SourceDocument {
  file: string;
  title: string;
  publisher: string;
  sections: SourceSection[];
}

/** The registry itself is data (bank/sources.json), edited like the rest of the bank. */
export const SOURCE_DOCUMENTS: readonly SourceDocument[] = sourceDocuments;

export const SOURCE_FILES = SOURCE_DOCUMENTS.map((doc) => doc.file) as [string, ...string[]];

export function sourceDocument(file: string): SourceDocument | undefined {
  return SOURCE_DOCUMENTS.find((doc) => doc.file === file);
}
