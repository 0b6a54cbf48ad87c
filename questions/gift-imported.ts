import { escapeGift } from "./gift";
import type { GiftChoice, GiftKind } from "./gift-parse";

export interface ImportedGiftQuestion {
  title: string | null;
  kind: GiftKind;
  prompt: string;
  choices: GiftChoice[];
  generalFeedback: string | null;
  source: string;
}

const feedback = (text: string) => (text ? `#${escapeGift(text)}` : "");

function weight(value: number) {
  return Number.isInteger(value) ? String(value) : value.toFixed(5).replace(/0+$/, "");
}

/** An imported question back in GIFT, so it reads back (parseGift) exactly as it was imported. */
export function importedQuestionToGift(question: ImportedGiftQuestion): string {
  const header = `// ${question.kind} · source: ${question.source.replace(/\r?\n/g, " ")}`;
  const title = question.title ? `::${escapeGift(question.title)}::` : "";
  const general = question.generalFeedback ? `####${escapeGift(question.generalFeedback)}` : "";
  if (question.kind === "true-false") {
    const right = question.choices.find((c) => c.correct)!;
    const wrong = question.choices.find((c) => !c.correct)!;
    const wrongFeedback = wrong.feedback || right.feedback ? `#${escapeGift(wrong.feedback)}` : "";
    const rightFeedback = right.feedback ? `#${escapeGift(right.feedback)}` : "";
    return `${header}\n${title}${escapeGift(question.prompt)} {${right.id === "true" ? "TRUE" : "FALSE"}${wrongFeedback}${rightFeedback}${general}}`;
  }
  const lines = question.choices.map((choice) => {
    const partial = question.kind === "multiple-answer" || (!choice.correct && choice.weight !== 0);
    const marker = partial ? `~%${weight(choice.weight)}%` : choice.correct ? "=" : "~";
    return `${marker}${escapeGift(choice.text)}${feedback(choice.feedback)}`;
  });
  return `${header}\n${title}${escapeGift(question.prompt)} {\n${lines.join("\n")}${general ? `\n${general}` : ""}\n}`;
}
