import { randomUUID } from "node:crypto";
import type { Database } from "@/db";
import {
  addMember,
  classByJoinCode,
  classesOfStudent,
  classOfInstructor,
  classSummariesOfInstructor,
  insertClass,
  removeMember,
  updateClassOfInstructor,
} from "@/db/queries/classes";
import { assignmentsOfClass } from "@/db/queries/assignments";
import { classQuestionsOfInstructor, deleteClassQuestion, insertClassQuestions } from "@/db/queries/class-questions";
import { CLASS_ITEM_PREFIX } from "@/server/classes/assignment-questions";
import type { ClassChange } from "@/server/classes/input";
import type { ClassState, CreatedClass, GiftImport, JoinCodeState, JoinedClass, JoinLinkClass } from "@/server/classes/types";
import { hitRateLimit } from "@/db/queries/rate-limits";
import { parseGift } from "@/questions/gift-parse";
import { withSources } from "@/questions/gift-sources";
import { richText } from "@/questions/rich-text";
import type { ImportedChoice } from "@/db/schema";
import { Conflict, Forbidden, Invalid, NotFound, RateLimited } from "@/server/errors";
import { isWellFormedJoinCode, newJoinCode, normaliseJoinCode } from "@/server/classes/join-codes";
import { JOIN_PER_IP, JOIN_PER_USER } from "@/server/rate-limit-rules";

const isUniqueViolation = (error: unknown) =>
  /UNIQUE/i.test(String((error as Error)?.message ?? "") + String((error as { cause?: unknown })?.cause ?? ""));

/** Tries fresh codes until one is free: collisions are rare (31^8 codes) but must not reach the user. */
async function withFreshCode<T>(write: (code: string) => Promise<T>): Promise<T> {
  for (let attempt = 0; attempt < 5; attempt++) {
    try {
      return await write(newJoinCode());
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
    }
  }
  throw new Error("Could not find a free join code after 5 tries");
}

export async function createClass(db: Database, instructorId: string, name: string, now: number): Promise<CreatedClass> {
  const row = await withFreshCode((joinCode) =>
    insertClass(db, { id: randomUUID(), instructorId, name, joinCode, joinCodeEnabled: true, createdAt: now }),
  );
  return { id: row.id, name: row.name, joinCode: row.joinCode };
}

/**
 * Renames, archives or brings back the instructor's class; another instructor's reads as not found.
 * Archiving again keeps the first date, so "Archived on" does not move.
 */
export async function changeClass(
  db: Database,
  instructorId: string,
  classId: string,
  change: ClassChange,
  now: number,
): Promise<ClassState> {
  const current = await requireClassOfInstructor(db, instructorId, classId);
  const archivedAt = change.archived === undefined ? current.archivedAt : change.archived ? (current.archivedAt ?? now) : null;
  const row = await updateClassOfInstructor(db, instructorId, classId, {
    ...(change.name !== undefined ? { name: change.name } : {}),
    archivedAt,
  });
  if (!row) throw new NotFound("No such class.");
  return { id: row.id, name: row.name, joinCode: row.joinCode, archivedAt: row.archivedAt };
}

/** An archived class takes no new work: the refusal every write that would add some gives. */
export function refuseIfArchived(archivedAt: number | null, what: string) {
  if (archivedAt !== null) throw new Conflict(`This class is archived, so ${what}. Unarchive it first.`);
}

/** The class, or a 404 that looks the same whether it exists under another instructor or not at all. */
export async function requireClassOfInstructor(db: Database, instructorId: string, classId: string) {
  const row = await classOfInstructor(db, instructorId, classId);
  if (!row) throw new NotFound("No such class.");
  return row;
}

export async function changeJoinCode(
  db: Database,
  instructorId: string,
  classId: string,
  action: "rotate" | "disable" | "enable",
): Promise<JoinCodeState> {
  await requireClassOfInstructor(db, instructorId, classId);
  const row =
    action === "rotate"
      ? await withFreshCode((joinCode) => updateClassOfInstructor(db, instructorId, classId, { joinCode, joinCodeEnabled: true }))
      : await updateClassOfInstructor(db, instructorId, classId, { joinCodeEnabled: action === "enable" });
  if (!row) throw new NotFound("No such class.");
  return { joinCode: row.joinCode, joinCodeEnabled: row.joinCodeEnabled };
}

const WRONG_CODE =
  "No class has that join code. Check it with your instructor: codes are 8 letters and digits, and a code stops working when your instructor replaces it.";

/** Every look-up of a join code counts against the student and their address, so codes cannot be guessed. */
async function countJoinTry(db: Database, userId: string, ip: string, now: number) {
  const [perUser, perIp] = [
    await hitRateLimit(db, `join:user:${userId}`, JOIN_PER_USER, now),
    await hitRateLimit(db, `join:ip:${ip}`, JOIN_PER_IP, now),
  ];
  if (!perUser.allowed || !perIp.allowed) {
    const retryAfterSeconds = Math.max(perUser.allowed ? 0 : perUser.retryAfterSeconds, perIp.allowed ? 0 : perIp.retryAfterSeconds);
    const minutes = Math.ceil(retryAfterSeconds / 60);
    throw new RateLimited(
      `Too many join attempts. Wait ${minutes} minute${minutes === 1 ? "" : "s"}, then try again with the code your instructor gave you.`,
      retryAfterSeconds,
    );
  }
}

/**
 * The class a join link leads to, named before the student presses Join: a look-up that counts as a
 * try, like joining. Null when no class has the code.
 */
export async function classOfJoinLink(
  db: Database,
  userId: string,
  ip: string,
  rawCode: string,
  now: number,
): Promise<JoinLinkClass | null> {
  await countJoinTry(db, userId, ip, now);
  const code = normaliseJoinCode(rawCode);
  const found = isWellFormedJoinCode(code) ? await classByJoinCode(db, code) : undefined;
  return found ? { name: found.name, joinable: found.joinCodeEnabled && found.archivedAt === null } : null;
}

/** Joins by code, counting every try against the student and their address so codes cannot be guessed. */
export async function joinClass(db: Database, userId: string, ip: string, rawCode: string, now: number): Promise<JoinedClass> {
  await countJoinTry(db, userId, ip, now);
  const code = normaliseJoinCode(rawCode);
  if (!isWellFormedJoinCode(code)) {
    throw new Invalid("A join code is 8 letters and digits, like K7QM-4TXP (there is no 0, O, 1, I or L in a code).", {
      code: ["A join code is 8 letters and digits (no 0, O, 1, I or L)."],
    });
  }
  const found = await classByJoinCode(db, code);
  if (!found) throw new NotFound(WRONG_CODE, { code: [WRONG_CODE] });
  // An archived class answers as one whose code is turned off: the student learns no more than that.
  if (!found.joinCodeEnabled || found.archivedAt !== null) {
    const message = "Joining this class is turned off right now. Ask your instructor to turn the join code back on.";
    throw new Forbidden(message, { code: [message] });
  }
  const joined = await addMember(db, found.id, userId, now);
  return { classId: found.id, name: found.name, alreadyMember: !joined };
}

export async function removeStudent(db: Database, instructorId: string, classId: string, studentId: string) {
  await requireClassOfInstructor(db, instructorId, classId);
  if (!(await removeMember(db, instructorId, classId, studentId))) throw new NotFound("That student is not in this class.");
}

const richOf = (html: string | null | undefined) => (html ? richText(html, "html") : undefined);

/**
 * Imports a GIFT file into the class's private bank: every question, or (on any error) none. Items
 * the parser skips (descriptions, short answers) come back as line-numbered notes. Formatted text
 * is stored twice: its words (search, CSV, exports) and the safe tree the views render.
 */
export async function importGiftQuestions(
  db: Database,
  instructorId: string,
  classId: string,
  gift: string,
  defaultSource: string | undefined,
  now: number,
): Promise<GiftImport> {
  await requireClassOfInstructor(db, instructorId, classId);
  const parsed = parseGift(gift);
  if (!parsed.ok) throw new Invalid(`${parsed.message} Nothing was imported.`, { gift: [parsed.message] });
  const sourced = withSources(parsed.questions, defaultSource);
  if (!sourced.ok) throw new Invalid(`${sourced.message} Nothing was imported.`, sourced.fieldErrors);
  const rows = sourced.questions.map((q) => ({
    id: randomUUID(),
    classId,
    title: q.title,
    kind: q.kind,
    prompt: q.prompt,
    promptRich: richOf(q.promptHtml) ?? null,
    choices: q.choices.map((c): ImportedChoice => {
      const [textRich, feedbackRich] = [richOf(c.textHtml), richOf(c.feedbackHtml)];
      return {
        id: c.id,
        text: c.text,
        correct: c.correct,
        weight: c.weight,
        feedback: c.feedback,
        ...(textRich ? { textRich } : {}),
        ...(feedbackRich ? { feedbackRich } : {}),
      };
    }),
    generalFeedback: q.generalFeedback,
    generalFeedbackRich: richOf(q.generalFeedbackHtml) ?? null,
    source: q.source,
    createdAt: now,
  }));
  await insertClassQuestions(db, rows);
  return { imported: rows.length, ids: rows.map((r) => r.id), notes: parsed.notes };
}

export async function removeClassQuestion(db: Database, instructorId: string, classId: string, questionId: string) {
  const usedBy = (await assignmentsOfClass(db, instructorId, classId)).filter((a) => a.itemIds.includes(`class:${questionId}`));
  if (usedBy.length) {
    throw new Conflict(
      `This question is part of ${usedBy.map((a) => `“${a.title}”`).join(", ")}; students' answers depend on it. Delete the assignment first.`,
    );
  }
  if (!(await deleteClassQuestion(db, instructorId, classId, questionId))) throw new NotFound("No such question in this class.");
}

/** The instructor's classes with their student and assignment counts. */
export function classesTaughtBy(db: Database, instructorId: string) {
  return classSummariesOfInstructor(db, instructorId);
}

/** The classes a student has joined. */
export function classesJoinedBy(db: Database, studentId: string) {
  return classesOfStudent(db, studentId);
}

/** The class's own (GIFT-imported) questions, with the item id an assignment picks them by. */
export async function classQuestionList(db: Database, instructorId: string, classId: string) {
  await requireClassOfInstructor(db, instructorId, classId);
  const questions = await classQuestionsOfInstructor(db, instructorId, classId);
  return questions.map((q) => ({ ...q, itemId: `${CLASS_ITEM_PREFIX}${q.id}` }));
}
