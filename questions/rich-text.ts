import { sanitizeHtml } from "./html-sanitize";
import { markdownNodes } from "./markdown";
import { nodesToHtml, nodesToPlainText, type SafeNode } from "./safe-nodes";

export type { SafeNode } from "./safe-nodes";
export { inlineNodes, safeHref } from "./safe-nodes";

/** How a text was written: GIFT's [html] and [markdown]; [plain], [moodle] and no marker are plain. */
export const TEXT_FORMATS = ["plain", "html", "markdown"] as const;
export type TextFormat = (typeof TEXT_FORMATS)[number];

/**
 * Any text as the safe subset (p, br, strong, em, code, pre, ul, ol, li, a[href http/https/mailto]).
 * Plain text stays one text node: nothing in it is ever read as markup. Markdown is read and then
 * passed through the same HTML whitelist, so both formats obey exactly the same rules.
 */
export function richText(text: string, format: TextFormat): SafeNode[] {
  if (format === "plain") return text === "" ? [] : [text];
  return sanitizeHtml(format === "html" ? text : nodesToHtml(markdownNodes(text)));
}

/** The safe subset as an HTML string: what Demarc stores and writes into GIFT as [html]. */
export function safeHtml(text: string, format: TextFormat): string {
  return nodesToHtml(richText(text, format));
}

/** The words of a text with no markup, for text-only views, search and CSV: no literal <p> tags. */
export function plainText(text: string, format: TextFormat): string {
  return format === "plain" ? text : nodesToPlainText(richText(text, format));
}
