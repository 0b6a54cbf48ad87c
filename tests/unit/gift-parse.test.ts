import { describe, expect, it } from "vitest";
import { parseGift } from "@/questions/gift-parse";
import { importedQuestionToGift } from "@/questions/gift-imported";

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
    expect(ma.choices.map((c) => [c.text, c.correct, c.weight])).toEqual([["Data", true, 50], ["IAM", true, 50], ["Hypervisor", false, -100]]);
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
    ["Q {=a =b}", 1, /short-answer/],
    ["Q {=a -> 1 ~b -> 2}", 1, /matching/],
    ["Q {\n~a\n=b\n=c\n}", 4, /only one answer may be marked =/],
    ["Q {~%50%a ~%20%b ~c}", 1, /add up to 70%/],
    ["Q {~a ~b}", 1, /no answer is right/],
    ["Just text", 1, /no answer block/],
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
