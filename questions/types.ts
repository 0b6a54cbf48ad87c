import type { ControlType, Fact, FactModel, Layer, Service, Topic } from "./schema";

/** "true-false" is only ever an imported (GIFT) question: real exams have no true/false items. */
export const QUESTION_KINDS = ["scenario", "multi-select", "true-false", "which-model", "control-type", "compare", "flashcard"] as const;
export type QuestionKind = (typeof QUESTION_KINDS)[number];

export interface Bank {
  facts: Fact[];
  services: Service[];
  version: string;
}

export interface CitationView {
  title: string;
  section?: string;
  quote?: string;
  url?: string;
  /** Source file name, for citations of the five source documents. */
  file?: string;
}

export interface ChoiceView {
  id: string;
  text: string;
  correct: boolean;
  explanation: string;
  /** The fact and service a duty option was drawn from, so anyone can audit a question's options. */
  factId?: string;
  service?: string;
}

export interface Question {
  /** Stable: the template and the fact(s) it was made from. Progress and exam records key on it. */
  id: string;
  kind: QuestionKind;
  model: FactModel;
  layer?: Layer;
  controlType?: ControlType;
  service: string;
  topic: Topic;
  factIds: string[];
  prompt: string;
  /** For multi-select: how many choices are correct (the prompt says so too). */
  selectCount?: number;
  choices: ChoiceView[];
  /** Flashcards only: the back of the card. */
  answer?: string;
  explanation: string;
  citations: CitationView[];
  disagreement?: string;
  links: { model: string; service: string };
}

/** What a learner may see before answering: no correct flags, no explanations. */
export interface PublicQuestion {
  id: string;
  kind: QuestionKind;
  prompt: string;
  selectCount?: number;
  choices: { id: string; text: string }[];
}

export function publicQuestion(question: Question): PublicQuestion {
  return {
    id: question.id,
    kind: question.kind,
    prompt: question.prompt,
    ...(question.selectCount ? { selectCount: question.selectCount } : {}),
    choices: question.choices.map(({ id, text }) => ({ id, text })),
  };
}
