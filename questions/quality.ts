import type { BankProblem } from "./check-citations";
import type { Bank, Question } from "./types";

/** Kinds whose options are duties of the question's own service. */
const SINGLE_SERVICE_KINDS = new Set(["scenario", "multi-select"]);
/** A flashcard's front (its fact's duty) that says whose duty it is, so the card tests nothing. */
const OWNER_IN_FRONT = /\b(the customer's|customer's own|their own|every AWS customer|AWS's (network|control))\b/i;
const OWNER_IN_OPTION = /\b(AWS'?s?|customer'?s?|company'?s?)\b/;
/** "a abstract", "an service": an article that does not fit the word after it (acronyms aside). */
const ARTICLE_ERROR = /\b(?:a (?:(?!one\b|once\b)[aeio][a-z]+)|an (?:(?!hour|honest|heir)[b-df-hj-np-tv-z][a-z]+))\b/;
/** A sentence that starts lower-case after a full stop (abbreviations aside). */
const LOWER_CASE_START = /(?<!\b(?:e\.g|i\.e|etc|vs|approx))[.!?]["”’)]?\s+[a-z]/;
/** A name that lost its capital when a sentence was stitched: "cloudFront", "aWS". */
const DECAPITALISED_NAME = /\b(?!macOS\b|iOS\b|eBay\b)[a-z]+[A-Z][A-Za-z]*\b/;
const MAX_SHARE_OF_ONE_SENTENCE = 0.05;

const sentences = (text: string) =>
  text
    .split(/(?<=[.!?])\s+(?=[A-Z“"])/)
    .map((s) => s.trim())
    .filter((s) => s.split(/\s+/).length >= 5);

function textsOf(question: Question): { field: string; text: string }[] {
  return [
    { field: "prompt", text: question.prompt },
    { field: "explanation", text: question.explanation },
    ...(question.answer ? [{ field: "answer", text: question.answer }] : []),
    ...question.choices.flatMap((choice) => [
      { field: `option ${choice.id}`, text: choice.text },
      { field: `option ${choice.id} explanation`, text: choice.explanation },
    ]),
    ...(question.disagreement ? [{ field: "disagreement", text: question.disagreement }] : []),
  ];
}

/**
 * What makes an item read machine-made or unfair: an option from another service, an option the
 * prompt already contains, an owner named inside a duty, boilerplate repeated across the bank,
 * typographic seams, and retired services.
 */
export function checkQuestionQuality(bank: Bank, questions: Question[]): BankProblem[] {
  const problems: BankProblem[] = [];
  const retired = new Set(bank.services.filter((s) => s.retired).map((s) => s.id));
  const sentenceUse = new Map<string, Set<string>>();
  for (const question of questions) {
    const where = `question ${question.id}`;
    const prompt = question.prompt.toLowerCase();
    if (retired.has(question.service)) problems.push({ where, message: `asks about a retired service (${question.service})` });
    for (const choice of question.choices) {
      if (SINGLE_SERVICE_KINDS.has(question.kind) && choice.service && choice.service !== question.service) {
        problems.push({ where, message: `option "${choice.text}" comes from ${choice.service}, not ${question.service}` });
      }
      if (choice.service && retired.has(choice.service))
        problems.push({ where, message: `option "${choice.text}" comes from a retired service` });
      if (question.kind !== "true-false" && choice.text.length > 3 && prompt.includes(choice.text.toLowerCase())) {
        problems.push({ where, message: `the prompt contains option "${choice.text}"` });
      }
      if (choice.factId && OWNER_IN_OPTION.test(choice.text)) problems.push({ where, message: `option "${choice.text}" names an owner` });
    }
    const giveaway = question.kind === "flashcard" ? question.prompt.match(OWNER_IN_FRONT) : null;
    if (giveaway) problems.push({ where, message: `the front says whose duty it is ("${giveaway[0]}")` });
    for (const { field, text } of textsOf(question)) {
      if (/ {2}/.test(text)) problems.push({ where, message: `${field} has a double space` });
      const article = text.match(ARTICLE_ERROR);
      if (article) problems.push({ where, message: `${field}: "${article[0]}"` });
      const name = text.match(DECAPITALISED_NAME);
      if (name && !/[:/._-]/.test(text.charAt(name.index! - 1)))
        problems.push({ where, message: `${field}: "${name[0]}" looks like a name that lost its capital` });
      const lower = text.match(LOWER_CASE_START);
      if (lower)
        problems.push({
          where,
          message: `${field}: a sentence starts lower-case ("…${text.slice(Math.max(0, lower.index! - 20), lower.index! + 10)}…")`,
        });
    }
    for (const sentence of new Set(sentences(question.explanation))) {
      sentenceUse.set(sentence, (sentenceUse.get(sentence) ?? new Set()).add(question.id));
    }
  }
  const limit = Math.max(5, questions.length * MAX_SHARE_OF_ONE_SENTENCE);
  for (const [sentence, ids] of sentenceUse) {
    if (ids.size > limit)
      problems.push({ where: "explanations", message: `"${sentence}" appears in ${ids.size} of ${questions.length} questions` });
  }
  return problems;
}

/** The figures issue 13 measures, for the check's summary line and the tests. */
export function questionMeasures(questions: Question[]) {
  const withOptions = questions.filter((q) => q.choices.length > 0 && q.kind !== "true-false");
  const optionWords = withOptions.flatMap((q) => q.choices.map((c) => c.text.split(/\s+/).length));
  const singleService = questions.filter((q) => SINGLE_SERVICE_KINDS.has(q.kind));
  return {
    questions: questions.length,
    distinctPrompts: new Set(questions.map((q) => q.prompt)).size,
    meanOptionWords: optionWords.reduce((a, b) => a + b, 0) / Math.max(1, optionWords.length),
    offServiceQuestions: singleService.filter((q) => q.choices.some((c) => c.service && c.service !== q.service)).length,
    singleServiceQuestions: singleService.length,
    hybridOptions: questions.filter((q) => q.choices.some((c) => /hybrid/i.test(c.text))).length,
  };
}
