import type { Question } from "./types";

/** Escapes GIFT's control characters in text. */
export function escapeGift(text: string): string {
  return text.replace(/([~=#{}:\\])/g, "\\$1").replace(/\r?\n/g, "\\n");
}

function feedback(text: string) {
  return `#${escapeGift(text)}`;
}

function percent(value: number) {
  return Number.isInteger(value) ? String(value) : value.toFixed(5).replace(/0+$/, "");
}

/** One question in Moodle GIFT; flashcards have no choices and are left out (null). */
export function questionToGift(question: Question): string | null {
  if (question.kind === "flashcard" || question.choices.length === 0) return null;
  const title = `::${escapeGift(question.id)}::`;
  const source = question.citations.map((c) => [c.title, c.section, c.url].filter(Boolean).join(", ")).join("; ");
  const header = `// ${question.kind} · ${question.model} · ${question.service} · source: ${source.replace(/\r?\n/g, " ")}`;
  const prompt = escapeGift(question.prompt);
  if (question.kind === "true-false") {
    const truth = question.choices.find((c) => c.id === "true")!;
    const wrongChoice = question.choices.find((c) => !c.correct)!;
    const rightChoice = question.choices.find((c) => c.correct)!;
    return `${header}\n${title}${prompt} {${truth.correct ? "TRUE" : "FALSE"}${feedback(wrongChoice.explanation)}${feedback(rightChoice.explanation)}}`;
  }
  const correctCount = question.choices.filter((c) => c.correct).length;
  const lines = question.choices.map((choice) => {
    if (correctCount === 1) return `${choice.correct ? "=" : "~"}${escapeGift(choice.text)}${feedback(choice.explanation)}`;
    const weight = choice.correct ? percent(100 / correctCount) : "-100";
    return `~%${weight}%${escapeGift(choice.text)}${feedback(choice.explanation)}`;
  });
  return `${header}\n${title}${prompt} {\n${lines.join("\n")}\n}`;
}

export function questionsToGift(questions: Question[]): string {
  return questions
    .map(questionToGift)
    .filter((block): block is string => block !== null)
    .join("\n\n")
    .concat("\n");
}
