import { serviceById } from "./bank";
import { shorten } from "./gift-text";
import { OWNER_NAMES } from "./model-rules";
import type { Owner } from "./schema";
import { capitalise } from "./text";
import type { CitationView, Question, QuestionKind } from "./types";

/** Escapes GIFT's control characters in text. */
export function escapeGift(text: string): string {
  return text.replace(/([~=#{}:\\])/g, "\\$1").replace(/\r?\n/g, "\\n");
}

/** A GIFT percentage: whole numbers as they are, others to five decimals as Moodle writes them. */
export function giftPercent(value: number): string {
  return Number.isInteger(value) ? String(value) : value.toFixed(5).replace(/0+$/, "");
}

/**
 * The title a question goes by in a file: the given one, or with " (2)", " (3)" … when `used`
 * already has it. Moodle lists questions by title, so two alike would be told apart only by opening them.
 */
export function uniqueTitle(title: string, used?: Set<string>): string {
  let unique = title;
  for (let n = 2; used?.has(unique); n++) unique = `${title} (${n})`;
  used?.add(unique);
  return unique;
}

const feedback = (text: string) => `#${escapeGift(text)}`;

const KIND_LABELS: Record<QuestionKind, string> = {
  scenario: "Scenario",
  "multi-select": "Select several",
  "true-false": "True or false",
  "which-model": "Which model",
  "control-type": "Control type",
  compare: "Compare",
  flashcard: "Flashcard",
};

/**
 * "ACM – Scenario – An online retailer's Application Load Balancer serves…": the service, the kind
 * and the prompt's start, less an opening that only names the service ("A company uses AWS
 * Artifact.", "Amazon S3: …"), which the title already says.
 */
export function readableTitle(question: Question): string {
  const service = serviceById(question.service);
  const name = escapeRegExp(service?.name ?? question.service);
  const prompt = question.prompt
    .replace(new RegExp(`^(?:On AWS|${name}): `), "")
    .replace(new RegExp(`^A company (?:uses ${name}|runs its workloads on AWS)\\.\\s+(?=\\S)`), "")
    .replace(/^Its /, "The company's ");
  return `${service?.shortName ?? question.service} – ${KIND_LABELS[question.kind]} – ${shorten(capitalise(prompt), 60)}`;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

interface Source {
  title: string;
  sections: string[];
  url?: string;
}

/** Each document once, with the sections cited from it: the bank cites one page for several passages. */
export function sourcesOf(citations: readonly CitationView[]): Source[] {
  const sources: Source[] = [];
  for (const citation of citations) {
    const same = sources.find((s) => s.title === citation.title || (citation.url !== undefined && s.url === citation.url));
    const source = same ?? { title: citation.title, sections: [], ...(citation.url ? { url: citation.url } : {}) };
    if (!same) sources.push(source);
    if (citation.section && !source.sections.includes(citation.section)) source.sections.push(citation.section);
  }
  return sources;
}

const sourceText = (source: Source) =>
  [source.sections.length ? `${source.title} (${source.sections.join(", ")})` : source.title, source.url].filter(Boolean).join(", ");

/** Moodle's general feedback: the question's explanation, where sources differ, then the sources as text. */
function generalFeedback(question: Question, lead?: string): string {
  const sources = sourcesOf(question.citations).map((s) => `- ${sourceText(s)}`);
  const parts = [lead ?? question.explanation, question.disagreement, sources.length ? `Sources:\n${sources.join("\n")}` : undefined];
  return `####${escapeGift(parts.filter(Boolean).join("\n\n"))}`;
}

/** Short answers Moodle accepts for a flashcard's owner (it compares them ignoring case). */
const OWNER_ANSWERS: Record<Owner, string[]> = {
  aws: ["AWS", "Amazon Web Services"],
  customer: ["The customer", "Customer"],
  shared: ["Shared", "Both"],
};

/** A flashcard as a short-answer question: its owner is the answer, the back of the card the general feedback. */
function flashcardToGift(question: Question): string | null {
  const owner = (Object.keys(OWNER_NAMES) as Owner[]).find((key) => question.answer?.startsWith(`${OWNER_NAMES[key]}.`));
  if (!owner || !question.answer) return null;
  const statement = question.answer.slice(OWNER_NAMES[owner].length + 1).trim();
  const lead = question.explanation.startsWith(statement)
    ? `${OWNER_NAMES[owner]}. ${question.explanation}`
    : `${question.answer}\n\n${question.explanation}`;
  const answers = OWNER_ANSWERS[owner].map((answer) => `=${escapeGift(answer)}`).join(" ");
  return `${escapeGift(question.prompt)} {${answers} ${generalFeedback(question, lead)}}`;
}

function choicesToGift(question: Question): string {
  const general = generalFeedback(question);
  if (question.kind === "true-false") {
    const truth = question.choices.find((c) => c.id === "true")!;
    const wrongChoice = question.choices.find((c) => !c.correct)!;
    const rightChoice = question.choices.find((c) => c.correct)!;
    return `${escapeGift(question.prompt)} {${truth.correct ? "TRUE" : "FALSE"}${feedback(wrongChoice.explanation)}${feedback(rightChoice.explanation)}${general}}`;
  }
  const correctCount = question.choices.filter((c) => c.correct).length;
  const lines = question.choices.map((choice) => {
    if (correctCount === 1) return `${choice.correct ? "=" : "~"}${escapeGift(choice.text)}${feedback(choice.explanation)}`;
    const weight = choice.correct ? giftPercent(100 / correctCount) : "-100";
    return `~%${weight}%${escapeGift(choice.text)}${feedback(choice.explanation)}`;
  });
  return `${escapeGift(question.prompt)} {\n${lines.join("\n")}\n${general}\n}`;
}

/**
 * One question in Moodle GIFT: a comment naming its kind, model, service, id and each source once
 * (Demarc reads the source back on import), a readable title (made unique against `usedTitles`,
 * when given), and general feedback with the explanation and the sources. Flashcards become
 * short-answer questions; null for a question with nothing to answer.
 */
export function questionToGift(question: Question, usedTitles?: Set<string>): string | null {
  const body = question.kind === "flashcard" ? flashcardToGift(question) : question.choices.length > 0 ? choicesToGift(question) : null;
  if (body === null) return null;
  const source = sourcesOf(question.citations).map(sourceText).join("; ").replace(/\r?\n/g, " ");
  const header = `// ${question.kind} · ${question.model} · ${question.service} · id ${question.id} · source: ${source}`;
  return `${header}\n::${escapeGift(uniqueTitle(readableTitle(question), usedTitles))}::${body}`;
}

export function questionsToGift(questions: Question[]): string {
  const usedTitles = new Set<string>();
  return questions
    .map((question) => questionToGift(question, usedTitles))
    .filter((block): block is string => block !== null)
    .join("\n\n")
    .concat("\n");
}
