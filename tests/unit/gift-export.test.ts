import { describe, expect, it } from "vitest";
import { bank } from "@/questions/bank";
import { generate } from "@/questions/generator";
import { questionsToGift, questionToGift, readableTitle, uniqueTitle } from "@/questions/gift";
import { parseGift } from "@/questions/gift-parse";
import type { Question } from "@/questions/types";

const questions = generate(bank, { seed: 1 });
const gift = questionsToGift(questions);
const parsed = parseGift(gift);
if (!parsed.ok) throw new Error(parsed.message);
const withChoices = questions.filter((q) => q.kind !== "flashcard");
const flashcards = questions.filter((q) => q.kind === "flashcard");
const blocks = gift.trimEnd().split("\n\n");

describe("GIFT out, read back by Demarc's parser", { timeout: 30_000 }, () => {
  it("round-trips every question with choices: title, prompt, answers, weights, feedback and general feedback", () => {
    expect(parsed.questions).toHaveLength(withChoices.length);
    withChoices.forEach((question, index) => {
      const read = parsed.questions[index];
      expect(read.prompt, question.id).toBe(question.prompt);
      expect(
        read.choices.map((c) => [c.text, c.correct, c.feedback]),
        question.id,
      ).toEqual(question.choices.map((c) => [c.text, c.correct, c.explanation]));
      const right = question.choices.filter((c) => c.correct).length;
      expect(read.choices.map((c) => c.weight)).toEqual(
        question.choices.map((c) => (right === 1 ? (c.correct ? 100 : 0) : c.correct ? 100 / right : -100)),
      );
      const [explained, ...rest] = read.generalFeedback!.split("\n\nSources:\n");
      expect(explained, question.id).toBe([question.explanation, question.disagreement].filter(Boolean).join("\n\n"));
      expect(rest).toHaveLength(1);
    });
  });

  it("cites each source once, in the general feedback Moodle keeps and in the // source: comment Demarc reads", () => {
    withChoices.forEach((question, index) => {
      const read = parsed.questions[index];
      const listed = read
        .generalFeedback!.split("\n\nSources:\n")[1]
        .split("\n")
        .map((line) => line.replace(/^- /, ""));
      expect(read.source!.split("; ")).toEqual(listed);
      expect(new Set(listed).size, question.id).toBe(listed.length);
      // One page cited under two titles is one source: it is listed once, by its first title.
      for (const citation of question.citations) {
        if (citation.url) expect(read.source!.split(citation.url), question.id).toHaveLength(2);
        else
          expect(
            listed.filter((entry) => entry === citation.title || entry.startsWith(`${citation.title} (`)),
            question.id,
          ).toHaveLength(1);
        if (citation.section) expect(read.source, question.id).toContain(citation.section);
      }
    });
  });

  it("titles questions so a teacher can read them, each title once in a file", () => {
    const titles = parsed.questions.map((q) => q.title!);
    expect(new Set(titles).size).toBe(titles.length);
    expect(titles.filter((t) => questions.some((q) => t.includes(q.id)))).toEqual([]);
    expect(titles[0]).toBe("ACM – Scenario – An online retailer's Application Load Balancer serves HTTPS…");
    expect(gift).toContain(
      "\n::Secrets Manager – Flashcard – Who must encrypt stored secret values at rest?::AWS Secrets Manager\\: who must",
    );
    const used = new Set<string>();
    expect([uniqueTitle("A", used), uniqueTitle("A", used), uniqueTitle("A", used), uniqueTitle("B", used)]).toEqual([
      "A",
      "A (2)",
      "A (3)",
      "B",
    ]);
  });

  it("exports flashcards as short-answer questions with the owner as the answer, noted (not imported) when read back", () => {
    const expected = {
      "AWS.": "{=AWS =Amazon Web Services ####AWS. ",
      "The customer.": "{=The customer =Customer ####The customer. ",
      "Shared.": "{=Shared =Both ####Shared. AWS\\: ",
    };
    for (const [prefix, answers] of Object.entries(expected)) {
      const card = flashcards.find((q) => q.answer!.startsWith(prefix))!;
      const block = questionToGift(card)!;
      expect(block, card.id).toContain(answers);
      expect(block).toContain(`::${readableTitle(card).replace(/:/g, "\\:")}::`);
      expect(block).toMatch(/\\n\\nSources\\:\\n- /);
    }
    expect(parsed.notes).toHaveLength(flashcards.length);
    const flashcardBlocks = blocks.filter((b) => b.startsWith("// flashcard"));
    let line = 1;
    const startLines = new Map(blocks.map((b) => [b, ((line += b.split("\n").length + 1), line - b.split("\n").length)] as const));
    expect(parsed.notes.map((n) => n.line)).toEqual(flashcardBlocks.map((b) => startLines.get(b)!));
    expect(parsed.notes[0].message).toMatch(/^Line \d+: skipped a short-answer question/);
  });

  it("leaves out a question with nothing to answer", () => {
    const empty: Question = { ...withChoices[0], kind: "scenario", choices: [] };
    expect(questionToGift(empty)).toBeNull();
    expect(questionToGift({ ...flashcards[0], answer: undefined })).toBeNull();
  });
});
