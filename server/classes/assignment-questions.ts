import type { CitationView, ChoiceView, Question } from "@/questions/types";
import type { Database } from "@/db";
import { classQuestionsByIds, type ClassQuestionRow } from "@/db/queries/class-questions";
import type { AnsweredQuestion } from "@/server/classes/types";
import { fixedQuestion } from "@/server/attempts/fixed-questions";

/** Item ids of a class's imported questions carry this prefix; everything else is a bank item id. */
export const CLASS_ITEM_PREFIX = "class:";

/** One question of an assignment, from the bank or the class's imported questions, with its answer. */
export interface AssignedQuestion {
  /** q1, q2… in the assignment's order: the same for every student, whatever order they see. */
  key: string;
  itemId: string;
  origin: "bank" | "class";
  kind: string;
  prompt: string;
  selectCount?: number;
  choices: ChoiceView[];
  explanation: string;
  citations: CitationView[];
  disagreement: string | null;
  model: string | null;
  service: string | null;
  topic: string | null;
  factIds: string[];
  links: { model: string; service: string } | null;
  /** The bank question behind it, which spaced repetition maps onto cards; null for imported questions. */
  bankQuestion: Question | null;
}

const questionKey = (index: number) => `q${index + 1}`;

function citationOfSource(source: string): CitationView {
  return /^https?:\/\/\S+$/.test(source) ? { title: source, url: source } : { title: source };
}

export function importedQuestion(row: ClassQuestionRow, key: string): AssignedQuestion {
  const correctCount = row.choices.filter((c) => c.correct).length;
  return {
    key,
    itemId: `${CLASS_ITEM_PREFIX}${row.id}`,
    origin: "class",
    kind: row.kind,
    prompt: row.prompt,
    ...(row.kind === "multiple-answer" && correctCount > 1 ? { selectCount: correctCount } : {}),
    choices: row.choices.map((c) => ({ id: c.id, text: c.text, correct: c.correct, explanation: c.feedback || (c.correct ? "This is a right answer." : "This is not a right answer.") })),
    explanation: row.generalFeedback ?? "",
    citations: [citationOfSource(row.source)],
    disagreement: null,
    model: null,
    service: null,
    topic: null,
    factIds: [],
    links: null,
    bankQuestion: null,
  };
}

export function bankQuestion(question: Question, itemId: string, key: string): AssignedQuestion {
  return {
    key,
    itemId,
    origin: "bank",
    kind: question.kind,
    prompt: question.prompt,
    ...(question.selectCount ? { selectCount: question.selectCount } : {}),
    choices: question.choices,
    explanation: question.explanation,
    citations: question.citations,
    disagreement: question.disagreement ?? null,
    model: question.model,
    service: question.service,
    topic: question.topic,
    factIds: question.factIds,
    links: question.links,
    bankQuestion: question,
  };
}

/**
 * The assignment's questions in its own order. Bank items are rebuilt from the stored seed, so every
 * student gets the same wording; an item the bank (or class) no longer has is left out.
 */
export async function assignedQuestions(db: Database, classId: string, itemIds: string[], seed: string): Promise<AssignedQuestion[]> {
  const importedIds = itemIds.filter((id) => id.startsWith(CLASS_ITEM_PREFIX)).map((id) => id.slice(CLASS_ITEM_PREFIX.length));
  const imported = new Map((await classQuestionsByIds(db, classId, importedIds)).map((row) => [row.id, row]));
  return itemIds.flatMap((itemId, index) => {
    const key = questionKey(index);
    if (itemId.startsWith(CLASS_ITEM_PREFIX)) {
      const row = imported.get(itemId.slice(CLASS_ITEM_PREFIX.length));
      return row ? [importedQuestion(row, key)] : [];
    }
    const question = fixedQuestion(itemId, seed);
    return question && question.choices.length > 0 ? [bankQuestion(question, itemId, key)] : [];
  });
}

/** What a student sees before answering: no right answers, no explanations. */
export function publicAssignedQuestion(question: AssignedQuestion) {
  return {
    id: question.key,
    kind: question.kind,
    prompt: question.prompt,
    ...(question.selectCount ? { selectCount: question.selectCount } : {}),
    choices: question.choices.map(({ id, text }) => ({ id, text })),
  };
}

/** The answer side of a question: every option's verdict and explanation, sources and links. */
export function questionFeedback(question: AssignedQuestion) {
  return {
    explanation: question.explanation,
    choices: question.choices.map(({ id, correct, explanation }) => ({ id, correct, explanation })),
    citations: question.citations,
    disagreement: question.disagreement,
    links: question.links,
  };
}

/** A question with its answer, as the instructor's preview and the student's results show it. */
export function answeredQuestionView(question: AssignedQuestion): AnsweredQuestion {
  return { ...publicAssignedQuestion(question), ...questionFeedback(question), choices: question.choices, model: question.model, service: question.service, origin: question.origin, itemId: question.itemId };
}
