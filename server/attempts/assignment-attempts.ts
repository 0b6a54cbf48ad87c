import { randomUUID } from "node:crypto";
import { Rating, type Grade } from "ts-fsrs";
import { bank } from "@/questions/bank";
import { createRandom } from "@/questions/random";
import { practiceItems, practiceItemsForQuestion } from "@/questions/practice";
import type { Database } from "@/db";
import type { AssignmentRow } from "@/db/queries/assignments";
import { assignmentForStudent } from "@/db/queries/assignments";
import {
  answersOfAttempt,
  attemptOfStudent,
  attemptsOfStudent,
  finaliseAssignmentAttempt,
  insertAssignmentAttempt,
  saveAssignmentAnswer,
  type AssignmentAttemptRow,
} from "@/db/queries/assignment-attempts";
import { cardOfUserByItem, ensureCards } from "@/db/queries/cards";
import { recordReview } from "@/db/queries/reviews";
import { learnerSettings } from "@/db/queries/settings";
import { Conflict, Invalid, NotFound } from "@/server/errors";
import { assignedQuestions, publicAssignedQuestion, questionFeedback, type AssignedQuestion } from "@/server/classes/assignment-questions";
import { ASSIGNMENT_GRACE_MS, effectiveDeadline, isPastDeadline } from "@/server/classes/assignment-status";
import { attemptResult } from "@/server/attempts/attempt-result";
import { scheduleReview } from "@/server/practice/scheduler";
import { gradeChoices, LEECH_LAPSES } from "@/server/practice/review-rules";
import type { RunningAttempt } from "@/server/attempts/types";

export async function requireStudentAssignment(db: Database, userId: string, assignmentId: string) {
  const row = await assignmentForStudent(db, userId, assignmentId);
  if (!row) throw new NotFound("No such assignment in your classes.");
  return row;
}

export const questionsOf = (db: Database, assignment: AssignmentRow) => assignedQuestions(db, assignment.classId, assignment.itemIds, assignment.seed);

/** Right → Good, wrong → Again on every card the question exercises; review ids make retries harmless. */
async function updateCards(db: Database, userId: string, attemptId: string, graded: { question: AssignedQuestion; choiceIds: string[]; correct: boolean }[], now: number) {
  const fromBank = graded.filter((g) => g.question.bankQuestion);
  if (fromBank.length === 0) return;
  const settings = await learnerSettings(db, userId);
  await ensureCards(db, userId, practiceItems(bank), bank.version, settings.cardsBankVersion, now);
  for (const { question, choiceIds, correct } of fromBank) {
    const rating: Grade = correct ? Rating.Good : Rating.Again;
    for (const itemId of practiceItemsForQuestion(question.bankQuestion!)) {
      const card = await cardOfUserByItem(db, userId, itemId);
      if (!card) continue;
      await recordReview(db, {
        reviewId: `assignment:${attemptId}:${question.key}:${itemId}`,
        userId,
        cardId: card.id,
        rating,
        answer: choiceIds,
        correct,
        durationMs: 0,
        now,
        origin: "assignment",
        originId: attemptId,
        questionId: question.bankQuestion!.id,
        questionSeed: null,
        leechAtLapses: LEECH_LAPSES,
        schedule: (fields) => scheduleReview(fields, rating, now, settings),
      });
    }
  }
}

/** Closes an open attempt (idempotently) with its score; exam-mode answers reach the cards now. */
export async function closeAttempt(db: Database, assignment: AssignmentRow, attempt: AssignmentAttemptRow, questions: AssignedQuestion[], now: number, auto: boolean) {
  if (attempt.status !== "in_progress") return;
  const deadline = effectiveDeadline(assignment, attempt);
  const finishedAt = deadline === null ? now : Math.min(now, deadline);
  const answers = new Map((await answersOfAttempt(db, attempt.id)).map((a) => [a.questionKey, a]));
  const graded = questions.map((question) => {
    const answer = answers.get(question.key);
    return { question, choiceIds: answer?.choiceIds ?? [], correct: answer?.correct ?? false };
  });
  if (assignment.mode === "exam") await updateCards(db, attempt.userId, attempt.id, graded, now);
  await finaliseAssignmentAttempt(db, attempt.id, {
    correctCount: graded.filter((g) => g.correct).length,
    submittedAt: finishedAt,
    late: finishedAt > assignment.dueAt + ASSIGNMENT_GRACE_MS,
    autoSubmitted: auto,
  });
}

/** Submits attempts whose time ran out: nothing stays "in progress" after its deadline. */
export async function closeExpiredAttempts(db: Database, assignment: AssignmentRow, attempts: AssignmentAttemptRow[], now: number) {
  const expired = attempts.filter((a) => a.status === "in_progress" && isPastDeadline(assignment, a, now));
  if (expired.length === 0) return false;
  const questions = await questionsOf(db, assignment);
  for (const attempt of expired) await closeAttempt(db, assignment, attempt, questions, now, true);
  return true;
}

async function currentAttempts(db: Database, userId: string, assignment: AssignmentRow, now: number) {
  const attempts = await attemptsOfStudent(db, userId, assignment.id);
  return (await closeExpiredAttempts(db, assignment, attempts, now)) ? attemptsOfStudent(db, userId, assignment.id) : attempts;
}

function orderFor(assignment: AssignmentRow, questions: AssignedQuestion[], userId: string, attemptNumber: number) {
  const keys = questions.map((q) => q.key);
  return assignment.shuffleQuestions ? createRandom(assignment.seed, userId, attemptNumber, "order").shuffle(keys) : keys;
}

/** Starts an attempt, or resumes the open one. */
export async function startAttempt(db: Database, userId: string, assignmentId: string, now: number) {
  const { assignment } = await requireStudentAssignment(db, userId, assignmentId);
  if (now < assignment.opensAt) throw new Conflict("This assignment is not open yet.");
  const attempts = await currentAttempts(db, userId, assignment, now);
  const open = attempts.find((a) => a.status === "in_progress");
  if (open) return { resumed: true, attempt: await attemptView(db, assignment, open, now) };
  if (assignment.latePolicy === "refuse" && now > assignment.dueAt + ASSIGNMENT_GRACE_MS) {
    throw new Conflict("The due date has passed and this assignment does not accept late work.");
  }
  if (attempts.length >= assignment.attemptsAllowed) {
    throw new Conflict(`You have used all ${assignment.attemptsAllowed} attempt${assignment.attemptsAllowed === 1 ? "" : "s"} allowed.`);
  }
  const questions = await questionsOf(db, assignment);
  const attemptNumber = (attempts.at(-1)?.attemptNumber ?? 0) + 1;
  const inserted = await insertAssignmentAttempt(db, {
    id: randomUUID(),
    assignmentId,
    userId,
    attemptNumber,
    questionOrder: orderFor(assignment, questions, userId, attemptNumber),
    startedAt: now,
    deadline: assignment.mode === "exam" && assignment.timeLimitMinutes ? now + assignment.timeLimitMinutes * 60_000 : null,
    total: questions.length,
  });
  // Two tabs pressing Start together: the unique indexes let one in; the other resumes it.
  const attempt = inserted ?? (await attemptsOfStudent(db, userId, assignmentId)).find((a) => a.status === "in_progress");
  if (!attempt) throw new Conflict("This attempt was just submitted from another window. Reload the page.");
  return { resumed: !inserted, attempt: await attemptView(db, assignment, attempt, now) };
}

/** An open attempt as its student sees it: questions in their order, answers so far, feedback in practice mode. */
export async function attemptView(db: Database, assignment: AssignmentRow, attempt: AssignmentAttemptRow, now: number): Promise<RunningAttempt> {
  const questions = new Map((await questionsOf(db, assignment)).map((q) => [q.key, q]));
  const answers = await answersOfAttempt(db, attempt.id);
  const ordered = attempt.questionOrder.flatMap((key) => (questions.has(key) ? [questions.get(key)!] : []));
  return {
    attemptId: attempt.id,
    assignmentId: assignment.id,
    attemptNumber: attempt.attemptNumber,
    status: attempt.status,
    mode: assignment.mode,
    startedAt: attempt.startedAt,
    deadline: effectiveDeadline(assignment, attempt),
    serverNow: now,
    questions: ordered.map(publicAssignedQuestion),
    answers: Object.fromEntries(answers.map((a) => [a.questionKey, a.choiceIds])),
    // Practice mode shows each answer's feedback as soon as it is given, so a reload shows it too.
    feedback:
      assignment.mode === "practice"
        ? Object.fromEntries(answers.flatMap((a) => (questions.has(a.questionKey) ? [[a.questionKey, { correct: a.correct, ...questionFeedback(questions.get(a.questionKey)!) }]] : [])))
        : {},
  };
}

export type AttemptView = RunningAttempt;

async function openAttemptOf(db: Database, userId: string, assignment: AssignmentRow, attemptId: string, now: number) {
  const attempt = await attemptOfStudent(db, userId, assignment.id, attemptId);
  if (!attempt) throw new NotFound("No such attempt.");
  if (attempt.status === "submitted") throw new Conflict("This attempt has been submitted; answers can no longer change.");
  if (isPastDeadline(assignment, attempt, now)) {
    await closeAttempt(db, assignment, attempt, await questionsOf(db, assignment), now, true);
    const reason = attempt.deadline !== null && attempt.deadline === effectiveDeadline(assignment, attempt) ? "Time is up" : "The due date has passed and late work is not accepted";
    throw new Conflict(`${reason}: your attempt was submitted with the answers saved before the deadline.`);
  }
  return attempt;
}

export async function answerQuestion(db: Database, userId: string, assignmentId: string, attemptId: string, questionKey: string, choiceIds: string[], now: number) {
  const { assignment } = await requireStudentAssignment(db, userId, assignmentId);
  const attempt = await openAttemptOf(db, userId, assignment, attemptId, now);
  const questions = await questionsOf(db, assignment);
  const question = questions.find((q) => q.key === questionKey && attempt.questionOrder.includes(q.key));
  if (!question) throw new NotFound(`This assignment has no question "${questionKey}".`);
  const unique = [...new Set(choiceIds)];
  const practice = assignment.mode === "practice";
  // In an exam an empty answer clears the question; in practice there is nothing to check.
  if (practice && unique.length === 0) throw new Invalid("Choose an answer first.", { choiceIds: ["Choose an answer."] });
  const correct = unique.length > 0 && gradeChoices(question, unique);
  const saved = await saveAssignmentAnswer(db, { attemptId, questionKey, choiceIds: unique, correct, answeredAt: now }, practice);
  if (!saved) {
    const answered = (await answersOfAttempt(db, attemptId)).some((a) => a.questionKey === questionKey);
    throw new Conflict(answered && practice ? "You already answered this question; its feedback is shown." : "This attempt has been submitted; answers can no longer change.");
  }
  if (!practice) return { saved: true, questionKey, deadline: effectiveDeadline(assignment, attempt), serverNow: now };

  await updateCards(db, userId, attemptId, [{ question, choiceIds: unique, correct }], now);
  const answeredKeys = new Set((await answersOfAttempt(db, attemptId)).map((a) => a.questionKey));
  const finished = questions.every((q) => answeredKeys.has(q.key));
  if (finished) await closeAttempt(db, assignment, attempt, questions, now, false);
  return { saved: true, questionKey, correct, ...questionFeedback(question), finished, answered: answeredKeys.size, total: questions.length };
}

export async function submitAttempt(db: Database, userId: string, assignmentId: string, attemptId: string, now: number) {
  const { assignment } = await requireStudentAssignment(db, userId, assignmentId);
  const attempt = await attemptOfStudent(db, userId, assignmentId, attemptId);
  if (!attempt) throw new NotFound("No such attempt.");
  const questions = await questionsOf(db, assignment);
  await closeAttempt(db, assignment, attempt, questions, now, isPastDeadline(assignment, attempt, now));
  const closed = (await attemptOfStudent(db, userId, assignmentId, attemptId))!;
  return attemptResult(db, assignment, closed, questions, now, "student");
}

/** One attempt for its student: still open (resume), or its result with feedback as the instructor allows. */
export async function studentAttempt(db: Database, userId: string, assignmentId: string, attemptId: string, now: number) {
  const { assignment } = await requireStudentAssignment(db, userId, assignmentId);
  let attempt = await attemptOfStudent(db, userId, assignmentId, attemptId);
  if (!attempt) throw new NotFound("No such attempt.");
  if (await closeExpiredAttempts(db, assignment, [attempt], now)) attempt = (await attemptOfStudent(db, userId, assignmentId, attemptId))!;
  if (attempt.status === "in_progress") return { status: "in_progress" as const, attempt: await attemptView(db, assignment, attempt, now) };
  return { status: "submitted" as const, result: await attemptResult(db, assignment, attempt, await questionsOf(db, assignment), now, "student") };
}
