import type { AssignmentRow } from "@/db/queries/assignments";
import type { AssignmentAttemptRow } from "@/db/queries/assignment-attempts";
import { isPastDeadline } from "@/server/attempts/engine";
import type { StudentStatus } from "@/server/classes/types";

export type { StudentStatus };

/** The words the gradebook and results CSV files use for each status. */
export const STATUS_LABELS: Record<StudentStatus, string> = {
  not_started: "Not started",
  in_progress: "In progress",
  submitted: "Submitted",
  late: "Submitted late",
  missing: "Missing",
};

type Timing = Pick<AssignmentRow, "dueAt" | "latePolicy">;

/** When an attempt stops taking answers: its time limit, and the due date when late work is refused. */
export function effectiveDeadline(assignment: Timing, attempt: Pick<AssignmentAttemptRow, "deadline">): number | null {
  const limits = [attempt.deadline, assignment.latePolicy === "refuse" ? assignment.dueAt : null].filter((t): t is number => t !== null);
  return limits.length ? Math.min(...limits) : null;
}

/** The attempt takes no more answers (the engine's deadline rule on the attempt's effective deadline). */
export function attemptIsClosed(assignment: Timing, attempt: Pick<AssignmentAttemptRow, "deadline">, now: number) {
  return isPastDeadline(effectiveDeadline(assignment, attempt), now);
}

/** A submitted attempt's score: the sum of its credit (partial credit included); attempts from before credit count their right answers. */
export function attemptScore(attempt: Pick<AssignmentAttemptRow, "correctCount" | "score">): number {
  return attempt.score ?? attempt.correctCount ?? 0;
}

/** An answer's credit, 0–1; answers saved before credit existed earn 1 when right. */
export function answerCredit(answer: { correct: boolean; credit: number | null } | undefined): number {
  return answer ? (answer.credit ?? (answer.correct ? 1 : 0)) : 0;
}

/** The attempt that counts: the best submitted score, the earlier one on a tie (as Canvas's "keep highest"). */
export function scoredAttempt<T extends Pick<AssignmentAttemptRow, "status" | "correctCount" | "score" | "submittedAt">>(
  attempts: T[],
): T | null {
  let best: T | null = null;
  for (const attempt of attempts) {
    if (attempt.status !== "submitted") continue;
    if (
      !best ||
      attemptScore(attempt) > attemptScore(best) ||
      (attemptScore(attempt) === attemptScore(best) && (attempt.submittedAt ?? 0) < (best.submittedAt ?? 0))
    ) {
      best = attempt;
    }
  }
  return best;
}

/** A student's standing on one assignment; expired open attempts must already have been closed. */
export function studentStatus(
  assignment: Timing,
  attempts: Pick<AssignmentAttemptRow, "status" | "correctCount" | "score" | "submittedAt" | "late">[],
  now: number,
): StudentStatus {
  const scored = scoredAttempt(attempts);
  if (scored) return scored.late ? "late" : "submitted";
  if (attempts.some((a) => a.status === "in_progress")) return "in_progress";
  return isPastDeadline(assignment.dueAt, now) ? "missing" : "not_started";
}

export function timeSpentMs(
  assignment: Timing,
  attempt: Pick<AssignmentAttemptRow, "startedAt" | "submittedAt" | "deadline">,
  now: number,
) {
  const end = attempt.submittedAt ?? now;
  const deadline = effectiveDeadline(assignment, attempt);
  return Math.max(0, Math.min(end, deadline ?? end) - attempt.startedAt);
}
