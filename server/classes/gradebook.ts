import { bank } from "@/questions/bank";
import type { Database } from "@/db";
import type { AssignmentRow } from "@/db/queries/assignments";
import { assignmentsOfClass } from "@/db/queries/assignments";
import {
  answersOfAttempts,
  attemptForInstructor,
  attemptsForInstructor,
  type AssignmentAttemptRow,
} from "@/db/queries/assignment-attempts";
import { findUserById } from "@/db/queries/users";
import { NotFound } from "@/server/errors";
import { attemptResult } from "@/server/attempts/attempt-result";
import { membersOfClass } from "@/db/queries/classes";
import { closeExpiredAttempts, closeExpiredAttemptsOf, questionsOf } from "@/server/attempts/assignment-attempts";
import { answeredQuestionView } from "@/server/classes/assignment-questions";
import {
  answerCredit,
  attemptScore,
  scoredAttempt,
  studentStatus,
  timeSpentMs,
  type StudentStatus,
} from "@/server/classes/assignment-status";
import { requireInstructorAssignment } from "@/server/classes/assignments";
import { requireClassOfInstructor } from "@/server/classes/classes";
import { itemAnalysis, weakestAreas, type StudentResponse } from "@/server/classes/item-analysis";
import type { AnalysedItem, StudentResultRow, WeakFact } from "@/server/classes/types";

const percentOf = (correct: number, total: number) => (total === 0 ? 0 : Math.round((correct / total) * 100));

/** The instructor's attempts at these assignments, with any whose time ran out submitted first. */
async function settledAttempts(db: Database, instructorId: string, assignmentRows: AssignmentRow[], now: number) {
  const ids = assignmentRows.map((a) => a.id);
  const attempts = await attemptsForInstructor(db, instructorId, ids);
  const closed = await closeExpiredAttemptsOf(db, assignmentRows, attempts, now);
  return closed ? attemptsForInstructor(db, instructorId, ids) : attempts;
}

type StudentRow = StudentResultRow;

function studentRow(
  assignment: AssignmentRow,
  member: { userId: string; name: string; email: string; joinedAt: number },
  attempts: AssignmentAttemptRow[],
  now: number,
): StudentRow {
  const mine = attempts.filter((a) => a.userId === member.userId);
  const scored = scoredAttempt(mine);
  const shown = scored ?? mine.find((a) => a.status === "in_progress") ?? null;
  return {
    ...member,
    status: studentStatus(assignment, mine, now),
    attemptsUsed: mine.length,
    correct: scored?.correctCount ?? null,
    score: scored ? attemptScore(scored) : null,
    total: scored?.total ?? null,
    percent: scored ? percentOf(attemptScore(scored), scored.total) : null,
    timeSpentMs: shown ? timeSpentMs(assignment, shown, now) : null,
    submittedAt: scored?.submittedAt ?? null,
    attemptId: shown?.id ?? null,
  };
}

function median(values: number[]) {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : Math.round((sorted[middle - 1] + sorted[middle]) / 2);
}

const factLabels = new Map(bank.facts.map((f) => [f.id, { service: f.service, duty: f.duty }]));

/** Everything the results page shows: per student, per question, and the class's weakest areas. */
export async function assignmentResults(db: Database, instructorId: string, assignmentId: string, now: number) {
  const { assignment, className } = await requireInstructorAssignment(db, instructorId, assignmentId);
  const [members, attempts, questions] = await Promise.all([
    membersOfClass(db, instructorId, assignment.classId),
    settledAttempts(db, instructorId, [assignment], now),
    questionsOf(db, assignment),
  ]);
  const students = members.map((m) => studentRow(assignment, m, attempts, now));
  const memberIds = new Set(members.map((m) => m.userId));
  const counted = members
    .flatMap((m) => scoredAttempt(attempts.filter((a) => a.userId === m.userId)) ?? [])
    .filter((a) => memberIds.has(a.userId));
  const answers = await answersOfAttempts(
    db,
    counted.map((a) => a.id),
  );
  const responses: StudentResponse[] = counted.map((attempt) => ({
    studentId: attempt.userId,
    score: attemptScore(attempt),
    answers: Object.fromEntries(
      answers
        .filter((a) => a.attemptId === attempt.id)
        .map((a) => [a.questionKey, { choiceIds: a.choiceIds, correct: a.correct, credit: answerCredit(a) }]),
    ),
  }));
  const stats = new Map(itemAnalysis(questions, responses).map((s) => [s.key, s]));
  const weakest = weakestAreas(questions, responses);
  const percents = students.flatMap((s) => (s.percent === null ? [] : [s.percent]));
  const count = (status: StudentStatus) => students.filter((s) => s.status === status).length;
  return {
    assignment,
    className,
    summary: {
      students: students.length,
      submitted: count("submitted"),
      late: count("late"),
      inProgress: count("in_progress"),
      notStarted: count("not_started"),
      missing: count("missing"),
      averagePercent: percents.length ? Math.round(percents.reduce((a, b) => a + b, 0) / percents.length) : null,
      medianPercent: median(percents),
    },
    students,
    items: questions.map(
      (question): AnalysedItem => ({
        ...answeredQuestionView(question),
        number: Number(question.key.slice(1)),
        topic: question.topic,
        factIds: question.factIds,
        stats: stats.get(question.key)!,
      }),
    ),
    weakestFacts: weakest.facts.map((a): WeakFact => ({ ...a, ...(factLabels.get(a.id) ?? { service: "", duty: a.id }) })),
    weakestModels: weakest.models,
  };
}

export type AssignmentResults = Awaited<ReturnType<typeof assignmentResults>>;

/** Every student × every assignment of a class: status and counted score. */
export async function classGradebook(db: Database, instructorId: string, classId: string, now: number) {
  const classRow = await requireClassOfInstructor(db, instructorId, classId);
  const [members, assignmentRows] = await Promise.all([
    membersOfClass(db, instructorId, classId),
    assignmentsOfClass(db, instructorId, classId),
  ]);
  const attempts = await settledAttempts(db, instructorId, assignmentRows, now);
  return {
    classRow,
    assignments: assignmentRows,
    students: members.map((member) => ({
      ...member,
      cells: assignmentRows.map((assignment) =>
        studentRow(
          assignment,
          member,
          attempts.filter((a) => a.assignmentId === assignment.id),
          now,
        ),
      ),
    })),
  };
}

/** One student's attempt, for the instructor of the class: every answer with the right ones. */
export async function instructorAttempt(db: Database, instructorId: string, assignmentId: string, attemptId: string, now: number) {
  const { assignment, className } = await requireInstructorAssignment(db, instructorId, assignmentId);
  let attempt = await attemptForInstructor(db, instructorId, assignmentId, attemptId);
  if (!attempt) throw new NotFound("No such attempt.");
  if (await closeExpiredAttempts(db, assignment, [attempt], now))
    attempt = (await attemptForInstructor(db, instructorId, assignmentId, attemptId))!;
  const student = await findUserById(db, attempt.userId);
  const result = await attemptResult(db, assignment, attempt, await questionsOf(db, assignment), now, "instructor");
  return {
    assignment,
    className,
    student: { id: attempt.userId, name: student?.name ?? "Former student", email: student?.email ?? "" },
    result,
  };
}
