import { safeHref, type SafeNode } from "./safe-nodes";

/**
 * The Markdown that question text uses, read into the safe subset: paragraphs, hard line breaks,
 * **strong**, *emphasis*, `code`, fenced code, - and 1. lists (nested by indentation),
 * [links](https://…) and <https://…>. Headings become bold paragraphs and quotes plain ones.
 * Raw HTML is shown as the text it is: Markdown from a file is never a way to smuggle markup.
 */

const FENCE = /^ {0,3}(`{3,}|~{3,})[^`]*$/;
const HEADING = /^ {0,3}#{1,6}(?:\s+(.*?))?(?:\s+#+)?\s*$/;
const RULE = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
const QUOTE = /^ {0,3}> ?/;
const ITEM = /^( {0,3})([-*+]|\d{1,9}[.)])(?:[ \t]+(.*))?$/;
const INDENT = /^(?: {2,}|\t)/;
/** Lists and quotes nested deeper than this are read as text. */
const MAX_NESTING = 8;

const ESCAPABLE = "\\`*_{}[]()#+-.!<>|~";
const PLACEHOLDER = 0xe100;
const hideEscapes = (text: string) =>
  text.replace(/\\([\\`*_{}[\]()#+\-.!<>|~])/g, (_, ch: string) => String.fromCharCode(PLACEHOLDER + ESCAPABLE.indexOf(ch)));
const restore = (text: string, keepBackslash = false) =>
  text.replace(/[\ue100-\ue113]/g, (ch) => (keepBackslash ? "\\" : "") + ESCAPABLE[ch.charCodeAt(0) - PLACEHOLDER]);

const startsBlock = (line: string) => FENCE.test(line) || HEADING.test(line) || RULE.test(line) || QUOTE.test(line) || ITEM.test(line);

/**
 * Spans are at most MAX_SPAN characters and emphasis holds no asterisk (underscore) of its own, so
 * every match is found in bounded time: a hostile file cannot make the patterns backtrack for ever.
 */
const MAX_SPAN = 2000;
const INLINE = new RegExp(
  [
    `(\`{1,32})(?!\`)([\\s\\S]{1,${MAX_SPAN}}?)(?<!\`)\\1(?!\`)`, // 1, 2: code span
    `<((?:https?:\\/\\/|mailto:)[^\\s<>]{1,${MAX_SPAN}})>`, // 3: autolink
    `\\[((?:[^[\\]]|\\[[^[\\]]{0,${MAX_SPAN}}\\]){0,${MAX_SPAN}})\\]\\(\\s*<?([^\\s<>()]{0,${MAX_SPAN}}(?:\\([^\\s<>()]{0,${MAX_SPAN}}\\)[^\\s<>()]{0,${MAX_SPAN}})?)>?(?:\\s+(?:"[^"]{0,${MAX_SPAN}}"|'[^']{0,${MAX_SPAN}}'))?\\s*\\)`, // 4, 5: link
    `\\*\\*(?=\\S)([\\s\\S]{0,${MAX_SPAN}}?\\S)\\*\\*`, // 6: strong
    `(?<![A-Za-z0-9])__(?=\\S)([\\s\\S]{0,${MAX_SPAN}}?\\S)__(?![A-Za-z0-9])`, // 7: strong
    `\\*(?=[^\\s*])([^*]{0,${MAX_SPAN}}?[^\\s*])\\*(?!\\*)`, // 8: emphasis
    `(?<![A-Za-z0-9])_(?=[^\\s_])([^_]{0,${MAX_SPAN}}?[^\\s_])_(?![A-Za-z0-9])`, // 9: emphasis
  ].join("|"),
  "g",
);

function inline(text: string, inLink = false): SafeNode[] {
  const out: SafeNode[] = [];
  const pushText = (value: string) => {
    if (!value) return;
    const last = out[out.length - 1];
    if (typeof last === "string") out[out.length - 1] = last + restore(value);
    else out.push(restore(value));
  };
  let at = 0;
  for (const match of text.matchAll(INLINE)) {
    const [whole, , code, autolink, linkText, linkHref, strong, strongUnderscore, em, emUnderscore] = match;
    if ((autolink !== undefined || linkText !== undefined) && inLink) continue;
    pushText(text.slice(at, match.index));
    at = match.index + whole.length;
    if (code !== undefined) {
      const body = /^ [\s\S]*[^ ][\s\S]* $/.test(code) ? code.slice(1, -1) : code;
      out.push({ tag: "code", children: [restore(body, true)] });
    } else if (autolink !== undefined) {
      const href = safeHref(restore(autolink));
      out.push(href ? { tag: "a", href, children: [restore(autolink)] } : restore(whole));
    } else if (linkText !== undefined) {
      const href = safeHref(restore(linkHref));
      const children = inline(linkText, true);
      if (href && children.length > 0) out.push({ tag: "a", href, children });
      else out.push(...children);
    } else {
      const tag = strong !== undefined || strongUnderscore !== undefined ? "strong" : "em";
      out.push({ tag, children: inline(strong ?? strongUnderscore ?? em ?? emUnderscore, inLink) });
    }
  }
  pushText(text.slice(at));
  return out;
}

/** A paragraph's lines: two trailing spaces or a backslash make a line break. */
function paragraph(lines: string[]): SafeNode[] {
  const parts = lines
    .map((line) => line.replace(/^\s+/, ""))
    .join("\n")
    .trimEnd()
    .split(/(?: {2,}|\\)\n/);
  return [
    { tag: "p", children: parts.flatMap((part, index) => [...(index > 0 ? [{ tag: "br" as const, children: [] }] : []), ...inline(part)]) },
  ];
}

function listAt(lines: string[], start: number, depth: number): { node: SafeNode; next: number } {
  const ordered = /\d/.test(lines[start].match(ITEM)![2]);
  const items: SafeNode[] = [];
  let i = start;
  while (i < lines.length) {
    const marker = lines[i].match(ITEM);
    if (!marker || RULE.test(lines[i]) || /\d/.test(marker[2]) !== ordered) break;
    const body = [marker[3] ?? ""];
    i++;
    while (i < lines.length) {
      const line = lines[i];
      if (line.trim() === "") {
        const nextText = lines.slice(i).find((l) => l.trim() !== "");
        if (nextText === undefined || !INDENT.test(nextText)) break;
        body.push("");
      } else if (INDENT.test(line)) {
        body.push(line.replace(/^(?: {1,4}|\t)/, ""));
      } else if (!startsBlock(line) && body[body.length - 1] !== "") {
        body.push(line);
      } else {
        break;
      }
      i++;
    }
    const content = blocks(body, depth + 1);
    const [first, ...rest] = content;
    const children = first !== undefined && typeof first !== "string" && first.tag === "p" ? [...first.children, ...rest] : content;
    items.push({ tag: "li", children });
    while (
      i < lines.length &&
      lines[i].trim() === "" &&
      lines
        .slice(i)
        .find((l) => l.trim() !== "")
        ?.match(ITEM)
    )
      i++;
  }
  return { node: { tag: ordered ? "ol" : "ul", children: items }, next: i };
}

function blocks(lines: string[], depth: number): SafeNode[] {
  const out: SafeNode[] = [];
  let i = 0;
  while (i < lines.length) {
    const line = lines[i];
    const fence = line.match(FENCE);
    if (line.trim() === "" || RULE.test(line)) {
      i++;
    } else if (fence) {
      const close = new RegExp(`^ {0,3}${fence[1][0] === "`" ? "`" : "~"}{${fence[1].length},}\\s*$`);
      const body: string[] = [];
      for (i++; i < lines.length && !close.test(lines[i]); i++) body.push(restore(lines[i], true));
      i++;
      if (body.length > 0) out.push({ tag: "pre", children: [{ tag: "code", children: [body.join("\n")] }] });
    } else if (HEADING.test(line)) {
      const text = line.match(HEADING)![1] ?? "";
      if (text) out.push({ tag: "p", children: [{ tag: "strong", children: inline(text) }] });
      i++;
    } else if (QUOTE.test(line) && depth < MAX_NESTING) {
      const quoted: string[] = [];
      for (; i < lines.length && QUOTE.test(lines[i]); i++) quoted.push(lines[i].replace(QUOTE, ""));
      out.push(...blocks(quoted, depth + 1));
    } else if (ITEM.test(line) && depth < MAX_NESTING) {
      const list = listAt(lines, i, depth);
      out.push(list.node);
      i = list.next;
    } else {
      const text = [line];
      for (i++; i < lines.length && lines[i].trim() !== "" && !startsBlock(lines[i]); i++) text.push(lines[i]);
      out.push(...paragraph(text));
    }
  }
  return out;
}

/** Markdown in, the safe subset out. */
export function markdownNodes(markdown: string): SafeNode[] {
  return blocks(hideEscapes(markdown.replace(/\r\n?/g, "\n").replace(/\u0000/g, "")).split("\n"), 0);
}
