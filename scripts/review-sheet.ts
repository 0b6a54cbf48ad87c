import type { Question } from "../questions/types";

const quote = (text: string) => text.replace(/\n/g, " ");

/** Generated questions as a page to read end to end: prompt, options with the key, explanation, sources. */
export function reviewSheet(questions: Question[], seed: string): string {
  const lines = [`# Demarc review sheet — ${questions.length} questions, seed ${seed}`, ""];
  questions.forEach((question, index) => {
    lines.push(`## ${index + 1}. ${question.kind} · ${question.service} · \`${question.id}\``, "", quote(question.prompt), "");
    if (question.kind === "flashcard") {
      lines.push(`**Back:** ${quote(question.answer ?? "")}`, "");
    } else {
      for (const choice of question.choices) {
        lines.push(`- ${choice.correct ? "**✓**" : "✗"} ${choice.text}${choice.service ? ` _(${choice.service})_` : ""}`);
        lines.push(`  - ${quote(choice.explanation)}`);
      }
      lines.push("");
    }
    lines.push(`**Why:** ${quote(question.explanation)}`, "");
    if (question.disagreement) lines.push(`**Sources differ:** ${quote(question.disagreement)}`, "");
    lines.push(`**Sources:** ${question.citations.map((c) => `${c.title}${c.section ? ` — ${c.section}` : ""}`).join("; ")}`, "");
  });
  return `${lines.join("\n")}\n`;
}
