import { and, asc, eq, getTableColumns, inArray, isNull } from "drizzle-orm";
import type { Database } from "../index";
import { firstRow } from "../first-row";
import { cardIdentity } from "./cards";
import {
  assignmentAnswers,
  assignmentAttempts,
  assignments,
  cards,
  classes,
  classMembers,
  classQuestions,
  examAnswers,
  examAttempts,
  rateLimitHits,
  reviewLog,
  userSettings,
  users,
} from "../schema";

/** Every review of one learner, oldest first, with the card's item. */
export async function reviewHistoryOfUser(db: Database, userId: string) {
  return db
    .select({
      id: reviewLog.id,
      cardId: reviewLog.cardId,
      itemId: cards.itemId,
      reviewedAt: reviewLog.reviewedAt,
      rating: reviewLog.rating,
      stateBefore: reviewLog.prevState,
      stateAfter: reviewLog.newState,
      durationMs: reviewLog.durationMs,
      correct: reviewLog.correct,
      answer: reviewLog.answer,
      origin: reviewLog.origin,
      originId: reviewLog.originId,
      questionId: reviewLog.questionId,
      elapsedDays: reviewLog.elapsedDays,
      dueAfter: reviewLog.newDue,
    })
    .from(reviewLog)
    .innerJoin(cards, and(eq(cards.id, reviewLog.cardId), eq(cards.userId, userId)))
    .where(and(eq(reviewLog.userId, userId), isNull(reviewLog.revertedAt)))
    .orderBy(asc(reviewLog.reviewedAt), asc(reviewLog.id));
}

/** Every card of one learner with its schedule. */
export async function cardsOfUserForExport(db: Database, userId: string) {
  return db
    .select({
      ...cardIdentity,
      topic: cards.topic,
      state: cards.state,
      due: cards.due,
      stability: cards.stability,
      difficulty: cards.difficulty,
      reps: cards.reps,
      lapses: cards.lapses,
      lastReview: cards.lastReview,
      suspended: cards.suspended,
      flagged: cards.flagged,
      leech: cards.leech,
      buriedUntil: cards.buriedUntil,
      createdAt: cards.createdAt,
    })
    .from(cards)
    .where(eq(cards.userId, userId))
    .orderBy(asc(cards.newPosition), asc(cards.id));
}

/** One learner's mock exams with every saved answer. */
export async function examAttemptsOfUserForExport(db: Database, userId: string) {
  const attempts = await db
    .select({
      id: examAttempts.id,
      blueprint: examAttempts.blueprint,
      title: examAttempts.title,
      startedAt: examAttempts.startedAt,
      deadline: examAttempts.deadline,
      status: examAttempts.status,
      submittedAt: examAttempts.submittedAt,
      autoSubmitted: examAttempts.autoSubmitted,
      correctCount: examAttempts.correctCount,
      scaledScore: examAttempts.scaledScore,
      passMarkScaled: examAttempts.passMarkScaled,
      passed: examAttempts.passed,
      itemIds: examAttempts.itemIds,
    })
    .from(examAttempts)
    .where(eq(examAttempts.userId, userId))
    .orderBy(asc(examAttempts.startedAt));
  const answers = await db
    .select(getTableColumns(examAnswers))
    .from(examAnswers)
    .innerJoin(examAttempts, eq(examAttempts.id, examAnswers.attemptId))
    .where(eq(examAttempts.userId, userId))
    .orderBy(asc(examAnswers.attemptId), asc(examAnswers.questionId));
  return withAnswers(attempts, answers);
}

/** One student's assignment attempts (in any class, past or present) with every answer. */
export async function assignmentAttemptsOfUserForExport(db: Database, userId: string) {
  const attempts = await db
    .select({
      id: assignmentAttempts.id,
      assignmentId: assignmentAttempts.assignmentId,
      assignmentTitle: assignments.title,
      classId: assignments.classId,
      attemptNumber: assignmentAttempts.attemptNumber,
      startedAt: assignmentAttempts.startedAt,
      deadline: assignmentAttempts.deadline,
      status: assignmentAttempts.status,
      submittedAt: assignmentAttempts.submittedAt,
      late: assignmentAttempts.late,
      autoSubmitted: assignmentAttempts.autoSubmitted,
      correctCount: assignmentAttempts.correctCount,
      score: assignmentAttempts.score,
      total: assignmentAttempts.total,
    })
    .from(assignmentAttempts)
    .innerJoin(assignments, eq(assignments.id, assignmentAttempts.assignmentId))
    .where(eq(assignmentAttempts.userId, userId))
    .orderBy(asc(assignmentAttempts.startedAt));
  const answers = await db
    .select(getTableColumns(assignmentAnswers))
    .from(assignmentAnswers)
    .innerJoin(assignmentAttempts, eq(assignmentAttempts.id, assignmentAnswers.attemptId))
    .where(eq(assignmentAttempts.userId, userId))
    .orderBy(asc(assignmentAnswers.attemptId), asc(assignmentAnswers.questionKey));
  return withAnswers(attempts, answers);
}

/** Each attempt with its own answers (grouped once, in the answers' order), without the repeated attempt id. */
function withAnswers<A extends { id: string }, R extends { attemptId: string }>(attempts: A[], answers: R[]) {
  const byAttempt = new Map<string, Omit<R, "attemptId">[]>();
  for (const { attemptId, ...answer } of answers) {
    const list = byAttempt.get(attemptId) ?? [];
    list.push(answer);
    byAttempt.set(attemptId, list);
  }
  return attempts.map((attempt) => ({ ...attempt, answers: byAttempt.get(attempt.id) ?? [] }));
}

/** An instructor's account by email, to hand classes over to. */
export async function instructorByEmail(db: Database, email: string) {
  return firstRow(
    db
      .select({ id: users.id, name: users.name })
      .from(users)
      .where(and(eq(users.email, email), eq(users.role, "instructor")))
      .limit(1),
  );
}

/**
 * Deletes an account and everything keyed by it, in one transaction: reviews, cards, settings, mock
 * exams and their answers, assignment attempts and answers, class memberships, the rate-limit
 * counters named after the account, and the classes it teaches (with their assignments, questions,
 * memberships and every student's attempts) unless they are handed over to another instructor first.
 */
export async function deleteAccountData(db: Database, userId: string, options: { rateLimitKeys: string[]; handOverClassesTo?: string }) {
  return db.transaction(async (tx) => {
    let classesHandedOver = 0;
    let classesDeleted = 0;
    if (options.handOverClassesTo) {
      const moved = await tx
        .update(classes)
        .set({ instructorId: options.handOverClassesTo })
        .where(eq(classes.instructorId, userId))
        .returning({ id: classes.id });
      classesHandedOver = moved.length;
    }
    const taught = (await tx.select({ id: classes.id }).from(classes).where(eq(classes.instructorId, userId))).map((c) => c.id);
    if (taught.length) {
      const taughtAssignments = (await tx.select({ id: assignments.id }).from(assignments).where(inArray(assignments.classId, taught))).map(
        (a) => a.id,
      );
      if (taughtAssignments.length) {
        const attempts = tx
          .select({ id: assignmentAttempts.id })
          .from(assignmentAttempts)
          .where(inArray(assignmentAttempts.assignmentId, taughtAssignments));
        await tx.delete(assignmentAnswers).where(inArray(assignmentAnswers.attemptId, attempts));
        await tx.delete(assignmentAttempts).where(inArray(assignmentAttempts.assignmentId, taughtAssignments));
        await tx.delete(assignments).where(inArray(assignments.id, taughtAssignments));
      }
      await tx.delete(classQuestions).where(inArray(classQuestions.classId, taught));
      await tx.delete(classMembers).where(inArray(classMembers.classId, taught));
      classesDeleted = (await tx.delete(classes).where(eq(classes.instructorId, userId)).returning({ id: classes.id })).length;
    }
    const ownAttempts = tx.select({ id: assignmentAttempts.id }).from(assignmentAttempts).where(eq(assignmentAttempts.userId, userId));
    await tx.delete(assignmentAnswers).where(inArray(assignmentAnswers.attemptId, ownAttempts));
    await tx.delete(assignmentAttempts).where(eq(assignmentAttempts.userId, userId));
    await tx.delete(classMembers).where(eq(classMembers.userId, userId));
    const ownExams = tx.select({ id: examAttempts.id }).from(examAttempts).where(eq(examAttempts.userId, userId));
    await tx.delete(examAnswers).where(inArray(examAnswers.attemptId, ownExams));
    await tx.delete(examAttempts).where(eq(examAttempts.userId, userId));
    await tx.delete(reviewLog).where(eq(reviewLog.userId, userId));
    await tx.delete(cards).where(eq(cards.userId, userId));
    await tx.delete(userSettings).where(eq(userSettings.userId, userId));
    if (options.rateLimitKeys.length) await tx.delete(rateLimitHits).where(inArray(rateLimitHits.key, options.rateLimitKeys));
    const removed = await tx.delete(users).where(eq(users.id, userId)).returning({ id: users.id });
    return { deleted: removed.length === 1, classesHandedOver, classesDeleted };
  });
}
