import { randomUUID } from "node:crypto";
import { createRandom } from "@/questions/random";
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
import { Conflict, Invalid, NotFound } from "@/server/errors";
import { refuseIfArchived } from "@/server/classes/classes";
import {
  assignedQuestions,
  gradeAssigned,
  publicAssignedQuestion,
  questionFeedback,
  type AssignedQuestion,
} from "@/server/classes/assignment-questions";
import { answerCredit, attemptIsClosed, effectiveDeadline } from "@/server/classes/assignment-status";
import { attemptResult } from "@/server/attempts/attempt-result";
import { feedToPractice, finishedAt, isPastDeadline, type FedAnswer } from "@/server/attempts/engine";
import type { AnswerResult, RunningAttempt, StartedAttempt, StudentAttempt } from "@/server/attempts/types";

export async function requireStudentAssignment(db: Database, userId: string, assignmentId: string) {
  const row = await assignmentForStudent(db, userId, assignmentId);
  if (!row) throw new NotFound("No such assignment in your classes.");
  return row;
}

export const questionsOf = (db: Database, assignment: AssignmentRow) =>
  assignedQuestions(db, assignment.classId, assignment.itemIds, assignment.seed);

/** The engine's feed-to-practice policy, for the bank questions of an assignment attempt. */
function updateCards(
  db: Database,
  userId: string,
  attemptId: string,
  graded: { question: AssignedQuestion; choiceIds: string[]; correct: boolean; flagged: boolean }[],
  now: number,
) {
  const answers: FedAnswer[] = graded.map(({ question, ...answer }) => ({
    ...answer,
    key: question.key,
    question: question.bankQuestion ?? null,
  }));
  return feedToPractice(db, userId, { origin: "assignment", attemptId, seed: null }, answers, now);
}

/** Closes an open attempt (idempotently) with its score; exam-mode answers reach the cards now. */
async function closeAttempt(
  db: Database,
  assignment: AssignmentRow,
  attempt: AssignmentAttemptRow,
  questions: AssignedQuestion[],
  now: number,
  auto: boolean,
) {
  if (attempt.status !== "in_progress") return;
  const finished = finishedAt(effectiveDeadline(assignment, attempt), now);
  const answers = new Map((await answersOfAttempt(db, attempt.id)).map((a) => [a.questionKey, a]));
  const graded = questions.map((question) => {
    const answer = answers.get(question.key);
    return {
      question,
      choiceIds: answer?.choiceIds ?? [],
      correct: answer?.correct ?? false,
      credit: answerCredit(answer),
      flagged: answer?.flagged ?? false,
    };
  });
  // Practice mode fed each answer as it came; exam mode feeds them all on submission.
  if (assignment.mode === "exam") await updateCards(db, attempt.userId, attempt.id, graded, now);
  await finaliseAssignmentAttempt(db, attempt.id, {
    correctCount: graded.filter((g) => g.correct).length,
    // Rounded like scoreByWeight, so 0.1 + 0.2 adds up to what a person would write.
    score: Math.round(graded.reduce((sum, g) => sum + g.credit, 0) * 10_000) / 10_000,
    submittedAt: finished,
    late: isPastDeadline(assignment.dueAt, finished),
    autoSubmitted: auto,
  });
}

/** Submits attempts whose time ran out: nothing stays "in progress" after its deadline. */
export async function closeExpiredAttempts(db: Database, assignment: AssignmentRow, attempts: AssignmentAttemptRow[], now: number) {
  const expired = attempts.filter((a) => a.status === "in_progress" && attemptIsClosed(assignment, a, now));
  if (expired.length === 0) return false;
  const questions = await questionsOf(db, assignment);
  for (const attempt of expired) await closeAttempt(db, assignment, attempt, questions, now, true);
  return true;
}

/** The same across several assignments (a gradebook, a student's list): true when any attempt was closed. */
export async function closeExpiredAttemptsOf(db: Database, assignmentRows: AssignmentRow[], attempts: AssignmentAttemptRow[], now: number) {
  let closedAny = false;
  for (const assignment of assignmentRows) {
    const own = attempts.filter((a) => a.assignmentId === assignment.id);
    if (await closeExpiredAttempts(db, assignment, own, now)) closedAny = true;
  }
  return closedAny;
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
export async function startAttempt(db: Database, userId: string, assignmentId: string, now: number): Promise<StartedAttempt> {
  const { assignment, classArchivedAt } = await requireStudentAssignment(db, userId, assignmentId);
  if (now < assignment.opensAt) throw new Conflict("This assignment is not open yet.");
  const attempts = await currentAttempts(db, userId, assignment, now);
  const open = attempts.find((a) => a.status === "in_progress");
  if (open) return { resumed: true, attempt: await attemptView(db, assignment, open, now) };
  // An attempt already under way may be finished; an archived class starts no new one.
  refuseIfArchived(classArchivedAt, "its assignments take no new attempts");
  if (assignment.latePolicy === "refuse" && isPastDeadline(assignment.dueAt, now)) {
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
async function attemptView(db: Database, assignment: AssignmentRow, attempt: AssignmentAttemptRow, now: number): Promise<RunningAttempt> {
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
    answers: Object.fromEntries(answers.map((a) => [a.questionKey, { choiceIds: a.choiceIds, flagged: a.flagged }])),
    // Practice mode shows each answer's feedback as soon as it is given, so a reload shows it too.
    feedback:
      assignment.mode === "practice"
        ? Object.fromEntries(
            answers.flatMap((a) =>
              questions.has(a.questionKey)
                ? [[a.questionKey, { correct: a.correct, credit: answerCredit(a), ...questionFeedback(questions.get(a.questionKey)!) }]]
                : [],
            ),
          )
        : {},
  };
}

async function openAttemptOf(db: Database, userId: string, assignment: AssignmentRow, attemptId: string, now: number) {
  const attempt = await attemptOfStudent(db, userId, assignment.id, attemptId);
  if (!attempt) throw new NotFound("No such attempt.");
  if (attempt.status === "submitted") throw new Conflict("This attempt has been submitted; answers can no longer change.");
  if (attemptIsClosed(assignment, attempt, now)) {
    await closeAttempt(db, assignment, attempt, await questionsOf(db, assignment), now, true);
    const reason =
      attempt.deadline !== null && attempt.deadline === effectiveDeadline(assignment, attempt)
        ? "Time is up"
        : "The due date has passed and late work is not accepted";
    throw new Conflict(`${reason}: your attempt was submitted with the answers saved before the deadline.`);
  }
  return attempt;
}

/** Exam mode saves (and may change) the answer and its flag; practice mode grades it once, feeds it to practice and returns feedback. */
export async function answerQuestion(
  db: Database,
  userId: string,
  assignmentId: string,
  attemptId: string,
  questionKey: string,
  choiceIds: string[],
  now: number,
  flagged = false,
): Promise<AnswerResult> {
  const { assignment } = await requireStudentAssignment(db, userId, assignmentId);
  const attempt = await openAttemptOf(db, userId, assignment, attemptId, now);
  const questions = await questionsOf(db, assignment);
  const question = questions.find((q) => q.key === questionKey && attempt.questionOrder.includes(q.key));
  if (!question) throw new NotFound(`This assignment has no question "${questionKey}".`);
  const unique = [...new Set(choiceIds)];
  const practice = assignment.mode === "practice";
  // In an exam an empty answer clears the question; in practice there is nothing to check.
  if (practice && unique.length === 0) throw new Invalid("Choose an answer first.", { choiceIds: ["Choose an answer."] });
  const { correct, credit } = gradeAssigned(question, unique);
  const saved = await saveAssignmentAnswer(
    db,
    { attemptId, questionKey, choiceIds: unique, correct, credit, flagged: !practice && flagged, answeredAt: now },
    practice,
  );
  if (!saved) {
    const answered = (await answersOfAttempt(db, attemptId)).some((a) => a.questionKey === questionKey);
    throw new Conflict(
      answered && practice
        ? "You already answered this question; its feedback is shown."
        : "This attempt has been submitted; answers can no longer change.",
    );
  }
  if (!practice) return { saved: true, questionKey, deadline: effectiveDeadline(assignment, attempt), serverNow: now };

  await updateCards(db, userId, attemptId, [{ question, choiceIds: unique, correct, flagged: false }], now);
  const answeredKeys = new Set((await answersOfAttempt(db, attemptId)).map((a) => a.questionKey));
  const finished = questions.every((q) => answeredKeys.has(q.key));
  if (finished) await closeAttempt(db, assignment, attempt, questions, now, false);
  return {
    saved: true,
    questionKey,
    correct,
    credit,
    ...questionFeedback(question),
    finished,
    answered: answeredKeys.size,
    total: questions.length,
  };
}

export async function submitAttempt(db: Database, userId: string, assignmentId: string, attemptId: string, now: number) {
  const { assignment } = await requireStudentAssignment(db, userId, assignmentId);
  const attempt = await attemptOfStudent(db, userId, assignmentId, attemptId);
  if (!attempt) throw new NotFound("No such attempt.");
  const questions = await questionsOf(db, assignment);
  await closeAttempt(db, assignment, attempt, questions, now, attemptIsClosed(assignment, attempt, now));
  const closed = (await attemptOfStudent(db, userId, assignmentId, attemptId))!;
  return attemptResult(db, assignment, closed, questions, now, "student");
}

/** One attempt for its student: still open (resume), or its result with feedback as the instructor allows. */
export async function studentAttempt(
  db: Database,
  userId: string,
  assignmentId: string,
  attemptId: string,
  now: number,
): Promise<StudentAttempt> {
  const { assignment } = await requireStudentAssignment(db, userId, assignmentId);
  let attempt = await attemptOfStudent(db, userId, assignmentId, attemptId);
  if (!attempt) throw new NotFound("No such attempt.");
  if (await closeExpiredAttempts(db, assignment, [attempt], now)) attempt = (await attemptOfStudent(db, userId, assignmentId, attemptId))!;
  if (attempt.status === "in_progress") return { status: "in_progress" as const, attempt: await attemptView(db, assignment, attempt, now) };
  return {
    status: "submitted" as const,
    result: await attemptResult(db, assignment, attempt, await questionsOf(db, assignment), now, "student"),
  };
}
