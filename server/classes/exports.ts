import { questionToGift } from "@/questions/gift";
import { importedQuestionToGift, type ImportedGiftQuestion } from "@/questions/gift-imported";
import { nodesToHtml } from "@/questions/safe-nodes";
import type { Database } from "@/db";
import type { AssignmentRow } from "@/db/queries/assignments";
import { classQuestionsByIds, type ClassQuestionRow } from "@/db/queries/class-questions";
import { CLASS_ITEM_PREFIX } from "@/server/classes/assignment-questions";
import { questionsOf } from "@/server/attempts/assignment-attempts";
import type { AssignmentResults, classGradebook } from "@/server/classes/gradebook";
import { STATUS_LABELS } from "@/server/classes/assignment-status";
import { toCsv, type CsvCell } from "@/server/classes/csv";

const iso = (ms: number | null) => (ms === null ? "" : new Date(ms).toISOString());
const minutes = (ms: number | null) => (ms === null ? null : Math.round(ms / 6_000) / 10);
const LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";

/** One row per student; per assignment, the counted score in % and the status. */
export function gradebookCsv(gradebook: Awaited<ReturnType<typeof classGradebook>>): string {
  const header = ["Name", "Email", ...gradebook.assignments.flatMap((a) => [`${a.title} (%)`, `${a.title} status`])];
  const rows: CsvCell[][] = gradebook.students.map((student) => [
    student.name,
    student.email,
    ...student.cells.flatMap((cell) => [cell.percent, STATUS_LABELS[cell.status]]),
  ]);
  return toCsv(header, rows);
}

export const RESULTS_CSV_HEADER = [
  "Name",
  "Email",
  "Status",
  "Correct",
  "Points",
  "Questions",
  "Score (%)",
  "Time spent (min)",
  "Submitted at (UTC)",
  "Attempts used",
];
export const ITEMS_CSV_HEADER = [
  "Question",
  "Prompt",
  "Kind",
  "Model",
  "Service",
  "Facts",
  "Responses",
  "Correct",
  "Share correct (%)",
  "Partly correct",
  "Average credit (%)",
  "Unanswered",
  "Discrimination",
  "Flags",
];
/** The three columns each option gets in items.csv, for options A, B, C… up to the most any question has. */
export const itemsCsvOptionColumns = (letter: string) => [`Option ${letter}`, `Option ${letter} correct`, `Option ${letter} chosen`];

/** One row per student for one assignment: status, score, time, submission. */
export function resultsCsv(results: AssignmentResults): string {
  return toCsv(
    RESULTS_CSV_HEADER,
    results.students.map((s) => [
      s.name,
      s.email,
      STATUS_LABELS[s.status],
      s.correct,
      s.score,
      s.total,
      s.percent,
      minutes(s.timeSpentMs),
      iso(s.submittedAt),
      s.attemptsUsed,
    ]),
  );
}

/** One row per question: share correct, discrimination, flags, and each option's text, key and count (empty past a question's last option). */
export function itemsCsv(results: AssignmentResults): string {
  const widest = Math.max(0, ...results.items.map((q) => q.choices.length));
  const header = [...ITEMS_CSV_HEADER, ...Array.from({ length: widest }, (_, i) => itemsCsvOptionColumns(LETTERS[i])).flat()];
  const rows = results.items.map((item) => {
    const { stats } = item;
    // A partly right option says what it earns ("50%") where the others say yes or no.
    const options = item.choices.flatMap((c) => [
      c.text,
      c.partialCredit ? `${Math.round(c.partialCredit * 1000) / 10}%` : c.correct,
      stats.optionCounts[c.id] ?? 0,
    ]);
    return [
      `Q${item.number}`,
      item.prompt,
      item.kind,
      item.model ?? "",
      item.service ?? "",
      item.factIds.join(" "),
      stats.responses,
      stats.correct,
      stats.shareCorrect === null ? null : Math.round(stats.shareCorrect * 100),
      stats.partlyCorrect,
      stats.averageCredit === null ? null : Math.round(stats.averageCredit * 100),
      stats.unanswered,
      stats.discrimination === null ? null : Math.round(stats.discrimination * 100) / 100,
      stats.flags.join(" "),
      ...options,
    ];
  });
  return toCsv(header, rows);
}

const htmlOf = (nodes: ClassQuestionRow["promptRich"] | undefined) => (nodes?.length ? nodesToHtml(nodes) : null);

/** An imported question as it was imported: its formatted text back as safe HTML, for GIFT's [html]. */
function importedGiftQuestion(row: ClassQuestionRow): ImportedGiftQuestion {
  return {
    title: row.title,
    kind: row.kind,
    prompt: row.prompt,
    promptHtml: htmlOf(row.promptRich),
    choices: row.choices.map(({ textRich, feedbackRich, ...choice }) => {
      const [textHtml, feedbackHtml] = [htmlOf(textRich), htmlOf(feedbackRich)];
      return { ...choice, ...(textHtml ? { textHtml } : {}), ...(feedbackHtml ? { feedbackHtml } : {}) };
    }),
    generalFeedback: row.generalFeedback,
    generalFeedbackHtml: htmlOf(row.generalFeedbackRich),
    source: row.source,
  };
}

/**
 * The assignment's questions in Moodle GIFT, bank questions with the wording students saw, imported
 * ones with their formatting ([html]) and general feedback; every title once in the file.
 */
export async function assignmentGift(db: Database, assignment: AssignmentRow): Promise<string> {
  const questions = await questionsOf(db, assignment);
  const importedIds = questions.filter((q) => q.origin === "class").map((q) => q.itemId.slice(CLASS_ITEM_PREFIX.length));
  const imported = new Map(
    (await classQuestionsByIds(db, assignment.classId, importedIds)).map((row) => [`${CLASS_ITEM_PREFIX}${row.id}`, row]),
  );
  const usedTitles = new Set<string>();
  const blocks = questions.flatMap((question) => {
    if (question.bankQuestion) return [questionToGift(question.bankQuestion, usedTitles)].filter((b): b is string => b !== null);
    const row = imported.get(question.itemId);
    return row ? [importedQuestionToGift(importedGiftQuestion(row), usedTitles)] : [];
  });
  return `// ${assignment.title.replace(/\r?\n/g, " ")} — exported from Demarc\n\n${blocks.join("\n\n")}\n`;
}
