/**
 * Reads Moodle GIFT: multiple choice, multiple answer (with % weights) and true/false, with
 * `::title::`, `//` comments, `\` escapes, per-answer feedback `#…` and general feedback `####…`.
 * Pure: text in, questions or the first error (with its line) out, so a bad file imports nothing.
 */

export type GiftKind = "multiple-choice" | "multiple-answer" | "true-false";

export interface GiftChoice {
  id: string;
  text: string;
  correct: boolean;
  weight: number;
  feedback: string;
}

export interface GiftQuestion {
  /** 1-based line the question starts on. */
  line: number;
  title: string | null;
  kind: GiftKind;
  prompt: string;
  choices: GiftChoice[];
  generalFeedback: string | null;
  /** From a `// source: …` comment just above the question. */
  source: string | null;
}

export type GiftParseResult = { ok: true; questions: GiftQuestion[] } | { ok: false; line: number; message: string };

class GiftError extends Error {
  constructor(
    readonly line: number,
    message: string,
  ) {
    super(message);
  }
}

// Escaped characters become private-use placeholders, so plain string searches never see them.
const ESCAPABLE = "\\~=#{}:n";
const PLACEHOLDER_BASE = 0xe000;
const hide = (text: string) => text.replace(/\\([\\~=#{}:n])/g, (_, ch: string) => String.fromCharCode(PLACEHOLDER_BASE + ESCAPABLE.indexOf(ch)));
const reveal = (text: string) =>
  text.replace(/[\ue000-\ue007]/g, (ch) => {
    const original = ESCAPABLE[ch.charCodeAt(0) - PLACEHOLDER_BASE];
    return original === "n" ? "\n" : original;
  });

const LETTERS = "abcdefghijklmnopqrstuvwxyz";
const FORMAT_MARKER = /^\[(html|plain|moodle|markdown)\]\s*/i;
const TRUE_FALSE = /^(T|TRUE|F|FALSE)(?=$|#|\s)/i;
const MAX_CHOICES = LETTERS.length;

interface Block {
  firstLine: number;
  comments: string[];
  text: string;
}

/** Questions are separated by blank lines; comment and $CATEGORY lines are not part of them. */
function blocksOf(source: string): Block[] {
  const lines = source.replace(/^\ufeff/, "").replace(/\r\n?/g, "\n").split("\n");
  const blocks: Block[] = [];
  let current: { firstLine: number; comments: string[]; lines: string[] } | null = null;
  let pendingComments: string[] = [];
  const close = () => {
    if (current?.lines.length) blocks.push({ firstLine: current.firstLine, comments: current.comments, text: current.lines.join("\n") });
    current = null;
  };
  lines.forEach((raw, index) => {
    const trimmed = raw.trim();
    if (trimmed === "") {
      close();
      pendingComments = [];
      return;
    }
    if (trimmed.startsWith("//")) {
      if (!current?.lines.length) pendingComments.push(trimmed.slice(2).trim());
      return;
    }
    if (/^\$CATEGORY:/i.test(trimmed) && !current?.lines.length) return;
    if (!current) {
      current = { firstLine: index + 1, comments: pendingComments, lines: [] };
      pendingComments = [];
    }
    current.lines.push(raw);
  });
  close();
  return blocks;
}

function lineAt(block: Block, hiddenText: string, offset: number) {
  return block.firstLine + (hiddenText.slice(0, offset).match(/\n/g)?.length ?? 0);
}

function sourceFrom(comments: string[]): string | null {
  for (const comment of comments) {
    const at = comment.toLowerCase().indexOf("source:");
    if (at >= 0) return comment.slice(at + "source:".length).trim() || null;
  }
  return null;
}

function splitFeedback(text: string): [string, string] {
  const at = text.indexOf("#");
  return at < 0 ? [text, ""] : [text.slice(0, at), text.slice(at + 1)];
}

const clean = (text: string) => reveal(text.trim());

function parseTrueFalse(answers: string, line: number): Pick<GiftQuestion, "kind" | "choices"> {
  const keyword = answers.match(TRUE_FALSE)![1].toUpperCase();
  const truth = keyword.startsWith("T");
  const rest = answers.slice(keyword.length);
  const parts = rest.split("#").slice(1);
  if (parts.length > 2) throw new GiftError(line, "a true/false answer has at most two feedbacks: {TRUE#if wrong#if right}.");
  if (!rest.startsWith("#") && rest.trim() !== "") throw new GiftError(line, `unexpected text after ${keyword} in a true/false answer.`);
  const [wrongFeedback = "", rightFeedback = ""] = parts.map(clean);
  const choice = (id: "true" | "false", text: string, correct: boolean): GiftChoice => ({
    id,
    text,
    correct,
    weight: correct ? 100 : 0,
    feedback: correct ? rightFeedback : wrongFeedback,
  });
  return { kind: "true-false", choices: [choice("true", "True", truth), choice("false", "False", !truth)] };
}

function parseChoices(block: Block, hidden: string, answers: string, answersOffset: number): Pick<GiftQuestion, "kind" | "choices"> {
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
      body = body.slice(weighted[0].length);
    } else if (/^\s*%/.test(body)) {
      throw new GiftError(line, "a weight is written %50% (a number between two % signs).");
    }
    if (body.includes("->")) throw new GiftError(line, "matching questions (->) are not supported; Demarc imports multiple choice, multiple answer and true/false.");
    const [text, feedback] = splitFeedback(body);
    if (text.trim() === "") throw new GiftError(line, "an answer has no text.");
    return { marker: marker[0], line, text: clean(text), feedback: clean(feedback), weight };
  });
  const firstLine = parsed[0].line;
  const rightMarked = parsed.filter((p) => p.marker === "=");
  const tildes = parsed.filter((p) => p.marker === "~");
  if (tildes.length === 0) {
    throw new GiftError(firstLine, "short-answer questions (only = answers) are not supported; add wrong answers with ~ to make it multiple choice.");
  }
  if (parsed.length > MAX_CHOICES) throw new GiftError(firstLine, `a question may have at most ${MAX_CHOICES} answers.`);
  const positive = parsed.filter((p) => p.weight > 0);
  if (rightMarked.length > 1) {
    throw new GiftError(rightMarked[1].line, "only one answer may be marked = ; for several right answers give each a weight, like ~%50%.");
  }
  if (rightMarked.length === 1 && positive.length > 1) {
    throw new GiftError(firstLine, "mixes an = answer with positive % weights; use one or the other.");
  }
  if (positive.length === 0) throw new GiftError(firstLine, "no answer is right: mark one with = or give right answers a positive % weight.");
  const multipleAnswer = rightMarked.length === 0;
  if (multipleAnswer) {
    const sum = positive.reduce((total, p) => total + p.weight, 0);
    if (Math.abs(sum - 100) > 1) throw new GiftError(firstLine, `the positive weights add up to ${Math.round(sum * 100) / 100}%, not 100%.`);
  }
  return {
    kind: multipleAnswer ? "multiple-answer" : "multiple-choice",
    choices: parsed.map((p, index) => ({ id: LETTERS[index], text: p.text, correct: p.weight > 0, weight: p.weight, feedback: p.feedback })),
  };
}

function parseBlock(block: Block): GiftQuestion {
  const hidden = hide(block.text);
  const open = hidden.indexOf("{");
  if (open < 0) throw new GiftError(block.firstLine, "no answer block { … } found (escape a literal brace as \\{).");
  const close = hidden.indexOf("}", open);
  if (close < 0) throw new GiftError(lineAt(block, hidden, open), "the answer block opened here is never closed with }.");
  if (hidden.indexOf("{", open + 1) >= 0 && hidden.indexOf("{", open + 1) < close) {
    throw new GiftError(lineAt(block, hidden, hidden.indexOf("{", open + 1)), "a second { before the first } (escape a literal brace as \\{).");
  }
  const after = hidden.slice(close + 1);
  if (after.includes("{")) throw new GiftError(lineAt(block, hidden, close + 1 + after.indexOf("{")), "one question per block: separate questions with a blank line.");

  let head = hidden.slice(0, open).trim();
  let title: string | null = null;
  if (head.startsWith("::")) {
    const end = head.indexOf("::", 2);
    if (end < 0) throw new GiftError(block.firstLine, "the title opened with :: is never closed with ::.");
    title = clean(head.slice(2, end)) || null;
    head = head.slice(end + 2).trim();
  }
  head = head.replace(FORMAT_MARKER, "");
  const tail = after.trim();
  const prompt = clean(tail ? `${head} _____ ${tail}` : head);
  if (!prompt) throw new GiftError(block.firstLine, "the question has no text before its answers.");

  let answers = hidden.slice(open + 1, close);
  let generalFeedback: string | null = null;
  const general = answers.indexOf("####");
  if (general >= 0) {
    generalFeedback = clean(answers.slice(general + 4)) || null;
    answers = answers.slice(0, general);
  }
  const answersLine = lineAt(block, hidden, open);
  const trimmed = answers.trim();
  if (trimmed === "") throw new GiftError(answersLine, "essay questions ({}) are not supported; Demarc imports multiple choice, multiple answer and true/false.");
  if (trimmed.startsWith("#")) throw new GiftError(answersLine, "numerical questions ({#…}) are not supported; Demarc imports multiple choice, multiple answer and true/false.");
  const shape = TRUE_FALSE.test(trimmed) ? parseTrueFalse(trimmed, answersLine) : parseChoices(block, hidden, answers, open + 1);
  return { line: block.firstLine, title, prompt, generalFeedback, source: sourceFrom(block.comments), ...shape };
}

export function parseGift(source: string): GiftParseResult {
  const questions: GiftQuestion[] = [];
  try {
    for (const block of blocksOf(source)) questions.push(parseBlock(block));
  } catch (error) {
    if (error instanceof GiftError) return { ok: false, line: error.line, message: `Line ${error.line}: ${error.message}` };
    throw error;
  }
  if (questions.length === 0) return { ok: false, line: 1, message: "Line 1: the file has no questions." };
  return { ok: true, questions };
}
