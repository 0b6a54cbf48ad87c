// @vitest-environment jsdom
import { describe, expect, it } from "vitest";
import { createRandom } from "@/questions/random";
import { inlineNodes, plainText, richText, safeHref, safeHtml, type SafeNode } from "@/questions/rich-text";
import { nodesToHtml } from "@/questions/safe-nodes";

const ALLOWED = new Set(["P", "BR", "STRONG", "EM", "CODE", "PRE", "UL", "OL", "LI", "A"]);

/** What a browser builds from the output: every element and attribute, so nothing unsafe can hide in the string. */
function browserView(html: string) {
  const body = document.createElement("div");
  body.innerHTML = html;
  const elements = [...body.querySelectorAll("*")];
  return {
    tags: elements.map((el) => el.tagName),
    attributes: elements.flatMap((el) => [...el.attributes].map((a) => `${el.tagName.toLowerCase()}[${a.name}=${a.value}]`)),
    text: body.textContent ?? "",
  };
}

function expectSafe(html: string) {
  const view = browserView(html);
  for (const tag of view.tags) expect(ALLOWED, `${tag} in ${html}`).toContain(tag);
  for (const attribute of view.attributes)
    expect(attribute).toMatch(/^a\[(href=(https?:|mailto:)[^\s]*|rel=nofollow noopener noreferrer)\]$/i);
  return view;
}

const sanitised = (html: string) => safeHtml(html, "html");

describe("sanitising [html]", () => {
  it("keeps the safe subset and its nesting, turning b/i into strong/em", () => {
    expect(
      sanitised(
        "<p>What is <b>the</b> <i>capital</i> of <code>fr</code>?<br>Pick one.</p><ul><li>one</li><li>two</li></ul><ol><li>a</li></ol><pre><code>x  y</code></pre>",
      ),
    ).toBe(
      "<p>What is <strong>the</strong> <em>capital</em> of <code>fr</code>?<br>Pick one.</p><ul><li>one</li><li>two</li></ul><ol><li>a</li></ol><pre><code>x  y</code></pre>",
    );
    expect(sanitised('<a href="https://docs.aws.amazon.com/a?b=1&amp;c=2">docs</a> <a href="mailto:x@example.com">mail</a>')).toBe(
      '<a href="https://docs.aws.amazon.com/a?b=1&amp;c=2" rel="nofollow noopener noreferrer">docs</a> <a href="mailto:x@example.com" rel="nofollow noopener noreferrer">mail</a>',
    );
  });

  it.each([
    ["<script>alert(1)</script><p>ok</p>", "<p>ok</p>"],
    ["<SCRIPT type=text/javascript>alert(1)</SCRIPT >ok", "ok"],
    ["<script>alert(1)", ""],
    ["<style>p{x:expression(alert(1))}</style><p>ok</p>", "<p>ok</p>"],
    ['<img src=x onerror="alert(1)">ok', "ok"],
    ['<p onclick="alert(1)" style="color:red" class="x" id="y">ok</p>', "<p>ok</p>"],
    ["<b onmouseover=alert(1)>ok</b>", "<strong>ok</strong>"],
    ["<svg onload=alert(1)><circle/>hidden</svg>ok", "ok"],
    ["<svg><style><img src=x onerror=alert(1)></style></svg>ok", "ok"],
    ["<math><mtext><table><mglyph><style><img src=x onerror=alert(1)></style></math>ok", "ok"],
    ['<iframe src="javascript:alert(1)">inner</iframe>ok', "ok"],
    ["<object data=x.swf>fallback</object><embed src=x.swf>ok", "ok"],
    ['<form action="javascript:alert(1)"><input type=submit></form>ok', "ok"],
    ["<template><script>alert(1)</script></template>ok", "ok"],
    ['<noscript><p title="</noscript><img src=x onerror=alert(1)>"></noscript>ok', '"&gt;ok'],
    ["<scr<script>ipt>alert(1)</script>", "ipt&gt;alert(1)"],
    ["<<script>script>alert(1)<</script>/script>", "&lt;/script&gt;"],
    ["<!-- <script>alert(1)</script> -->ok<!-- never closed <script>", "ok"],
    ["<![CDATA[<script>alert(1)</script>]]>ok", "alert(1)]]&gt;ok"],
    ["<?php echo 1 ?>ok", "ok"],
    ["<p>unfinished <a href='https://x'", "<p>unfinished </p>"],
  ])("drops what is not in the subset: %j", (input, expected) => {
    expect(sanitised(input)).toBe(expected);
    expectSafe(sanitised(input));
  });

  it.each([
    "javascript:alert(1)",
    "JaVaScRiPt:alert(1)",
    " \u0001javascript:alert(1)",
    "java\tscript:alert(1)",
    "java\nscript:alert(1)",
    "&#106;avascript:alert(1)",
    "&#x6A;&#x61;&#x76;&#x61;&#x73;&#x63;&#x72;&#x69;&#x70;&#x74;&#x3A;alert(1)",
    "&#0000106avascript:alert(1)",
    "javascript&colon;alert(1)",
    "vbscript:msgbox(1)",
    "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
    "//evil.example/",
    "/relative/path",
    "#anchor",
    "file:///etc/passwd",
  ])("keeps a link's words but not the address %j", (href) => {
    const html = sanitised(`<a href="${href}">click</a>`);
    expect(html).toBe("click");
    expect(sanitised(`<a href=${href.replace(/\s/g, "")}>click</a>`)).toBe("click");
  });

  it("keeps http(s) and mailto addresses whatever their case and spacing, escaped so they cannot leave the attribute", () => {
    expect(safeHref("  HTTPS://docs.aws.amazon.com/x ")).toBe("https://docs.aws.amazon.com/x");
    expect(safeHref('http://a.example/"onmouseover=alert(1)')).toBe('http://a.example/"onmouseover=alert(1)');
    const html = sanitised(`<a href='http://a.example/"onmouseover=alert(1)&gt;'>x</a>`);
    expect(html).toBe('<a href="http://a.example/&quot;onmouseover=alert(1)&gt;" rel="nofollow noopener noreferrer">x</a>');
    expect(expectSafe(html).attributes).toEqual(['a[href=http://a.example/"onmouseover=alert(1)>]', "a[rel=nofollow noopener noreferrer]"]);
  });

  it("closes unclosed tags, nests what browsers would mis-nest, and never puts a block inside a paragraph or an inline", () => {
    const repairs: [html: string, repaired: string][] = [
      ["<p>one<p>two", "<p>one</p><p>two</p>"],
      ["<b><i>bold italic</b> plain", "<strong><em>bold italic</em></strong> plain"],
      ["<p>a<ul><li>b</ul>c</p>", "<p>a</p><ul><li>b</li></ul>c"],
      ["<strong><p>x</p></strong>", "<p>x</p>"],
      ["<ul><li>one<li>two<ul><li>deep</ul></ul>", "<ul><li>one</li><li>two<ul><li>deep</li></ul></li></ul>"],
      ["<li>stray</li>text in a <ul>list", "<ul><li>stray</li></ul>text in a <ul><li>list</li></ul>"],
      [
        '<a href="https://a">one <a href="https://b">two</a></a>',
        '<a href="https://a" rel="nofollow noopener noreferrer">one </a><a href="https://b" rel="nofollow noopener noreferrer">two</a>',
      ],
      ["<div>a<div>b</div></div><h2>Title</h2><table><tr><td>c<td>d</table>", "<p>a</p><p>b</p><p>Title</p><p>c</p><p>d</p>"],
      ["<p>&nbsp;</p><p><br></p><p></p><strong></strong>ok", "ok"],
      ["</p></b></ul>ok</li>", "ok"],
    ];
    for (const [html, repaired] of repairs) expect(sanitised(html), html).toBe(repaired);
  });

  it("flattens absurd nesting instead of recursing without end", () => {
    const html = sanitised(`${"<b><ul><li>".repeat(5000)}deep`);
    expect(html.length).toBeLessThan(2000);
    expect(plainText(`${"<em>".repeat(50_000)}deep`, "html")).toBe("deep");
  });

  it("decodes entities once: text that spells markup stays text", () => {
    expect(sanitised("&lt;script&gt;alert(1)&lt;/script&gt;")).toBe("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(sanitised("&amp;lt;b&amp;gt;")).toBe("&amp;lt;b&amp;gt;");
    expect(plainText("&lt;b&gt; &amp; &quot;q&quot; &copy; &eacute;&Uuml; &#8211; &#x1F600; &#150; &#0; &bogus; &amp", "html")).toBe(
      '<b> & "q" © éÜ – 😀 – \ufffd &bogus; &',
    );
    expect(expectSafe(sanitised("&lt;img src=x onerror=alert(1)&gt;")).tags).toEqual([]);
  });

  it("gives the same tree when its own output is sanitised again, for any tag soup", () => {
    const pieces = [
      "<p>",
      "</p>",
      "<b>",
      "</b>",
      "<i>",
      "</em>",
      "<ul>",
      "<ol>",
      "<li>",
      "</li>",
      "</ul>",
      "<pre>",
      "</pre>",
      "<code>",
      "<br>",
      "<br/>",
      '<a href="https://x.example/?a=1&b=2">',
      '<a href="javascript:alert(1)">',
      "</a>",
      "<script>",
      "</script>",
      "<style>",
      "<svg>",
      "</svg>",
      "<img src=x onerror=alert(1)>",
      "<div>",
      "</div>",
      "<!--",
      "-->",
      "text",
      " ",
      "\n",
      "&amp;",
      "&lt;",
      "<",
      ">",
      '"',
      "'",
      "=",
      "<p onclick=x>",
    ];
    const random = createRandom("sanitiser-fuzz");
    for (let round = 0; round < 1000; round++) {
      const input = Array.from({ length: 1 + random.int(30) }, () => random.pick(pieces)).join("");
      const once = richText(input, "html");
      const html = nodesToHtml(once);
      expect(richText(html, "html"), input).toEqual(once);
      const view = expectSafe(html);
      expect(view.text.replace(/\s+/g, " ").trim(), input).toBe(textOf(once).replace(/\s+/g, " ").trim());
    }
  }, 30_000);
});

const textOf = (nodes: SafeNode[]): string => nodes.map((n) => (typeof n === "string" ? n : textOf(n.children))).join("");

describe("plain text of formatted text", () => {
  it("shows the words without tags: paragraphs and list items on their lines, link addresses kept", () => {
    expect(plainText("<p>What is the <b>capital</b>?</p>", "html")).toBe("What is the capital?");
    expect(
      plainText(
        "<p>Pick:</p>\n<ul><li>one</li><li>two</li></ul><ol><li>a</li><li>b</li></ol><p>See <a href='https://x.example'>this</a>.</p>",
        "html",
      ),
    ).toBe("Pick:\n- one\n- two\n1. a\n2. b\nSee this (https://x.example).");
    expect(plainText("  spaced \n  out  ", "html")).toBe("spaced out");
    expect(plainText("<pre>keep\n  indent</pre>", "html")).toBe("keep\n  indent");
    expect(plainText("a <p> stays & <b> literal", "plain")).toBe("a <p> stays & <b> literal");
    expect(richText("<b>not markup</b>", "plain")).toEqual(["<b>not markup</b>"]);
  });

  it("has an inline-only form for answers shown inside labels and buttons", () => {
    const nodes = richText("<p>one <b>two</b></p><ul><li>three</li></ul><pre><code>four</code></pre>", "html");
    expect(nodesToHtml(inlineNodes(nodes))).toBe("one <strong>two</strong><br>• three<br><code>four</code>");
  });
});

describe("[markdown]", () => {
  const md = (text: string) => safeHtml(text, "markdown");

  it("reads the common subset into the same safe elements", () => {
    expect(md("Who patches the **guest OS**, *really*? Use `yum`.")).toBe(
      "<p>Who patches the <strong>guest OS</strong>, <em>really</em>? Use <code>yum</code>.</p>",
    );
    expect(md("Intro:\n\n- one\n- two\n  - nested\n\n1. first\n2. second")).toBe(
      "<p>Intro:</p><ul><li>one</li><li>two<ul><li>nested</li></ul></li></ul><ol><li>first</li><li>second</li></ol>",
    );
    expect(md("line one  \nline two\\\nline three\n\nnext paragraph")).toBe(
      "<p>line one<br>line two<br>line three</p><p>next paragraph</p>",
    );
    expect(md("```\nif (a < b) {}\n```")).toBe("<pre><code>if (a &lt; b) {}</code></pre>");
    expect(md("# Heading\n\nsnake_case_name and \\*stars\\*")).toBe("<p><strong>Heading</strong></p><p>snake_case_name and *stars*</p>");
    expect(md("[AWS docs](https://docs.aws.amazon.com/) and <https://aws.amazon.com/>")).toBe(
      '<p><a href="https://docs.aws.amazon.com/" rel="nofollow noopener noreferrer">AWS docs</a> and <a href="https://aws.amazon.com/" rel="nofollow noopener noreferrer">https://aws.amazon.com/</a></p>',
    );
  });

  it("reads hostile Markdown in bounded time (no pattern backtracks for ever)", () => {
    const started = Date.now();
    for (const text of [
      "**a ".repeat(10_000),
      "**a*".repeat(10_000),
      "__a".repeat(10_000),
      "``a`".repeat(10_000),
      "[[a]".repeat(10_000),
      "- a\n  ".repeat(5_000),
    ]) {
      expect(plainText(text, "markdown").length).toBeGreaterThan(0);
    }
    expect(Date.now() - started).toBeLessThan(5_000);
  }, 20_000);

  it("shows raw HTML as text and refuses unsafe link addresses", () => {
    expect(md('<script>alert(1)</script> <img src=x onerror="alert(1)">')).toBe(
      '<p>&lt;script&gt;alert(1)&lt;/script&gt; &lt;img src=x onerror="alert(1)"&gt;</p>',
    );
    expect(md("[click](javascript:alert(1)) [data](data:text/html,x) <javascript:alert(1)>")).toBe(
      "<p>click data &lt;javascript:alert(1)&gt;</p>",
    );
    expectSafe(md('[x](https://a.example/"onmouseover=alert(1))'));
  });
});
