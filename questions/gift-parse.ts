import { blocksOf, clean, hide, lineAt, readText, sourceFrom, type Block, type ReadText } from "./gift-text";
import type { TextFormat } from "./rich-text";

/**
 * Reads Moodle GIFT: multiple choice (with partial credit on other answers), multiple answer (with
 * % weights) and true/false, with `::title::`, `//` comments, `\` escapes, [html]/[markdown] text,
 * per-answer feedback `#…` and general feedback `####…`. Descriptions (text with no answer block)
 * and short-answer questions are skipped with a note. Pure: text in, questions and notes or the
 * first error (with its line) out, so a bad file imports nothing.
 */

export type GiftKind = "multiple-choice" | "multiple-answer" | "true-false";

export interface GiftChoice {
  id: string;
  /** Plain text, HTML and Markdown reduced to their words: safe to show as text anywhere. */
  text: string;
  /** A multiple-choice question's = answer, a multiple-answer question's positively weighted ones. */
  correct: boolean;
  /** GIFT's percentage: 100 for the = answer, partial credit or a penalty (-100 to 100) for the others. */
  weight: number;
  feedback: string;
  /** The answer as safe HTML (see rich-text.ts), only when it was written in [html] or [markdown]. */
  textHtml?: string;
  /** The feedback as safe HTML, only when it was written in [html] or [markdown]. */
  feedbackHtml?: string;
}

export interface GiftQuestion {
  /** 1-based line the question starts on. */
  line: number;
  title: string | null;
  kind: GiftKind;
  /** Plain text, HTML and Markdown reduced to their words: what a text-only view shows. */
  prompt: string;
  /** How the file wrote the question text: [html], [markdown], or plain (no marker, [plain], [moodle]). */
  promptFormat: TextFormat;
  /** The prompt as safe HTML when promptFormat is html or markdown; null for plain text. */
  promptHtml: string | null;
  choices: GiftChoice[];
  generalFeedback: string | null;
  generalFeedbackHtml: string | null;
  /** From a `// source: …` comment just above the question. */
  source: string | null;
}

/** Something in the file that was not imported, and why; the rest imports. */
export interface GiftNote {
  line: number;
  /** "Line 12: …", like error messages. */
  message: string;
}

export type GiftParseResult = { ok: true; questions: GiftQuestion[]; notes: GiftNote[] } | { ok: false; line: number; message: string };

class GiftError extends Error {
  constructor(
    readonly line: number,
    message: string,
  ) {
    super(message);
  }
}

/** A well-formed item Demarc does not import: noted, and the rest of the file still imports. */
class GiftSkip extends GiftError {}

const LETTERS = "abcdefghijklmnopqrstuvwxyz";
const TRUE_FALSE = /^(T|TRUE|F|FALSE)(?=$|#|\s)/i;
const MAX_CHOICES = LETTERS.length;

function splitFeedback(text: string): [string, string] {
  const at = text.indexOf("#");
  return at < 0 ? [text, ""] : [text.slice(0, at), text.slice(at + 1)];
}

function choiceOf(id: string, text: ReadText, feedback: ReadText, correct: boolean, weight: number): GiftChoice {
  return {
    id,
    text: text.plain,
    correct,
    weight,
    feedback: feedback.plain,
    ...(text.html ? { textHtml: text.html } : {}),
    ...(feedback.html ? { feedbackHtml: feedback.html } : {}),
  };
}

function parseTrueFalse(answers: string, line: number, format: TextFormat): Pick<GiftQuestion, "kind" | "choices"> {
  const keyword = answers.match(TRUE_FALSE)![1].toUpperCase();
  const truth = keyword.startsWith("T");
  const rest = answers.slice(keyword.length);
  const parts = rest.split("#").slice(1);
  if (parts.length > 2) throw new GiftError(line, "a true/false answer has at most two feedbacks: {TRUE#if wrong#if right}.");
  if (!rest.startsWith("#") && rest.trim() !== "") throw new GiftError(line, `unexpected text after ${keyword} in a true/false answer.`);
  const [wrongFeedback, rightFeedback] = [readText(parts[0] ?? "", format), readText(parts[1] ?? "", format)];
  const text = (words: string) => ({ format: "plain" as const, plain: words, html: null });
  const choice = (id: "true" | "false", correct: boolean) =>
    choiceOf(id, text(id === "true" ? "True" : "False"), correct ? rightFeedback : wrongFeedback, correct, correct ? 100 : 0);
  return { kind: "true-false", choices: [choice("true", truth), choice("false", !truth)] };
}

const NOT_IMPORTED = "Demarc imports multiple choice, multiple answer and true/false";

function parseChoices(
  block: Block,
  hidden: string,
  answers: string,
  answersOffset: number,
  format: TextFormat,
): Pick<GiftQuestion, "kind" | "choices"> {
  const markers = [...answers.matchAll(/[=~]/g)];
  const before = answers.slice(0, markers[0]?.index ?? answers.length);
  if (before.trim() !== "" || markers.length === 0) {
    throw new GiftError(lineAt(block, hidden, answersOffset), "each answer must start with = (right) or ~ (wrong).");
  }
  const parsed = markers.map((marker, index) => {
    const start = marker.index! + 1;
    const end = markers[index + 1]?.index ?? answers.length;
    const line = lineAt(block, hidden, answersOffset + marker.index!);
    let body = answers.slice(start, end);
    let weight = marker[0] === "=" ? 100 : 0;
    const weighted = body.match(/^\s*%(-?\d+(?:\.\d+)?)%/);
    if (weighted) {
      weight = Number(weighted[1]);
      if (weight < -100 || weight > 100) throw new GiftError(line, `the weight ${weighted[1]}% is outside -100% to 100%.`);
      if (marker[0] === "=" && weight !== 100)
        throw new GiftError(line, "an = answer is fully right and takes no weight; give partial credit to other answers, like ~%50%.");
      body = body.slice(weighted[0].length);
    } else if (/^\s*%/.test(body)) {
      throw new GiftError(line, "a weight is written %50% (a number between two % signs).");
    }
    if (body.includes("->")) throw new GiftError(line, `matching questions (->) are not supported; ${NOT_IMPORTED}.`);
    const [text, feedback] = splitFeedback(body);
    const answer = readText(text, format);
    if (answer.plain === "") throw new GiftError(line, "an answer has no text.");
    return { marker: marker[0], line, text: answer, feedback: readText(feedback, format), weight };
  });
  const firstLine = parsed[0].line;
  const rightMarked = parsed.filter((p) => p.marker === "=");
  if (parsed.every((p) => p.marker === "=")) {
    throw new GiftSkip(block.firstLine, `skipped a short-answer question (only = answers): ${NOT_IMPORTED}.`);
  }
  if (parsed.length > MAX_CHOICES) throw new GiftError(firstLine, `a question may have at most ${MAX_CHOICES} answers.`);
  if (rightMarked.length > 1) {
    throw new GiftError(rightMarked[1].line, "only one answer may be marked = ; for several right answers give each a weight, like ~%50%.");
  }
  const multipleAnswer = rightMarked.length === 0;
  const positive = parsed.filter((p) => p.weight > 0);
  if (multipleAnswer) {
    if (positive.length === 0)
      throw new GiftError(firstLine, "no answer is right: mark one with = or give right answers a positive % weight.");
    const sum = positive.reduce((total, p) => total + p.weight, 0);
    if (Math.abs(sum - 100) > 1)
      throw new GiftError(firstLine, `the positive weights add up to ${Math.round(sum * 100) / 100}%, not 100%.`);
  } else {
    const full = parsed.find((p) => p.marker === "~" && p.weight >= 100);
    if (full)
      throw new GiftError(
        full.line,
        "only the = answer is worth 100%: give this one partial credit (like ~%50%), or mark none with = and weight every right answer.",
      );
  }
  return {
    kind: multipleAnswer ? "multiple-answer" : "multiple-choice",
    choices: parsed.map((p, index) =>
      choiceOf(LETTERS[index], p.text, p.feedback, multipleAnswer ? p.weight > 0 : p.marker === "=", p.weight),
    ),
  };
}

function parseBlock(block: Block): GiftQuestion {
  const hidden = hide(block.text);
  const open = hidden.indexOf("{");
  if (open < 0) {
    if (hidden.includes("}"))
      throw new GiftError(lineAt(block, hidden, hidden.indexOf("}")), "a } with no { before it (escape a literal brace as \\}).");
    throw new GiftSkip(block.firstLine, "skipped a description (text with no answer block { … }): Demarc imports questions only.");
  }
  const close = hidden.indexOf("}", open);
  if (close < 0) throw new GiftError(lineAt(block, hidden, open), "the answer block opened here is never closed with }.");
  if (hidden.indexOf("{", open + 1) >= 0 && hidden.indexOf("{", open + 1) < close) {
    throw new GiftError(
      lineAt(block, hidden, hidden.indexOf("{", open + 1)),
      "a second { before the first } (escape a literal brace as \\{).",
    );
  }
  const after = hidden.slice(close + 1);
  if (after.includes("{"))
    throw new GiftError(
      lineAt(block, hidden, close + 1 + after.indexOf("{")),
      "one question per block: separate questions with a blank line.",
    );

  let head = hidden.slice(0, open).trim();
  let title: string | null = null;
  if (head.startsWith("::")) {
    const end = head.indexOf("::", 2);
    if (end < 0) throw new GiftError(block.firstLine, "the title opened with :: is never closed with ::.");
    title = clean(head.slice(2, end)) || null;
    head = head.slice(end + 2).trim();
  }
  const tail = after.trim();
  const prompt = readText(tail ? `${head} _____ ${tail}` : head, "plain");
  if (!prompt.plain) throw new GiftError(block.firstLine, "the question has no text before its answers.");

  let answers = hidden.slice(open + 1, close);
  let generalFeedback: ReadText | null = null;
  const general = answers.indexOf("####");
  if (general >= 0) {
    generalFeedback = readText(answers.slice(general + 4), prompt.format);
    answers = answers.slice(0, general);
  }
  const answersLine = lineAt(block, hidden, open);
  const trimmed = answers.trim();
  if (trimmed === "") throw new GiftError(answersLine, `essay questions ({}) are not supported; ${NOT_IMPORTED}.`);
  if (trimmed.startsWith("#")) throw new GiftError(answersLine, `numerical questions ({#…}) are not supported; ${NOT_IMPORTED}.`);
  const shape = TRUE_FALSE.test(trimmed)
    ? parseTrueFalse(trimmed, answersLine, prompt.format)
    : parseChoices(block, hidden, answers, open + 1, prompt.format);
  return {
    line: block.firstLine,
    title,
    prompt: prompt.plain,
    promptFormat: prompt.format,
    promptHtml: prompt.html,
    generalFeedback: generalFeedback?.plain || null,
    generalFeedbackHtml: (generalFeedback?.plain && generalFeedback.html) || null,
    source: sourceFrom(block.comments),
    ...shape,
  };
}

export function parseGift(source: string): GiftParseResult {
  const questions: GiftQuestion[] = [];
  const notes: GiftNote[] = [];
  try {
    for (const block of blocksOf(source)) {
      try {
        questions.push(parseBlock(block));
      } catch (error) {
        if (!(error instanceof GiftSkip)) throw error;
        notes.push({ line: error.line, message: `Line ${error.line}: ${error.message}` });
      }
    }
  } catch (error) {
    if (error instanceof GiftError) return { ok: false, line: error.line, message: `Line ${error.line}: ${error.message}` };
    throw error;
  }
  if (questions.length === 0) {
    const line = notes[0]?.line ?? 1;
    const skipped = notes.length
      ? ` (${notes.length === 1 ? "one item was" : `${notes.length} items were`} skipped: descriptions and short-answer questions are not imported)`
      : "";
    return { ok: false, line, message: `Line ${line}: the file has no questions to import${skipped}.` };
  }
  return { ok: true, questions, notes };
}
