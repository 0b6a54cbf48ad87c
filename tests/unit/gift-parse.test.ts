import { describe, expect, it } from "vitest";
import { parseGift } from "@/questions/gift-parse";
import { importedQuestionToGift } from "@/questions/gift-imported";
import { scoreByWeight } from "@/questions/gift-score";
import { MOODLE_EXPORT } from "./gift-fixtures";

const parsed = (text: string) => {
  const result = parseGift(text);
  if (!result.ok) throw new Error(result.message);
  return result.questions;
};

describe("GIFT parser", () => {
  it("reads multiple choice, multiple answer with weights, and true/false with titles, comments and feedback", () => {
    const [mc, ma, tf] = parsed(
      [
        "$CATEGORY: $course$/Cloud",
        "",
        "// a note that is not a source",
        "// source: AWS docs, https://docs.aws.amazon.com/",
        "::Patching:: [markdown]Who patches the guest OS? {",
        "  =The customer # it is their instance",
        "  ~AWS # AWS stops at the hypervisor",
        "  #### The guest OS is inside the instance.",
        "}",
        "",
        "Select TWO duties of the customer. {~%50%Data#yes ~%50%IAM#yes ~%-100%Hypervisor#no}",
        "",
        "::TF::S3 is an abstract service.{T#Look again#Right}",
      ].join("\n"),
    );
    expect(mc).toMatchObject({
      line: 5,
      title: "Patching",
      kind: "multiple-choice",
      prompt: "Who patches the guest OS?",
      generalFeedback: "The guest OS is inside the instance.",
      source: "AWS docs, https://docs.aws.amazon.com/",
      choices: [
        { id: "a", text: "The customer", correct: true, weight: 100, feedback: "it is their instance" },
        { id: "b", text: "AWS", correct: false, weight: 0, feedback: "AWS stops at the hypervisor" },
      ],
    });
    expect(ma.kind).toBe("multiple-answer");
    expect(ma.choices.map((c) => [c.text, c.correct, c.weight])).toEqual([
      ["Data", true, 50],
      ["IAM", true, 50],
      ["Hypervisor", false, -100],
    ]);
    expect(tf).toMatchObject({ kind: "true-false", title: "TF", prompt: "S3 is an abstract service." });
    expect(tf.choices).toEqual([
      { id: "true", text: "True", correct: true, weight: 100, feedback: "Right" },
      { id: "false", text: "False", correct: false, weight: 0, feedback: "Look again" },
    ]);
  });

  it("unescapes \\~ \\= \\# \\{ \\} \\: \\\\ and \\n, and writes them back the same", () => {
    const [q] = parsed("::a\\:b:: 1 \\= 1? \\{braces\\} C:\\\\temp\\nnext line {=yes \\~ sure#it\\#1 ~no}");
    expect(q.title).toBe("a:b");
    expect(q.prompt).toBe("1 = 1? {braces} C:\\temp\nnext line");
    expect(q.choices[0]).toMatchObject({ text: "yes ~ sure", feedback: "it#1" });
    const again = parsed(importedQuestionToGift({ ...q, source: "notes" }));
    expect(again[0]).toMatchObject({ title: q.title, prompt: q.prompt, choices: q.choices, source: "notes" });
  });

  it("turns a missing-word question into a prompt with a blank", () => {
    expect(parsed("Amazon S3 is an {=abstract ~infrastructure} service.")[0].prompt).toBe("Amazon S3 is an _____ service.");
  });

  it.each([
    ["Q {=a ~b", 1, /never closed/],
    ["Q1 {=a ~b}\n\nQ2 {}", 3, /essay/],
    ["Q {#3.14}", 1, /numerical/],
    ["Q {=a =b}", 1, /no questions to import \(one item was skipped/],
    ["Q {=%50%a ~b}", 1, /an = answer is fully right and takes no weight/],
    ["Q {\n=a\n~%100%b\n}", 3, /only the = answer is worth 100%/],
    ["Q {=a -> 1 ~b -> 2}", 1, /matching/],
    ["Q {\n~a\n=b\n=c\n}", 4, /only one answer may be marked =/],
    ["Q {~%50%a ~%20%b ~c}", 1, /add up to 70%/],
    ["Q {~a ~b}", 1, /no answer is right/],
    ["Just text", 1, /no questions to import \(one item was skipped/],
    ["Q =a ~b}", 1, /a } with no \{ before it/],
    ["", 1, /no questions/],
  ])("refuses %j at line %i", (text, line, message) => {
    const result = parseGift(text);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.line).toBe(line);
    expect(result.message).toMatch(new RegExp(`^Line ${line}: `));
    expect(result.message).toMatch(message);
  });
});

describe("a Moodle export: [html], partial credit and a description", () => {
  const result = parseGift(MOODLE_EXPORT);
  if (!result.ok) throw new Error(result.message);
  const [guestOs, hometown, difficult, markdown] = result.questions;

  it("imports every question and notes the description it skipped, with its line", () => {
    expect(result.questions.map((q) => [q.line, q.title, q.kind])).toEqual([
      [10, "Guest OS", "multiple-choice"],
      [19, "Jesus' hometown", "multiple-choice"],
      [27, null, "multiple-choice"],
      [29, "Markdown", "multiple-answer"],
    ]);
    expect(result.notes).toEqual([
      { line: 6, message: "Line 6: skipped a description (text with no answer block { … }): Demarc imports questions only." },
    ]);
  });

  it("shows [html] as plain words where text is shown today, and keeps a safe formatted copy", () => {
    expect(guestOs).toMatchObject({
      promptFormat: "html",
      prompt: "Who patches the guest operating system on an EC2 instance?",
      promptHtml: "<p>Who patches the <strong>guest operating system</strong> on an EC2 instance?</p>",
      generalFeedback: "See the model (https://aws.amazon.com/compliance/shared-responsibility-model/) & the EC2 guide.",
      generalFeedbackHtml:
        '<p>See <a href="https://aws.amazon.com/compliance/shared-responsibility-model/" rel="nofollow noopener noreferrer">the model</a> &amp; the EC2 guide.</p>',
      source: "AWS Shared Responsibility Model, https://aws.amazon.com/compliance/shared-responsibility-model/",
    });
    expect(guestOs.choices).toEqual([
      {
        id: "a",
        text: "The customer",
        textHtml: "<p>The customer</p>",
        correct: true,
        weight: 100,
        feedback: "Right: it is their instance.",
        feedbackHtml: "<p>Right: it is <em>their</em> instance.</p>",
      },
      {
        id: "b",
        text: "The customer, with AWS Systems Manager",
        textHtml: "<p>The customer, with AWS Systems Manager</p>",
        correct: false,
        weight: 50,
        feedback: "Half right: Systems Manager helps; the duty stays the customer's.",
        feedbackHtml: "<p>Half right: Systems Manager helps; the duty stays the customer's.</p>",
      },
      {
        id: "c",
        text: "AWS",
        textHtml: "<p>AWS</p>",
        correct: false,
        weight: 0,
        feedback: "No: AWS stops at the hypervisor.",
        feedbackHtml: "<p>No: AWS stops at the hypervisor.</p>",
      },
      { id: "d", text: "Nobody", textHtml: "<p>Nobody</p>", correct: false, weight: -25, feedback: "" },
    ]);
    const plainFields = result.questions.flatMap((q) => [
      q.prompt,
      q.generalFeedback ?? "",
      ...q.choices.flatMap((c) => [c.text, c.feedback]),
    ]);
    expect(plainFields.filter((text) => /[<>]/.test(text))).toEqual([]);
    expect(JSON.stringify(result.questions)).not.toMatch(/script|alert/);
  });

  it("keeps the partial credit of Moodle's documentation examples, one = answer worth 100%", () => {
    expect(hometown.prompt).toBe("Jesus Christ was from _____ .");
    expect(hometown.choices.map((c) => [c.text, c.weight, c.correct])).toEqual([
      ["Jerusalem", 0, false],
      ["Bethlehem", 25, false],
      ["Galilee", 50, false],
      ["Nazareth", 100, true],
    ]);
    expect(difficult.choices.map((c) => [c.text, c.weight, c.correct])).toEqual([
      ["wrong answer", 0, false],
      ["half credit answer", 50, false],
      ["full credit answer", 100, true],
    ]);
  });

  it("reads [markdown] into the same safe subset", () => {
    expect(markdown).toMatchObject({
      promptFormat: "markdown",
      prompt: "Which two are the customer's?",
      promptHtml: "<p>Which <strong>two</strong> are the customer's?</p>",
    });
    expect(markdown.choices[2]).toMatchObject({ text: "hypervisor", textHtml: "<p><code>hypervisor</code></p>", weight: -100 });
  });

  it("scores a response by weight: one answer for multiple choice, the sum (0 to 1) for multiple answer", () => {
    const score = (q: typeof guestOs, ...texts: string[]) =>
      scoreByWeight(
        q.choices,
        texts.map((t) => q.choices.find((c) => c.text === t)!.id),
        q.kind,
      );
    expect([
      score(guestOs, "The customer"),
      score(guestOs, "The customer, with AWS Systems Manager"),
      score(guestOs, "AWS"),
      score(guestOs, "Nobody"),
    ]).toEqual([1, 0.5, 0, 0]);
    expect(score(guestOs, "The customer", "The customer, with AWS Systems Manager")).toBe(0);
    expect(score(guestOs)).toBe(0);
    expect([score(hometown, "Nazareth"), score(hometown, "Galilee"), score(hometown, "Bethlehem")]).toEqual([1, 0.5, 0.25]);
    expect([
      score(markdown, "Data", "IAM"),
      score(markdown, "Data"),
      score(markdown, "Data", "hypervisor"),
      score(markdown, "Data", "IAM", "hypervisor"),
    ]).toEqual([1, 0.5, 0, 0]);
    const thirds = [
      { id: "a", weight: 33.33333 },
      { id: "b", weight: 33.33333 },
      { id: "c", weight: 33.33333 },
      { id: "d", weight: -100 },
    ];
    expect(scoreByWeight(thirds, ["a", "b", "c"], "multiple-answer")).toBe(1);
    expect(scoreByWeight(thirds, ["a", "a", "zz"], "multiple-answer")).toBe(0.3333);
    expect(
      scoreByWeight(
        [
          { id: "true", weight: 100 },
          { id: "false", weight: 0 },
        ],
        ["true"],
        "true-false",
      ),
    ).toBe(1);
  });

  it("writes weights and formatting back out, so an imported question exports as it was imported", () => {
    const usedTitles = new Set<string>();
    for (const question of result.questions) {
      const again = parseGift(importedQuestionToGift({ ...question, source: "notes" }, usedTitles));
      if (!again.ok) throw new Error(again.message);
      const { line, source, promptFormat, ...rest } = question;
      expect(again.questions[0]).toEqual({
        ...rest,
        line: again.questions[0].line,
        source: "notes",
        promptFormat: promptFormat === "plain" ? "plain" : "html",
      });
    }
    expect([...usedTitles]).toEqual(["Guest OS", "Jesus' hometown", "Markdown"]);
    const twice = importedQuestionToGift({ ...guestOs, source: "notes" }, usedTitles);
    expect(twice).toMatch(/^::Guest OS \(2\)::\[html\]<p>Who patches/m);
  });

  it("writes a formatted answer of a plain question with its own [html] marker", () => {
    const question = {
      ...difficult,
      source: "notes",
      choices: difficult.choices.map((c, i) => (i === 2 ? { ...c, textHtml: "<p><strong>full</strong> credit</p>" } : c)),
    };
    const gift = importedQuestionToGift(question);
    expect(gift).toContain("=[html]<p><strong>full</strong> credit</p>");
    const again = parseGift(gift);
    expect(again.ok && again.questions[0].choices[2]).toMatchObject({
      text: "full credit",
      textHtml: "<p><strong>full</strong> credit</p>",
      weight: 100,
    });
    expect(again.ok && again.questions[0].promptFormat).toBe("plain");
  });

  it("skips short-answer questions with a note too, and says so when nothing is left", () => {
    const mixed = parseGift("Q1 {=a ~b}\n\n::FC:: Who patches the guest OS? {=The customer =Customer ####Their instance.}");
    expect(mixed.ok && mixed.notes).toEqual([
      {
        line: 3,
        message:
          "Line 3: skipped a short-answer question (only = answers): Demarc imports multiple choice, multiple answer and true/false.",
      },
    ]);
    const none = parseGift("::Intro:: Read this first.\n\n::FC:: Who? {=AWS}");
    expect(none).toEqual({
      ok: false,
      line: 1,
      message:
        "Line 1: the file has no questions to import (2 items were skipped: descriptions and short-answer questions are not imported).",
    });
  });
});
