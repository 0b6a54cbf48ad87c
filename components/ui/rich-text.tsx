import type { ReactNode } from "react";
import type { RichText as RichTextNodes } from "@/server/practice/types";
import styles from "./rich-text.module.css";

type RichNode = RichTextNodes[number];

// The server only stores these addresses; checked again here so a view never links anything else.
const SAFE_HREF = /^(https?:|mailto:)/i;

function renderNodes(nodes: readonly RichNode[]): ReactNode[] {
  return nodes.map((node, index) => {
    if (typeof node === "string") return node;
    const children = renderNodes(node.children);
    switch (node.tag) {
      case "p":
        return <p key={index}>{children}</p>;
      case "br":
        return <br key={index} />;
      case "strong":
        return <strong key={index}>{children}</strong>;
      case "em":
        return <em key={index}>{children}</em>;
      case "code":
        return <code key={index}>{children}</code>;
      case "pre":
        return <pre key={index}>{children}</pre>;
      case "ul":
        return <ul key={index}>{children}</ul>;
      case "ol":
        return <ol key={index}>{children}</ol>;
      case "li":
        return <li key={index}>{children}</li>;
      case "a":
        return node.href && SAFE_HREF.test(node.href) ? (
          <a key={index} href={node.href} rel="nofollow noopener noreferrer" target="_blank">
            {children}
          </a>
        ) : (
          <span key={index}>{children}</span>
        );
      default:
        return <span key={index}>{children}</span>;
    }
  });
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
