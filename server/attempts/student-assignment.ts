import type { Database } from "@/db";
import { attemptsOfStudent } from "@/db/queries/assignment-attempts";
import { closeExpiredAttempts, requireStudentAssignment } from "@/server/attempts/assignment-attempts";
import { attemptScore, scoredAttempt, studentStatus } from "@/server/classes/assignment-status";
import { isPastDeadline } from "@/server/attempts/engine";
import { feedbackOpensAt } from "@/server/attempts/attempt-result";
import type { StudentAssignmentOverview } from "@/server/attempts/types";

/** Why a student cannot start (another) attempt right now, or null when they can. */
function startBlocker(
  assignment: { opensAt: number; dueAt: number; latePolicy: string; attemptsAllowed: number },
  attemptsUsed: number,
  hasOpen: boolean,
  classArchived: boolean,
  now: number,
) {
  if (hasOpen) return null;
  if (classArchived) return "class_archived" as const;
  if (now < assignment.opensAt) return "not_open" as const;
  if (assignment.latePolicy === "refuse" && isPastDeadline(assignment.dueAt, now)) return "closed" as const;
  if (attemptsUsed >= assignment.attemptsAllowed) return "no_attempts_left" as const;
  return null;
}

/** The student's page for one assignment: what it is, where they stand, and what they can do next. */
export async function studentAssignmentOverview(
  db: Database,
  userId: string,
  assignmentId: string,
  now: number,
): Promise<StudentAssignmentOverview> {
  const { assignment, className, classArchivedAt, instructorName } = await requireStudentAssignment(db, userId, assignmentId);
  let attempts = await attemptsOfStudent(db, userId, assignmentId);
  if (await closeExpiredAttempts(db, assignment, attempts, now)) attempts = await attemptsOfStudent(db, userId, assignmentId);
  const open = attempts.find((a) => a.status === "in_progress") ?? null;
  const scored = scoredAttempt(attempts);
  const feedbackAt = feedbackOpensAt(assignment);
  return {
    assignment: {
      id: assignment.id,
      classId: assignment.classId,
      className,
      instructorName,
      title: assignment.title,
      instructions: assignment.instructions,
      mode: assignment.mode,
      timeLimitMinutes: assignment.timeLimitMinutes,
      feedbackTiming: assignment.feedbackTiming,
      opensAt: assignment.opensAt,
      dueAt: assignment.dueAt,
      latePolicy: assignment.latePolicy,
      attemptsAllowed: assignment.attemptsAllowed,
      questionCount: assignment.itemIds.length,
    },
    status: studentStatus(assignment, attempts, now),
    attempts: attempts.map((a) => ({
      id: a.id,
      number: a.attemptNumber,
      status: a.status,
      startedAt: a.startedAt,
      submittedAt: a.submittedAt,
      late: a.late,
      correct: a.status === "submitted" ? (a.correctCount ?? 0) : null,
      score: a.status === "submitted" ? attemptScore(a) : null,
      total: a.total,
      counted: a.id === scored?.id,
    })),
    openAttemptId: open?.id ?? null,
    startBlocker: startBlocker(assignment, attempts.length, open !== null, classArchivedAt !== null, now),
    feedbackOpensAt: feedbackAt !== null && now < feedbackAt ? feedbackAt : null,
    serverNow: now,
  };
}
