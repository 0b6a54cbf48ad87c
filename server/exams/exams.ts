import { randomBytes, randomUUID } from "node:crypto";
import { bank } from "@/questions/bank";
import { selectExamItems } from "@/questions/exam-selection";
import { publicQuestion, type Question } from "@/questions/types";
import type { Database } from "@/db";
import {
  answersOf,
  attemptOfUser,
  finaliseAttempt,
  insertAttempt,
  lastAttemptItems,
  saveAnswer,
  type ExamAttemptRow,
} from "@/db/queries/exams";
import { Conflict, Invalid, NotFound } from "@/server/errors";
import { fixedQuestion } from "@/server/attempts/fixed-questions";
import { feedToPractice, finishedAt, gradeAnswer, isPastDeadline } from "@/server/attempts/engine";
import { BLUEPRINTS, scaledPassMark, type StartExamInput } from "@/server/exams/input";
import { scoreReport, type GradedQuestion } from "@/server/exams/report";
import type { RunningExam } from "@/server/exams/types";

const questionKey = (index: number) => `q${index + 1}`;

function attemptQuestions(attempt: ExamAttemptRow): { key: string; question: Question }[] {
  return attempt.itemIds.flatMap((itemId, index) => {
    const question = fixedQuestion(itemId, attempt.seed);
    return question ? [{ key: questionKey(index), question }] : [];
  });
}

/** One question of an attempt by its key (q1 is the first item), without building the others. */
function attemptQuestion(attempt: ExamAttemptRow, key: string): Question | null {
  const index = /^q([1-9]\d*)$/.exec(key) ? Number(key.slice(1)) - 1 : -1;
  const itemId = attempt.itemIds[index];
  return itemId === undefined ? null : fixedQuestion(itemId, attempt.seed);
}

export async function startExam(db: Database, userId: string, input: StartExamInput, now: number) {
  const blueprint = BLUEPRINTS[input.blueprint];
  const custom = input.blueprint === "custom";
  const count = custom ? (input.options?.count ?? blueprint.count) : blueprint.count;
  const minutes = custom ? (input.options?.minutes ?? blueprint.minutes) : blueprint.minutes;
  const passScaled = custom && input.options?.passMark !== undefined ? scaledPassMark(input.options.passMark) : blueprint.passScaled;
  const seed = randomBytes(8).toString("base64url");
  const avoid = new Set(await lastAttemptItems(db, userId));
  const itemIds = selectExamItems(bank, {
    seed,
    count,
    avoid,
    ...(custom ? { models: input.options?.models, services: input.options?.services, topics: input.options?.topics } : {}),
  });
  if (itemIds.length < count) {
    throw new Invalid(`Only ${itemIds.length} questions match these choices. Ask for ${itemIds.length} or fewer, or widen the filters.`, {
      "options.count": [`At most ${itemIds.length} with these filters.`],
    });
  }
  const attempt = await insertAttempt(db, {
    id: randomUUID(),
    userId,
    blueprint: input.blueprint,
    title: blueprint.title,
    options: { count, minutes, ...(custom ? input.options : {}) },
    seed,
    bankVersion: bank.version,
    itemIds,
    passMarkScaled: passScaled,
    startedAt: now,
    deadline: now + minutes * 60_000,
  });
  return inProgressView(attempt, [], now);
}

function inProgressView(attempt: ExamAttemptRow, answers: Awaited<ReturnType<typeof answersOf>>, now: number): RunningExam {
  return {
    attemptId: attempt.id,
    title: attempt.title,
    status: attempt.status,
    startedAt: attempt.startedAt,
    deadline: attempt.deadline,
    serverNow: now,
    passMarkScaled: attempt.passMarkScaled,
    questions: attemptQuestions(attempt).map(({ key, question }) => ({ ...publicQuestion(question), id: key })),
    answers: Object.fromEntries(answers.map((a) => [a.questionId, { choiceIds: a.choiceIds, flagged: a.flagged }])),
  };
}

/** Reads an attempt; one left open past its deadline is submitted now with what was saved. */
export async function examView(db: Database, userId: string, attemptId: string, now: number) {
  const attempt = await attemptOfUser(db, userId, attemptId);
  if (!attempt) throw new NotFound("No such exam attempt.");
  if (attempt.status === "in_progress" && isPastDeadline(attempt.deadline, now)) {
    return { status: "submitted" as const, report: await submitExam(db, userId, attemptId, now, true) };
  }
  if (attempt.status === "submitted") return { status: "submitted" as const, report: await buildReport(db, userId, attempt) };
  return { status: "in_progress" as const, attempt: inProgressView(attempt, await answersOf(db, attempt.id), now) };
}

export async function saveExamAnswer(
  db: Database,
  userId: string,
  attemptId: string,
  questionId: string,
  answer: { choiceIds: string[]; flagged?: boolean },
  now: number,
) {
  const attempt = await attemptOfUser(db, userId, attemptId);
  if (!attempt) throw new NotFound("No such exam attempt.");
  if (attempt.status === "submitted") throw new Conflict("This exam has been submitted; answers can no longer change.");
  if (isPastDeadline(attempt.deadline, now)) {
    await submitExam(db, userId, attemptId, now, true);
    throw new Conflict("Time is up: the exam was submitted with the answers saved before the deadline.");
  }
  const question = attemptQuestion(attempt, questionId);
  if (!question) throw new NotFound(`This exam has no question "${questionId}".`);
  gradeAnswer(question, answer.choiceIds); // refuses choice ids the question does not have
  await saveAnswer(db, attemptId, questionId, [...new Set(answer.choiceIds)], answer.flagged, now);
  return { saved: true, questionId, deadline: attempt.deadline, serverNow: now };
}

async function gradedQuestions(db: Database, attempt: ExamAttemptRow): Promise<GradedQuestion[]> {
  const answers = new Map((await answersOf(db, attempt.id)).map((a) => [a.questionId, a]));
  return attemptQuestions(attempt).map(({ key, question }) => {
    const answer = answers.get(key);
    const choiceIds = answer?.choiceIds ?? [];
    return { key, question, choiceIds, flagged: answer?.flagged ?? false, correct: gradeAnswer(question, choiceIds) };
  });
}

/** Submits (idempotently: a second submit returns the same result) and returns the report. */
export async function submitExam(db: Database, userId: string, attemptId: string, now: number, auto = false) {
  const attempt = await attemptOfUser(db, userId, attemptId);
  if (!attempt) throw new NotFound("No such exam attempt.");
  if (attempt.status === "in_progress") {
    const finished = finishedAt(attempt.deadline, now);
    const graded = await gradedQuestions(db, attempt);
    const report = scoreReport(attempt, graded, finished);
    await feedToPractice(db, userId, { origin: "exam", attemptId: attempt.id, seed: attempt.seed }, graded, now);
    await finaliseAttempt(
      db,
      attempt.id,
      {
        correctCount: report.correctCount,
        scaledScore: report.scaledScore,
        passed: report.passed,
        breakdown: { byModel: report.byModel, byService: report.byService, byTopic: report.byTopic, finishedAt: finished },
        correctness: graded.map((g) => ({ questionId: g.key, correct: g.correct })),
      },
      finished,
      auto || now > attempt.deadline,
    );
  }
  const fresh = await attemptOfUser(db, userId, attemptId);
  return buildReport(db, userId, fresh!);
}

async function buildReport(db: Database, _userId: string, attempt: ExamAttemptRow) {
  const graded = await gradedQuestions(db, attempt);
  return scoreReport(attempt, graded, attempt.submittedAt ?? Date.now());
}
