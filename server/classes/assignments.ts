import { randomBytes, randomUUID } from "node:crypto";
import { bank } from "@/questions/bank";
import { bankItem } from "@/questions/generator";
import { ASSIGNABLE_KINDS, selectAssignmentItems } from "@/questions/assignment-selection";
import type { FactModel, Topic } from "@/questions/schema";
import type { QuestionKind } from "@/questions/types";
import type { Database } from "@/db";
import {
  assignmentForInstructor,
  assignmentsOfClass,
  assignmentsOfInstructor,
  assignmentsOfStudent,
  deleteAssignment,
  insertAssignment,
  updateAssignment,
} from "@/db/queries/assignments";
import { allAttemptsOfStudent } from "@/db/queries/assignment-attempts";
import { classQuestionsByIds } from "@/db/queries/class-questions";
import { Invalid, NotFound } from "@/server/errors";
import { answeredQuestionView, assignedQuestions, CLASS_ITEM_PREFIX } from "@/server/classes/assignment-questions";
import { closeExpiredAttemptsOf } from "@/server/attempts/assignment-attempts";
import { attemptScore, scoredAttempt, studentStatus } from "@/server/classes/assignment-status";
import { feedbackOpensAt } from "@/server/attempts/attempt-result";
import { refuseIfArchived, requireClassOfInstructor } from "@/server/classes/classes";
import type { CreateAssignmentInput, SelectionInput, UpdateAssignmentInput } from "@/server/classes/input";
import type { CreatedAssignment, SelectionPreview, StudentAssignment } from "@/server/classes/types";

const DEFAULT_EXAM_MINUTES = 30;

const newSeed = () => randomBytes(8).toString("base64url");

/** Turns a selection into fixed item ids: filters draw with the seed, hand-picked ids are checked. */
async function resolveSelection(db: Database, classId: string, selection: SelectionInput) {
  const seed = selection.seed ?? newSeed();
  if (selection.questionIds) {
    const classIds = selection.questionIds.filter((id) => id.startsWith(CLASS_ITEM_PREFIX)).map((id) => id.slice(CLASS_ITEM_PREFIX.length));
    const found = new Set((await classQuestionsByIds(db, classId, classIds)).map((q) => `${CLASS_ITEM_PREFIX}${q.id}`));
    const unknown = selection.questionIds.filter((id) =>
      id.startsWith(CLASS_ITEM_PREFIX) ? !found.has(id) : !ASSIGNABLE_KINDS.includes(bankItem(bank, id)?.kind as QuestionKind),
    );
    if (unknown.length) {
      throw new Invalid(`Unknown question id(s): ${unknown.slice(0, 5).join(", ")}${unknown.length > 5 ? "…" : ""}.`, {
        "selection.questionIds": [`${unknown.length} of the picked questions are not in the bank or this class.`],
      });
    }
    return { seed, itemIds: selection.questionIds, description: { questionIds: selection.questionIds } };
  }
  const filter = {
    models: selection.models as FactModel[] | undefined,
    services: selection.services,
    topics: selection.topics as Topic[] | undefined,
    kinds: selection.kinds as QuestionKind[] | undefined,
  };
  const itemIds = selectAssignmentItems(bank, { seed, count: selection.count!, ...filter });
  if (itemIds.length < selection.count!) {
    throw new Invalid(`Only ${itemIds.length} questions match these filters. Ask for ${itemIds.length} or fewer, or widen the filters.`, {
      "selection.count": [`At most ${itemIds.length} with these filters.`],
    });
  }
  return { seed, itemIds, description: { count: selection.count, ...filter } };
}

/** Exactly what students will get: the same seed and ids give the same questions at publish. */
export async function previewSelection(
  db: Database,
  instructorId: string,
  classId: string,
  selection: SelectionInput,
): Promise<SelectionPreview> {
  await requireClassOfInstructor(db, instructorId, classId);
  const { seed, itemIds } = await resolveSelection(db, classId, selection);
  const questions = await assignedQuestions(db, classId, itemIds, seed);
  return { seed, itemIds, questions: questions.map(answeredQuestionView) };
}

export async function createAssignment(
  db: Database,
  instructorId: string,
  classId: string,
  input: CreateAssignmentInput,
  now: number,
): Promise<CreatedAssignment> {
  const classRow = await requireClassOfInstructor(db, instructorId, classId);
  refuseIfArchived(classRow.archivedAt, "it takes no new assignments");
  if (input.dueAt <= now) throw new Invalid("The due date is in the past.", { dueAt: ["Choose a due date in the future."] });
  const { seed, itemIds, description } = await resolveSelection(db, classId, input.selection);
  const row = await insertAssignment(db, {
    id: randomUUID(),
    classId,
    title: input.title,
    instructions: input.instructions?.trim() ?? "",
    mode: input.mode,
    timeLimitMinutes: input.mode === "exam" ? (input.timeLimitMinutes ?? DEFAULT_EXAM_MINUTES) : null,
    feedbackTiming: input.mode === "exam" ? (input.feedbackTiming ?? "on_submit") : "on_submit",
    opensAt: input.opensAt ?? now,
    dueAt: input.dueAt,
    latePolicy: input.latePolicy ?? "refuse",
    attemptsAllowed: input.attemptsAllowed ?? 1,
    shuffleQuestions: input.shuffleQuestions ?? false,
    seed,
    bankVersion: bank.version,
    itemIds,
    selection: description,
    createdAt: now,
  });
  return { id: row.id, questionCount: itemIds.length };
}

/** The assignment and its class name, or a 404 that does not say whether it exists elsewhere. */
export async function requireInstructorAssignment(db: Database, instructorId: string, assignmentId: string) {
  const row = await assignmentForInstructor(db, instructorId, assignmentId);
  if (!row) throw new NotFound("No such assignment.");
  return row;
}

/** Changes dates, policy or wording; the questions stay as published. */
export async function changeAssignment(db: Database, instructorId: string, assignmentId: string, change: UpdateAssignmentInput) {
  const { assignment } = await requireInstructorAssignment(db, instructorId, assignmentId);
  const opensAt = change.opensAt ?? assignment.opensAt;
  const dueAt = change.dueAt ?? assignment.dueAt;
  if (dueAt <= opensAt) throw new Invalid("The due date must be after the opening date.", { dueAt: ["Must be after the opening date."] });
  const updated = await updateAssignment(db, instructorId, assignmentId, {
    ...change,
    ...(change.instructions !== undefined ? { instructions: change.instructions.trim() } : {}),
  });
  if (!updated) throw new NotFound("No such assignment.");
  return updated;
}

export async function removeAssignment(db: Database, instructorId: string, assignmentId: string) {
  if (!(await deleteAssignment(db, instructorId, assignmentId))) throw new NotFound("No such assignment.");
}

/** A student's assigned work across their classes, soonest due first, each with its status. */
export async function studentAssignments(db: Database, userId: string, now: number): Promise<StudentAssignment[]> {
  const rows = await assignmentsOfStudent(db, userId);
  let attempts = await allAttemptsOfStudent(db, userId);
  const assignmentRows = rows.map((row) => row.assignment);
  if (await closeExpiredAttemptsOf(db, assignmentRows, attempts, now)) attempts = await allAttemptsOfStudent(db, userId);
  return rows.map(({ assignment, className, classArchivedAt }) => {
    const mine = attempts.filter((a) => a.assignmentId === assignment.id);
    const scored = scoredAttempt(mine);
    const opens = feedbackOpensAt(assignment);
    return {
      id: assignment.id,
      title: assignment.title,
      classId: assignment.classId,
      className,
      mode: assignment.mode,
      opensAt: assignment.opensAt,
      dueAt: assignment.dueAt,
      latePolicy: assignment.latePolicy,
      questionCount: assignment.itemIds.length,
      timeLimitMinutes: assignment.timeLimitMinutes,
      attemptsAllowed: assignment.attemptsAllowed,
      attemptsUsed: mine.length,
      status: studentStatus(assignment, mine, now),
      score: scored ? { correct: scored.correctCount ?? 0, points: attemptScore(scored), total: scored.total } : null,
      feedbackOpensAt: opens !== null && now < opens ? opens : null,
      classArchived: classArchivedAt !== null,
    };
  });
}

/** A class's assignments for its instructor, without the seeds that fix each student's questions. */
export async function assignmentsOfClassForInstructor(db: Database, instructorId: string, classId: string) {
  await requireClassOfInstructor(db, instructorId, classId);
  const assignments = await assignmentsOfClass(db, instructorId, classId);
  return assignments.map(({ seed: _seed, ...a }) => a);
}

/** Every assignment the instructor has set, with its class's name. */
export function assignmentsTaughtBy(db: Database, instructorId: string) {
  return assignmentsOfInstructor(db, instructorId);
}
