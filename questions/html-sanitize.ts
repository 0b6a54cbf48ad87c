import { decodeEntities } from "./html-entities";
import { BLOCK_TAGS, safeHref, type SafeElement, type SafeNode, type SafeTag } from "./safe-nodes";

/**
 * Reads untrusted HTML (a Moodle [html] question) the way a browser would tokenise it, and keeps
 * only the safe subset: p, br, strong/b, em/i, code, pre, ul/ol/li and a with an http(s)/mailto
 * href. Every other element is dropped (its text kept, except for script-like elements, whose
 * content goes too) and every other attribute is dropped. The result is a tree, not a string, so
 * it is well nested by construction whatever the input was.
 */

type Token =
  | { type: "text"; text: string }
  | { type: "start"; name: string; attributes: Map<string, string> }
  | { type: "end"; name: string };

/** Elements whose content is not markup (or is code): skipped up to their end tag. */
const RAW_TEXT = new Set(["script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes", "noscript", "plaintext"]);
/** Elements dropped with everything inside them. */
const DROPPED_WITH_CONTENT = new Set(["template", "svg", "math", "object", "applet", "select", "head", "datalist"]);
/** Elements that stand for a paragraph of their own. */
const PARAGRAPH_LIKE = new Set(
  "div h1 h2 h3 h4 h5 h6 blockquote section article header footer aside nav main figure figcaption address details summary center dl dt dd table caption tr td th fieldset legend form hr".split(
    " ",
  ),
);
const RENAMED: Record<string, SafeTag> = { b: "strong", i: "em" };
const KEPT = new Set<string>(["p", "br", "strong", "em", "code", "pre", "ul", "ol", "li", "a"]);
const FLOW_CONTAINERS = new Set<string>(["root", "li"]);
const LISTS = new Set<string>(["ul", "ol"]);
/** Deeper nesting is flattened, so a hostile file cannot make rendering recurse without end. */
const MAX_DEPTH = 24;

const TAG_NAME = /[A-Za-z][^\s/>\u0000]*/y;
const ATTRIBUTE_NAME = /[^\s/>][^\s/>=]*/y;
const UNQUOTED_VALUE = /[^\s>]*/y;
const WHITESPACE_OR_SLASH = /[\s/]*/y;
const WHITESPACE = /\s*/y;

function matchAt(pattern: RegExp, text: string, at: number): string {
  pattern.lastIndex = at;
  return pattern.exec(text)?.[0] ?? "";
}

/** A tag's attributes from `at`; null when the input ends inside the tag (browsers drop such a tag). */
function readAttributes(html: string, at: number): { attributes: Map<string, string>; end: number } | null {
  const attributes = new Map<string, string>();
  let i = at;
  for (;;) {
    i += matchAt(WHITESPACE_OR_SLASH, html, i).length;
    if (i >= html.length) return null;
    if (html[i] === ">") return { attributes, end: i + 1 };
    const name = matchAt(ATTRIBUTE_NAME, html, i);
    i += name.length;
    i += matchAt(WHITESPACE, html, i).length;
    let value = "";
    if (html[i] === "=") {
      i += 1;
      i += matchAt(WHITESPACE, html, i).length;
      const quote = html[i];
      if (quote === '"' || quote === "'") {
        const close = html.indexOf(quote, i + 1);
        if (close < 0) return null;
        value = html.slice(i + 1, close);
        i = close + 1;
      } else {
        value = matchAt(UNQUOTED_VALUE, html, i);
        i += value.length;
      }
    }
    const key = name.toLowerCase();
    if (!attributes.has(key)) attributes.set(key, decodeEntities(value));
  }
}

/** Skips a comment, doctype, CDATA section or processing instruction starting at `at`. */
function skipMarkupDeclaration(html: string, at: number): number {
  if (html.startsWith("<!--", at)) {
    const close = html.indexOf("-->", at + 2);
    return close < 0 ? html.length : close + 3;
  }
  const close = html.indexOf(">", at);
  return close < 0 ? html.length : close + 1;
}

function tokenize(html: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  const text = (value: string) => {
    if (value) tokens.push({ type: "text", text: decodeEntities(value) });
  };
  while (i < html.length) {
    const lt = html.indexOf("<", i);
    if (lt < 0) {
      text(html.slice(i));
      break;
    }
    text(html.slice(i, lt));
    i = lt;
    const next = html[i + 1] ?? "";
    if (next === "!" || next === "?" || (next === "/" && !/[A-Za-z]/.test(html[i + 2] ?? ""))) {
      i = html.startsWith("</>", i) ? i + 3 : skipMarkupDeclaration(html, i);
      continue;
    }
    const closing = next === "/";
    const name = matchAt(TAG_NAME, html, i + (closing ? 2 : 1)).toLowerCase();
    if (!name) {
      text("<");
      i += 1;
      continue;
    }
    const tag = readAttributes(html, i + (closing ? 2 : 1) + name.length);
    if (!tag) break;
    i = tag.end;
    if (closing) {
      tokens.push({ type: "end", name });
      continue;
    }
    tokens.push({ type: "start", name, attributes: tag.attributes });
    if (RAW_TEXT.has(name)) {
      const end = name === "plaintext" ? null : new RegExp(`</${name}[\\s/>]`, "i").exec(html.slice(i));
      i = end ? i + end.index : html.length;
    }
  }
  return tokens;
}

/** Builds the safe tree: a stack of open elements with the nesting rules of the subset. */
class TreeBuilder {
  private readonly root: SafeElement = { tag: "p", children: [] };
  /** An implicit list holds stray <li>s only: other content closes it, as it never was in the input. */
  private readonly stack: { name: string; element: SafeElement; implicit?: boolean }[] = [{ name: "root", element: this.root }];

  private get top() {
    return this.stack[this.stack.length - 1];
  }

  private push(tag: SafeTag, href?: string, implicit = false) {
    const element: SafeElement = href === undefined ? { tag, children: [] } : { tag, href, children: [] };
    this.top.element.children.push(element);
    if (tag !== "br") this.stack.push({ name: tag, element, implicit });
  }

  private popUntil(keep: (name: string) => boolean) {
    while (this.stack.length > 1 && !keep(this.top.name)) this.stack.pop();
  }

  /** Content cannot sit directly in a list: it gets an item of its own, or ends an implicit list. */
  private intoListItem() {
    while (this.top.implicit) this.stack.pop();
    if (LISTS.has(this.top.name)) this.push("li");
  }

  text(value: string) {
    if (LISTS.has(this.top.name) && !this.top.implicit && value.trim() === "") return;
    this.intoListItem();
    const children = this.top.element.children;
    const last = children[children.length - 1];
    if (typeof last === "string") children[children.length - 1] = last + value;
    else children.push(value);
  }

  start(name: string, attributes: Map<string, string>): void {
    if (PARAGRAPH_LIKE.has(name)) return this.start("p", attributes);
    const tag = RENAMED[name] ?? name;
    if (!KEPT.has(tag)) return;
    if (tag === "br") {
      this.intoListItem();
      return this.push("br");
    }
    if (this.stack.length > MAX_DEPTH && tag !== "li" && tag !== "p") return;
    if (tag === "li") {
      this.popUntil((open) => open === "root" || LISTS.has(open));
      if (this.top.name === "root") this.push("ul", undefined, true);
      return this.push("li");
    }
    if (tag === "p" || tag === "pre" || tag === "ul" || tag === "ol") {
      this.popUntil((open) => FLOW_CONTAINERS.has(open) || LISTS.has(open));
      this.intoListItem();
      return this.push(tag as SafeTag);
    }
    let href: string | undefined;
    if (tag === "a") {
      const safe = safeHref(attributes.get("href") ?? "");
      if (!safe) return;
      href = safe;
      if (this.stack.some((open) => open.name === "a")) this.end("a");
    }
    this.intoListItem();
    this.push(tag as SafeTag, href);
  }

  end(name: string): void {
    if (PARAGRAPH_LIKE.has(name)) return this.end("p");
    const tag = RENAMED[name] ?? name;
    if (tag === "br") return this.start("br", new Map());
    const at = this.stack.map((open) => open.name).lastIndexOf(tag);
    if (at > 0) this.stack.length = at;
  }

  nodes(): SafeNode[] {
    return tidy(this.root.children, true);
  }
}

const isWhitespace = (node: SafeNode | undefined) => typeof node === "string" && /^\s*$/.test(node);
const isBreak = (node: SafeNode) => typeof node !== "string" && node.tag === "br";
const isBlockElement = (node: SafeNode | undefined): node is SafeElement =>
  node !== undefined && typeof node !== "string" && BLOCK_TAGS.has(node.tag);

/**
 * Drops empty elements, blocks holding only blanks (Moodle's editor leaves <p>&nbsp;</p> and
 * <p><br></p> behind) and the whitespace around blocks, and joins neighbouring text.
 */
function tidy(children: readonly SafeNode[], edgesAreBlocks: boolean): SafeNode[] {
  const kept: SafeNode[] = [];
  for (const node of children) {
    if (typeof node === "string") {
      const last = kept[kept.length - 1];
      if (typeof last === "string") kept[kept.length - 1] = last + node;
      else if (node !== "") kept.push(node);
      continue;
    }
    if (node.tag === "br") {
      kept.push(node);
      continue;
    }
    const inner = tidy(node.children, node.tag === "li" || LISTS.has(node.tag));
    const blank = inner.every((child) => isWhitespace(child) || isBreak(child));
    if (inner.length > 0 && !(blank && BLOCK_TAGS.has(node.tag))) kept.push({ ...node, children: inner });
  }
  return kept.filter((node, index) => {
    if (!isWhitespace(node)) return true;
    const before = index === 0 ? edgesAreBlocks : isBlockElement(kept[index - 1]);
    const after = index === kept.length - 1 ? edgesAreBlocks : isBlockElement(kept[index + 1]);
    return !(before || after);
  });
}

/** Untrusted HTML in, the safe subset out (see the file comment). */
export function sanitizeHtml(html: string): SafeNode[] {
  const builder = new TreeBuilder();
  let dropping: { name: string; depth: number } | null = null;
  for (const token of tokenize(html.replace(/\u0000/g, ""))) {
    if (dropping) {
      if (token.type !== "text" && token.name === dropping.name) dropping.depth += token.type === "start" ? 1 : -1;
      if (dropping.depth === 0) dropping = null;
      continue;
    }
    if (token.type === "text") builder.text(token.text);
    else if (token.type === "end") builder.end(token.name);
    else if (DROPPED_WITH_CONTENT.has(token.name)) dropping = { name: token.name, depth: 1 };
    else if (!RAW_TEXT.has(token.name)) builder.start(token.name, token.attributes);
  }
  return builder.nodes();
}
