import type { ReactNode } from "react";
import type { RichText as RichTextNodes } from "@/server/practice/types";
import styles from "./rich-text.module.css";

type RichNode = RichTextNodes[number];

// The server only stores these addresses; checked again here so a view never links anything else.
const SAFE_HREF = /^(https?:|mailto:)/i;

// Drawn as the same element around their children; "br" has none, and "a" needs a safe address.
const WRAPPING_TAGS = ["p", "strong", "em", "code", "pre", "ul", "ol", "li"] as const;
type WrappingTag = (typeof WRAPPING_TAGS)[number];
const isWrappingTag = (tag: string): tag is WrappingTag => (WRAPPING_TAGS as readonly string[]).includes(tag);

function renderNode(node: RichNode, key: number): ReactNode {
  if (typeof node === "string") return node;
  if (node.tag === "br") return <br key={key} />;
  const children = renderNodes(node.children);
  if (node.tag === "a" && node.href && SAFE_HREF.test(node.href))
    return (
      <a key={key} href={node.href} rel="nofollow noopener noreferrer" target="_blank">
        {children}
      </a>
    );
  // A link without a safe address, or a tag this view does not know, keeps its text in a plain span.
  const Tag = isWrappingTag(node.tag) ? node.tag : "span";
  return <Tag key={key}>{children}</Tag>;
}

function renderNodes(nodes: readonly RichNode[]): ReactNode[] {
  return nodes.map(renderNode);
}

/**
 * Formatted text (an imported [html] or [markdown] question) as React elements: each node of the
 * server's safe tree maps to one element, and text is always text, never markup (no innerHTML).
 * `inline` for places where blocks may not go (a legend, a button): the server sends those in
 * inline form already, and the wrapper is a span.
 */
export function RichText({ nodes, inline = false, className }: { nodes: readonly RichNode[]; inline?: boolean; className?: string }) {
  const classes = [styles.rich, className].filter(Boolean).join(" ");
  return inline ? <span className={classes}>{renderNodes(nodes)}</span> : <div className={classes}>{renderNodes(nodes)}</div>;
}
