/** How GIFT lays text out: blank-line blocks, `//` comments, `\` escapes and [format] markers. */

import { plainText, safeHtml, type TextFormat } from "./rich-text";

// Escaped characters become private-use placeholders, so plain string searches never see them.
const ESCAPABLE = "\\~=#{}:n";
const PLACEHOLDER_BASE = 0xe000;
export const hide = (text: string) =>
  text.replace(/\\([\\~=#{}:n])/g, (_, ch: string) => String.fromCharCode(PLACEHOLDER_BASE + ESCAPABLE.indexOf(ch)));
const reveal = (text: string) =>
  text.replace(/[\ue000-\ue007]/g, (ch) => {
    const original = ESCAPABLE[ch.charCodeAt(0) - PLACEHOLDER_BASE];
    return original === "n" ? "\n" : original;
  });

const FORMAT_MARKER = /^\[(html|plain|moodle|markdown)\]\s*/i;

export interface Block {
  firstLine: number;
  comments: string[];
  text: string;
}

/** Questions are separated by blank lines; comment and $CATEGORY lines are not part of them. */
export function blocksOf(source: string): Block[] {
  const lines = source
    .replace(/^\ufeff/, "")
    .replace(/\r\n?/g, "\n")
    .split("\n");
  const blocks: Block[] = [];
  let current: { firstLine: number; comments: string[]; lines: string[] } | null = null;
  let pendingComments: string[] = [];
  const close = () => {
    if (current?.lines.length) blocks.push({ firstLine: current.firstLine, comments: current.comments, text: current.lines.join("\n") });
    current = null;
  };
  lines.forEach((raw, index) => {
    const trimmed = raw.trim();
    if (trimmed === "") {
      close();
      pendingComments = [];
      return;
    }
    if (trimmed.startsWith("//")) {
      if (!current?.lines.length) pendingComments.push(trimmed.slice(2).trim());
      return;
    }
    if (/^\$CATEGORY:/i.test(trimmed) && !current?.lines.length) return;
    if (!current) {
      current = { firstLine: index + 1, comments: pendingComments, lines: [] };
      pendingComments = [];
    }
    current.lines.push(raw);
  });
  close();
  return blocks;
}

export function lineAt(block: Block, hiddenText: string, offset: number) {
  return block.firstLine + (hiddenText.slice(0, offset).match(/\n/g)?.length ?? 0);
}

export function sourceFrom(comments: string[]): string | null {
  for (const comment of comments) {
    const at = comment.toLowerCase().indexOf("source:");
    if (at >= 0) return comment.slice(at + "source:".length).trim() || null;
  }
  return null;
}

export const clean = (text: string) => reveal(text.trim());

export interface ReadText {
  format: TextFormat;
  plain: string;
  html: string | null;
}

const formatNamed = (name: string): TextFormat => (/^(html|markdown)$/i.test(name) ? (name.toLowerCase() as TextFormat) : "plain");

/** A text with escapes still hidden: its own [format] marker, or else the question's (as Moodle reads it). */
export function readText(hidden: string, inherited: TextFormat): ReadText {
  const trimmed = hidden.trim();
  const marker = trimmed.match(FORMAT_MARKER);
  const format = marker ? formatNamed(marker[1]) : inherited;
  const raw = clean(marker ? trimmed.slice(marker[0].length) : trimmed);
  if (format === "plain") return { format, plain: raw, html: null };
  return { format, plain: plainText(raw, format), html: safeHtml(raw, format) };
}

/** At most `max` characters, cut at a word boundary with an ellipsis, for titles and messages. */
export function shorten(text: string, max: number): string {
  const oneLine = text.replace(/\s+/g, " ").trim();
  if (oneLine.length <= max) return oneLine;
  const cut = oneLine.slice(0, max);
  const lastSpace = cut.lastIndexOf(" ");
  return `${(lastSpace > max / 2 ? cut.slice(0, lastSpace) : cut.slice(0, max - 1)).replace(/[\s,;:.–-]+$/, "")}…`;
}
