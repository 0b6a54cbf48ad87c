import { describe, expect, it } from "vitest";
import { parseGift } from "@/questions/gift-parse";
import { withSources } from "@/questions/gift-sources";

const questions = (text: string) => {
  const result = parseGift(text);
  if (!result.ok) throw new Error(result.message);
  return result.questions;
};

const FILE = [
  "// source: Course notes, week 2",
  "Who patches the guest OS on EC2? {=The customer ~AWS}",
  "",
  "// a comment that names no source",
  "Who runs the DynamoDB servers? {=AWS ~The customer}",
  "",
  "// source:",
  "Who decides who may read an S3 bucket, and what must they turn on to see every request to it? {=The customer ~AWS}",
].join("\n");

describe("the // source: rule", () => {
  it("names the first line without a source, what to type above it, and the field that covers the rest", () => {
    const check = withSources(questions(FILE));
    expect(check.ok).toBe(false);
    if (check.ok) return;
    expect(check.line).toBe(5);
    expect(check.message).toBe(
      "Line 5: “Who runs the DynamoDB servers?” names no source. Type a comment right above the question (no blank line between), " +
        "like “// source: AWS Shared Responsibility Model, https://aws.amazon.com/compliance/shared-responsibility-model/”, " +
        "or fill in “Source for questions without one” (source in the API) to use one source for all 2 questions without one (lines 5 and 8).",
    );
    expect(check.fieldErrors.source).toEqual([
      "Type where the answers come from, like “Course reader, chapter 4”: it is used for all 2 questions with no // source: comment (lines 5 and 8).",
    ]);
  });

  it("fills in the typed source only where a question has none; blank counts as none", () => {
    expect(withSources(questions(FILE), "   ").ok).toBe(false);
    const check = withSources(questions(FILE), " Course reader, chapter 4 ");
    expect(check.ok && check.questions.map((q) => q.source)).toEqual([
      "Course notes, week 2",
      "Course reader, chapter 4",
      "Course reader, chapter 4",
    ]);
  });

  it("shortens a long list of lines and a long prompt", () => {
    const many = Array.from({ length: 7 }, (_, i) => `Q${i} ${"long words ".repeat(8)}{=a ~b}`).join("\n\n");
    const check = withSources(questions(many));
    expect(!check.ok && check.message).toMatch(/^Line 1: “Q0 long words long words long words long words long words…” names no source\./);
    expect(!check.ok && check.message).toMatch(/all 7 questions without one \(lines 1, 3, 5, 7, 9 and 2 more\)\.$/);
  });
});
