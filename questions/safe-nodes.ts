/**
 * Formatted text as a small tree of a fixed set of elements, so a view can render imported
 * [html] and [markdown] text with React elements (never innerHTML) and nothing else can get in:
 * no other element, no attribute but a link's http(s)/mailto address.
 */

export const SAFE_TAGS = ["p", "br", "strong", "em", "code", "pre", "ul", "ol", "li", "a"] as const;
export type SafeTag = (typeof SAFE_TAGS)[number];

export interface SafeElement {
  tag: SafeTag;
  /** Only on "a": an http:, https: or mailto: address (see safeHref). */
  href?: string;
  children: SafeNode[];
}

/** A string is text: render it as a text node, never as markup. */
export type SafeNode = string | SafeElement;

export const BLOCK_TAGS: ReadonlySet<SafeTag> = new Set(["p", "pre", "ul", "ol", "li"]);

/**
 * The address a link may keep, or null. Browsers ignore tabs and newlines inside a URL and
 * leading control characters, so those go first; what is left must start with an allowed scheme.
 */
export function safeHref(raw: string): string | null {
  const href = raw.replace(/[\t\n\r]/g, "").replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, "");
  if (/[\u0000-\u001f\u007f]/.test(href)) return null;
  const scheme = href.match(/^(https?|mailto):/i);
  if (!scheme) return null;
  return scheme[1].toLowerCase() + href.slice(scheme[1].length);
}

const escapeText = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
const escapeAttribute = (text: string) => escapeText(text).replace(/"/g, "&quot;").replace(/'/g, "&#39;");

/** The nodes as an HTML string of the safe subset, for stores and formats that carry HTML (GIFT [html]). */
export function nodesToHtml(nodes: readonly SafeNode[]): string {
  return nodes
    .map((node) => {
      if (typeof node === "string") return escapeText(node);
      if (node.tag === "br") return "<br>";
      const open = node.tag === "a" ? `<a href="${escapeAttribute(node.href ?? "")}" rel="nofollow noopener noreferrer">` : `<${node.tag}>`;
      return `${open}${nodesToHtml(node.children)}</${node.tag}>`;
    })
    .join("");
}

/** Reads back a plain-text view: blocks on their own lines, list items with "- " or "1. ", a link's address after its words. */
export function nodesToPlainText(nodes: readonly SafeNode[]): string {
  let text = "";
  const newline = () => {
    text = `${text.replace(/ +$/, "")}\n`;
  };
  const startLine = () => {
    if (text !== "" && !text.endsWith("\n")) newline();
  };
  const words = (value: string) => {
    const collapsed = value.replace(/[\s\u00a0]+/g, " ");
    text += text === "" || /[\n ]$/.test(text) ? collapsed.replace(/^ /, "") : collapsed;
  };
  const walk = (children: readonly SafeNode[], pre: boolean, indent: string) => {
    for (const node of children) {
      if (typeof node === "string") {
        if (pre) text += node;
        else words(node);
      } else if (node.tag === "br") {
        newline();
      } else if (node.tag === "ul" || node.tag === "ol") {
        startLine();
        node.children.forEach((item, index) => {
          startLine();
          text += `${indent}${node.tag === "ol" ? `${index + 1}.` : "-"} `;
          walk(typeof item === "string" ? [item] : item.children, pre, `${indent}   `);
        });
        startLine();
      } else if (node.tag === "p" || node.tag === "pre" || node.tag === "li") {
        startLine();
        walk(node.children, pre || node.tag === "pre", indent);
        startLine();
      } else {
        walk(node.children, pre, indent);
        if (node.tag === "a" && node.href && nodesToPlainText(node.children) !== node.href.replace(/^mailto:/, ""))
          words(` (${node.href})`);
      }
    }
  };
  walk(nodes, false, "");
  return text
    .split("\n")
    .map((line) => line.trimEnd())
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

/**
 * The same text with inline elements only, for places where blocks may not go (an answer inside a
 * <label> or <button>): paragraphs and list items become lines, preformatted text becomes code.
 */
export function inlineNodes(nodes: readonly SafeNode[]): SafeNode[] {
  const out: SafeNode[] = [];
  const lineBreak = () => {
    if (out.length > 0 && !isBreak(out[out.length - 1])) out.push({ tag: "br", children: [] });
  };
  for (const node of nodes) {
    if (typeof node === "string" || !BLOCK_TAGS.has(node.tag)) {
      out.push(node);
    } else if (node.tag === "pre") {
      const inner = inlineNodes(node.children);
      const onlyCode = inner.length === 1 && typeof inner[0] !== "string" && inner[0].tag === "code";
      lineBreak();
      out.push(onlyCode ? inner[0] : { tag: "code", children: inner });
      lineBreak();
    } else if (node.tag === "ul" || node.tag === "ol") {
      node.children.forEach((item, index) => {
        lineBreak();
        out.push(node.tag === "ol" ? `${index + 1}. ` : "• ", ...inlineNodes(typeof item === "string" ? [item] : item.children));
      });
      lineBreak();
    } else {
      lineBreak();
      out.push(...inlineNodes(node.children));
      lineBreak();
    }
  }
  while (out.length > 0 && isBreak(out[out.length - 1])) out.pop();
  return out;
}

const isBreak = (node: SafeNode) => typeof node !== "string" && node.tag === "br";
