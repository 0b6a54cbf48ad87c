import type { CitationView, ChoiceView, Question } from "@/questions/types";
import { scoreByWeight } from "@/questions/gift-score";
import { inlineNodes } from "@/questions/rich-text";
import type { RichText } from "@/server/practice/types";
import { gradeAnswer } from "@/server/attempts/engine";
import type { Database } from "@/db";
import { classQuestionsByIds, type ClassQuestionRow } from "@/db/queries/class-questions";
import type { ImportedChoice, ImportedKind } from "@/db/schema";
import type { AnsweredQuestion } from "@/server/classes/types";
import { fixedQuestion } from "@/server/attempts/fixed-questions";

/** A choice as views show it; imported questions add formatted text and their GIFT weight. */
export type AssignedChoice = ChoiceView & {
  /** Formatted answer text, inline form (it sits inside a button or label). */
  textRich?: RichText;
  /** Formatted feedback, inline form (it is shown inside the choice). */
  explanationRich?: RichText;
  /** Single-answer imported questions: the credit (0–1, exclusive) this wrong-but-not-wholly answer earns. */
  partialCredit?: number;
};

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
  /** Formatted prompt (imported [html]/[markdown]), inline form: it is shown as the question's legend. */
  promptRich?: RichText;
  selectCount?: number;
  choices: AssignedChoice[];
  /** Imported questions: each choice's GIFT weight and the question's kind, which scoreByWeight grades by. */
  weights?: { kind: ImportedKind; byChoice: Record<string, number> };
  explanation: string;
  explanationRich?: RichText;
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

const rightOrNot = (correct: boolean) => (correct ? "This is a right answer." : "This is not a right answer.");

function importedChoice(choice: ImportedChoice, kind: ImportedKind): AssignedChoice {
  const partial = kind !== "multiple-answer" && !choice.correct && choice.weight > 0 && choice.weight < 100;
  return {
    id: choice.id,
    text: choice.text,
    correct: choice.correct,
    explanation: choice.feedback || (partial ? `This answer earns ${choice.weight}% of the credit.` : rightOrNot(choice.correct)),
    ...(choice.textRich ? { textRich: inlineNodes(choice.textRich) } : {}),
    ...(choice.feedback && choice.feedbackRich ? { explanationRich: inlineNodes(choice.feedbackRich) } : {}),
    ...(partial ? { partialCredit: choice.weight / 100 } : {}),
  };
}

export function importedQuestion(row: ClassQuestionRow, key: string): AssignedQuestion {
  const correctCount = row.choices.filter((c) => c.correct).length;
  return {
    key,
    itemId: `${CLASS_ITEM_PREFIX}${row.id}`,
    origin: "class",
    kind: row.kind,
    prompt: row.prompt,
    ...(row.promptRich ? { promptRich: inlineNodes(row.promptRich) } : {}),
    ...(row.kind === "multiple-answer" && correctCount > 1 ? { selectCount: correctCount } : {}),
    choices: row.choices.map((c) => importedChoice(c, row.kind)),
    weights: { kind: row.kind, byChoice: Object.fromEntries(row.choices.map((c) => [c.id, c.weight])) },
    explanation: row.generalFeedback ?? "",
    ...(row.generalFeedback && row.generalFeedbackRich ? { explanationRich: row.generalFeedbackRich } : {}),
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

/**
 * Grades an answer: right or not, and its credit from 0 to 1. Bank questions are all or nothing;
 * imported ones score by their GIFT weights as Moodle does (`~%50%` earns 0.5), and count as right
 * only with full credit. Unknown choice ids are refused.
 */
export function gradeAssigned(question: AssignedQuestion, choiceIds: string[]): { correct: boolean; credit: number } {
  const allRight = gradeAnswer(question, choiceIds);
  if (!question.weights) return { correct: allRight, credit: allRight ? 1 : 0 };
  const { kind, byChoice } = question.weights;
  const credit = scoreByWeight(
    Object.entries(byChoice).map(([id, weight]) => ({ id, weight })),
    choiceIds,
    kind,
  );
  return { correct: credit >= 1, credit };
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

/*
 * Every request of every student's attempt needs the assignment's questions (a class of 300, an
 * answer every few seconds): each bank question is built once per process, like the question
 * behind it, and shared read-only.
 */
const assignedMemo = new Map<string, AssignedQuestion | null>();

function assignedBankQuestion(itemId: string, seed: string, key: string): AssignedQuestion | null {
  const memoKey = `${seed}\u0000${itemId}\u0000${key}`;
  if (assignedMemo.has(memoKey)) return assignedMemo.get(memoKey)!;
  const question = fixedQuestion(itemId, seed);
  const assigned = question && question.choices.length > 0 ? Object.freeze(bankQuestion(question, itemId, key)) : null;
  if (assignedMemo.size >= 4_000) assignedMemo.delete(assignedMemo.keys().next().value!);
  assignedMemo.set(memoKey, assigned);
  return assigned;
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
    const assigned = assignedBankQuestion(itemId, seed, key);
    return assigned ? [assigned] : [];
  });
}

/** What a student sees before answering: no right answers, no explanations. */
export function publicAssignedQuestion(question: AssignedQuestion) {
  return {
    id: question.key,
    kind: question.kind,
    prompt: question.prompt,
    ...(question.promptRich ? { promptRich: question.promptRich } : {}),
    ...(question.selectCount ? { selectCount: question.selectCount } : {}),
    choices: question.choices.map(({ id, text, textRich }) => ({ id, text, ...(textRich ? { textRich } : {}) })),
  };
}

/** The answer side of a question: every option's verdict and explanation, sources and links. */
export function questionFeedback(question: AssignedQuestion) {
  return {
    explanation: question.explanation,
    ...(question.explanationRich ? { explanationRich: question.explanationRich } : {}),
    choices: question.choices.map(({ id, correct, explanation, explanationRich, partialCredit }) => ({
      id,
      correct,
      explanation,
      ...(explanationRich ? { explanationRich } : {}),
      ...(partialCredit !== undefined ? { partialCredit } : {}),
    })),
    citations: question.citations,
    disagreement: question.disagreement,
    links: question.links,
  };
}

/** A question with its answer, as the instructor's preview and the student's results show it. */
export function answeredQuestionView(question: AssignedQuestion): AnsweredQuestion {
  return {
    ...publicAssignedQuestion(question),
    ...questionFeedback(question),
    choices: question.choices,
    model: question.model,
    service: question.service,
    origin: question.origin,
    itemId: question.itemId,
  };
}
