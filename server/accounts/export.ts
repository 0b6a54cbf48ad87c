import { bank } from "@/questions/bank";
import { renderPracticeItem } from "@/questions/practice";
import type { CitationView } from "@/questions/types";
import type { Database } from "@/db";
import {
  assignmentAttemptsOfUserForExport,
  cardsOfUserForExport,
  examAttemptsOfUserForExport,
  reviewHistoryOfUser,
} from "@/db/queries/account-data";
import { classesOfStudent, classSummariesOfInstructor } from "@/db/queries/classes";
import { learnerSettings } from "@/db/queries/settings";
import { findUserById } from "@/db/queries/users";
import { NotFound } from "@/server/errors";
import { toCsv } from "@/server/classes/csv";
import type { AccountExport, ReviewExport } from "@/server/accounts/types";

/** The review log as the FSRS optimizer reads it (its revlog.csv columns). */
export const REVLOG_CSV_HEADER = ["card_id", "review_time", "review_rating", "review_state", "review_duration"];

/** Every review of the learner, oldest first: practice, mock exams and assignments alike. */
export async function reviewHistory(db: Database, userId: string): Promise<ReviewExport[]> {
  return reviewHistoryOfUser(db, userId);
}

/**
 * card_id, review_time (ms since 1970, UTC), review_rating (1 Again … 4 Easy), review_state (the
 * card's FSRS state when reviewed: 0 new, 1 learning, 2 review, 3 relearning) and review_duration (ms).
 */
export function revlogCsv(reviews: ReviewExport[]): string {
  return toCsv(
    REVLOG_CSV_HEADER,
    reviews.map((r) => [r.cardId, r.reviewedAt, r.rating, r.stateBefore, r.durationMs]),
  );
}

/** The header lines of the notes file Anki's importer reads (File > Import, Anki 2.1.55 and later). */
export const ANKI_HEADER = [
  "#separator:tab",
  "#html:true",
  "#notetype:Basic",
  "#deck:Demarc",
  "#columns:Front\tBack\tTags\tGUID",
  "#tags column:3",
  "#guid column:4",
];

const escapeHtml = (text: string) =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;");
/**
 * A field on one line without tabs: Anki splits on tabs and lines, so those never reach it raw. Its
 * reader also treats a field that starts with a double quote as quoted, so none is ever written raw
 * (text is HTML-escaped; the one attribute uses single quotes).
 */
const ankiField = (html: string) => html.replace(/\t/g, " ").replace(/\r?\n/g, "<br>");
const ankiTag = (text: string) => text.replace(/\s+/g, "_");

function citationHtml(citation: CitationView) {
  const where = [citation.title, citation.section]
    .filter(Boolean)
    .map((part) => escapeHtml(part!))
    .join(", ");
  const quote = citation.quote ? ` “${escapeHtml(citation.quote)}”` : "";
  const link = citation.url ? ` <a href='${escapeHtml(citation.url)}'>${escapeHtml(citation.url)}</a>` : "";
  return `${where}:${quote}${link}`;
}

/** What the explanation adds to the answer (a fact's answer already opens with the explanation's first sentences). */
function beyondAnswer(answer: string, explanation: string) {
  const answerBody = answer.replace(/^[^.]*\.\s*/, "");
  return answerBody && explanation.startsWith(answerBody) ? explanation.slice(answerBody.length).trim() : explanation;
}

/**
 * The learner's cards as an Anki notes file: one Basic note per card, the question on the front; on
 * the back the answer, the explanation and the sources. Tags: demarc, service::…, model::…, topic::….
 * GUID: demarc:<item id>.
 */
export async function ankiNotes(db: Database, userId: string): Promise<string> {
  const lines = [...ANKI_HEADER];
  for (const card of await cardsOfUserForExport(db, userId)) {
    const question = renderPracticeItem(bank, card.itemId, card.id, "flashcard");
    if (!question) continue;
    const answer = question.answer ?? "";
    const more = beyondAnswer(answer, question.explanation);
    const back = [
      `<b>${escapeHtml(answer)}</b>`,
      ...(more ? [escapeHtml(more)] : []),
      ...(question.citations.length
        ? [`<small>Source${question.citations.length > 1 ? "s" : ""}: ${question.citations.map(citationHtml).join("<br>")}</small>`]
        : []),
    ].join("<br><br>");
    const tags = ["demarc", `service::${ankiTag(card.service)}`, `model::${ankiTag(card.model)}`, `topic::${ankiTag(card.topic)}`].join(
      " ",
    );
    // The GUID is the practice item's, so importing a newer export updates these notes instead of adding copies.
    lines.push([ankiField(escapeHtml(question.prompt)), ankiField(back), tags, `demarc:${card.itemId}`].join("\t"));
  }
  return `${lines.join("\n")}\n`;
}

/** Everything Demarc holds about the account, by the account's own id in every query. */
export async function accountExport(db: Database, userId: string, now: number): Promise<AccountExport> {
  const account = await findUserById(db, userId);
  if (!account) throw new NotFound("No such account.");
  const [settings, cards, reviews, examAttempts, memberships, assignmentAttempts, classesTaught] = await Promise.all([
    learnerSettings(db, userId),
    cardsOfUserForExport(db, userId),
    reviewHistoryOfUser(db, userId),
    examAttemptsOfUserForExport(db, userId),
    classesOfStudent(db, userId),
    assignmentAttemptsOfUserForExport(db, userId),
    classSummariesOfInstructor(db, userId),
  ]);
  return {
    exportedAt: now,
    account: { id: account.id, role: account.role, name: account.name, email: account.email, createdAt: account.createdAt },
    settings,
    cards,
    reviews,
    examAttempts,
    classMemberships: memberships.map(({ id, name, instructorName, joinedAt }) => ({ classId: id, name, instructorName, joinedAt })),
    assignmentAttempts,
    classesTaught,
  };
}
