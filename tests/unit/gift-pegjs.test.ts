import { parse, type GIFTQuestion, type TextChoice } from "gift-pegjs";
import { describe, expect, it } from "vitest";
import { bank } from "@/questions/bank";
import { generate } from "@/questions/generator";
import { questionsToGift, readableTitle, uniqueTitle } from "@/questions/gift";
import { importedQuestionToGift } from "@/questions/gift-imported";
import { parseGift, type GiftQuestion } from "@/questions/gift-parse";
import { MOODLE_EXPORT } from "./gift-fixtures";

/**
 * An independent reader: the npm gift-pegjs grammar (not written here) must see in Demarc's
 * files the same questions, answers and weights as Demarc's own parser and generator do.
 */

type Choices = { choices: TextChoice[] };
const hasChoices = (q: GIFTQuestion): q is GIFTQuestion & Choices & { type: "MC" | "Short" } => q.type === "MC" || q.type === "Short";
/** gift-pegjs leaves the weight null for a plain = (100%) or ~ (0%). */
const weightOf = (choice: TextChoice) => choice.weight ?? (choice.isCorrect ? 100 : 0);
const demarcChoices = (q: GiftQuestion) => q.choices.map((c) => [c.text, c.weight, c.feedback || null]);
const pegjsChoices = (q: GIFTQuestion & Choices) => q.choices.map((c) => [c.text.text, weightOf(c), c.feedback?.text ?? null]);

describe("gift-pegjs reads Demarc's export the same way", { timeout: 30_000 }, () => {
  const questions = generate(bank, { seed: 1 });
  const gift = questionsToGift(questions);
  const theirs = parse(gift);
  const ours = parseGift(gift);
  if (!ours.ok) throw new Error(ours.message);

  it("finds every question, flashcards included, with its title, prompt and general feedback", () => {
    expect(theirs).toHaveLength(questions.length);
    const used = new Set<string>();
    questions.forEach((question, index) => {
      const read = theirs[index];
      expect(read.title, question.id).toBe(uniqueTitle(readableTitle(question), used));
      if (read.type === "Category" || read.type === "Description") throw new Error(`${question.id} read as ${read.type}`);
      expect(read.stem).toEqual({ format: "moodle", text: question.prompt });
      expect(read.globalFeedback?.text, question.id).toMatch(/\n\nSources:\n- /);
      expect(
        read.globalFeedback!.text.startsWith(question.kind === "flashcard" ? question.answer!.split(".")[0] : question.explanation),
        question.id,
      ).toBe(true);
    });
  });

  it("sees the answers and weights the generator meant, and the same feedback as Demarc's parser", () => {
    const withChoices = theirs.filter((q) => q.type !== "Short");
    const generated = questions.filter((q) => q.kind !== "flashcard");
    expect(withChoices).toHaveLength(ours.questions.length);
    withChoices.forEach((read, index) => {
      const question = ours.questions[index];
      expect(read.type, question.title!).toBe("MC");
      if (!hasChoices(read)) return;
      const right = generated[index].choices.filter((c) => c.correct).length;
      const meant = generated[index].choices.map((c) => [
        c.text,
        right === 1 ? (c.correct ? 100 : 0) : c.correct ? 100 / right : -100,
        c.explanation,
      ]);
      expect(pegjsChoices(read), question.title!).toEqual(meant);
      expect(pegjsChoices(read), question.title!).toEqual(demarcChoices(question));
      expect(read.globalFeedback?.text).toBe(question.generalFeedback);
    });
    const shortAnswers = theirs.filter(hasChoices).filter((q) => q.type === "Short");
    expect(shortAnswers).toHaveLength(questions.filter((q) => q.kind === "flashcard").length);
    expect(new Set(shortAnswers.map((q) => q.choices.map((c) => `${c.text.text}:${weightOf(c)}`).join(" ")))).toEqual(
      new Set(["AWS:100 Amazon Web Services:100", "The customer:100 Customer:100", "Shared:100 Both:100"]),
    );
  });
});

describe("gift-pegjs and Demarc's parser agree on a Moodle file and its re-export", () => {
  const ours = parseGift(MOODLE_EXPORT);
  if (!ours.ok) throw new Error(ours.message);
  const theirs = parse(MOODLE_EXPORT);

  it("reads the same questions, formats and partial credit, and the description Demarc skips", () => {
    expect(theirs.map((q) => q.type)).toEqual(["Category", "Description", "MC", "MC", "MC", "MC"]);
    const questions = theirs.filter(hasChoices);
    questions.forEach((read, index) => {
      const question = ours.questions[index];
      expect(read.stem.format).toBe(question.promptFormat === "plain" ? "moodle" : question.promptFormat);
      expect(read.choices.map(weightOf)).toEqual(question.choices.map((c) => c.weight));
    });
    expect(ours.notes.map((n) => n.line)).toEqual([6]);
  });

  it("reads Demarc's re-export of the imported questions with the same weights", () => {
    const reexport = ours.questions.map((q) => importedQuestionToGift({ ...q, source: "notes" })).join("\n\n");
    const read = parse(reexport).filter(hasChoices);
    expect(read.map((q) => q.choices.map(weightOf))).toEqual(ours.questions.map((q) => q.choices.map((c) => c.weight)));
    expect(read.map((q) => q.stem.format)).toEqual(ours.questions.map((q) => (q.promptFormat === "plain" ? "moodle" : "html")));
  });
});
