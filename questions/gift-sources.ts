import type { GiftQuestion } from "./gift-parse";
import { shorten } from "./gift-text";

/**
 * Every imported question shows students where its answer comes from: its own `// source: …`
 * comment, or the one source the instructor types for all questions without one.
 */

export type SourcedGiftQuestion = GiftQuestion & { source: string };

export type SourceCheck =
  | { ok: true; questions: SourcedGiftQuestion[] }
  /** message: for the whole form, naming the first line; fieldErrors.source: for the source field. */
  | { ok: false; line: number; message: string; fieldErrors: { source: string[] } };

export const SOURCE_COMMENT_EXAMPLE =
  "// source: AWS Shared Responsibility Model, https://aws.amazon.com/compliance/shared-responsibility-model/";
/** What the import form calls the field, and the API its body property. */
export const SOURCE_FIELD_LABEL = "Source for questions without one";

const SHOWN_LINES = 5;

function lineList(lines: number[]): string {
  const shown = lines.slice(0, SHOWN_LINES).map(String);
  if (lines.length > SHOWN_LINES) return `${shown.join(", ")} and ${lines.length - SHOWN_LINES} more`;
  return shown.length > 1 ? `${shown.slice(0, -1).join(", ")} and ${shown[shown.length - 1]}` : shown[0];
}

/** The questions with a source each, or what to type, and where, for those without one. */
export function withSources(questions: GiftQuestion[], defaultSource?: string | null): SourceCheck {
  const fallback = defaultSource?.trim() || null;
  const unsourced = questions.filter((q) => !q.source?.trim());
  if (unsourced.length === 0 || fallback) {
    return { ok: true, questions: questions.map((q) => ({ ...q, source: q.source?.trim() || fallback! })) };
  }
  const first = unsourced[0];
  const count = unsourced.length === 1 ? "the 1 question" : `all ${unsourced.length} questions`;
  const where = `line${unsourced.length === 1 ? "" : "s"} ${lineList(unsourced.map((q) => q.line))}`;
  const message =
    `Line ${first.line}: “${shorten(first.prompt, 60)}” names no source. ` +
    `Type a comment right above the question (no blank line between), like “${SOURCE_COMMENT_EXAMPLE}”, ` +
    `or fill in “${SOURCE_FIELD_LABEL}” (source in the API) to use one source for ${count} without one (${where}).`;
  const field = `Type where the answers come from, like “Course reader, chapter 4”: it is used for ${count} with no // source: comment (${where}).`;
  return { ok: false, line: first.line, message, fieldErrors: { source: [field] } };
}
