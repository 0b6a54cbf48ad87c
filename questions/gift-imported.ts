import { escapeGift, giftPercent, uniqueTitle } from "./gift";
import type { GiftChoice, GiftKind } from "./gift-parse";
import { safeHtml } from "./rich-text";

export interface ImportedGiftQuestion {
  title: string | null;
  kind: GiftKind;
  prompt: string;
  /** Safe HTML of the prompt when it was imported from [html] or [markdown]. */
  promptHtml?: string | null;
  choices: GiftChoice[];
  generalFeedback: string | null;
  generalFeedbackHtml?: string | null;
  source: string;
}

/**
 * A text in the question's format. An [html] question writes every text as HTML (plain text
 * escaped); a plain one writes plain text, and a formatted answer with its own [html] marker.
 */
function textIn(html: boolean, plain: string, formatted: string | null | undefined): string {
  if (html) return escapeGift(formatted || safeHtml(plain, "plain").replace(/\n/g, "<br>"));
  return formatted ? `[html]${escapeGift(formatted)}` : escapeGift(plain);
}

/**
 * An imported question back in GIFT, so it reads back (parseGift) as it was imported: weights,
 * feedback, and formatting as [html]. With `usedTitles`, its title is made unique in the file.
 */
export function importedQuestionToGift(question: ImportedGiftQuestion, usedTitles?: Set<string>): string {
  const html = Boolean(question.promptHtml);
  const text = (plain: string, formatted?: string | null) => textIn(html, plain, formatted);
  const header = `// ${question.kind} · source: ${question.source.replace(/\r?\n/g, " ")}`;
  const title = question.title ? `::${escapeGift(uniqueTitle(question.title, usedTitles))}::` : "";
  const prompt = `${html ? "[html]" : ""}${text(question.prompt, question.promptHtml)}`;
  const general = question.generalFeedback ? `####${text(question.generalFeedback, question.generalFeedbackHtml)}` : "";
  const feedback = (choice: GiftChoice) => (choice.feedback ? `#${text(choice.feedback, choice.feedbackHtml)}` : "");
  if (question.kind === "true-false") {
    const right = question.choices.find((c) => c.correct)!;
    const wrong = question.choices.find((c) => !c.correct)!;
    const wrongFeedback = wrong.feedback || right.feedback ? `#${wrong.feedback ? text(wrong.feedback, wrong.feedbackHtml) : ""}` : "";
    return `${header}\n${title}${prompt} {${right.id === "true" ? "TRUE" : "FALSE"}${wrongFeedback}${feedback(right)}${general}}`;
  }
  const lines = question.choices.map((choice) => {
    const partial = question.kind === "multiple-answer" || (!choice.correct && choice.weight !== 0);
    const marker = partial ? `~%${giftPercent(choice.weight)}%` : choice.correct ? "=" : "~";
    return `${marker}${text(choice.text, choice.textHtml)}${feedback(choice)}`;
  });
  return `${header}\n${title}${prompt} {\n${lines.join("\n")}${general ? `\n${general}` : ""}\n}`;
}
