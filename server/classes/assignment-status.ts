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

/** The attempt that counts: the best submitted score, the earlier one on a tie (as Canvas's "keep highest"). */
export function scoredAttempt<T extends Pick<AssignmentAttemptRow, "status" | "correctCount" | "submittedAt">>(attempts: T[]): T | null {
  let best: T | null = null;
  for (const attempt of attempts) {
    if (attempt.status !== "submitted") continue;
    if (!best || (attempt.correctCount ?? 0) > (best.correctCount ?? 0) || ((attempt.correctCount ?? 0) === (best.correctCount ?? 0) && (attempt.submittedAt ?? 0) < (best.submittedAt ?? 0))) {
      best = attempt;
    }
  }
  return best;
}

/** A student's standing on one assignment; expired open attempts must already have been closed. */
export function studentStatus(assignment: Timing, attempts: Pick<AssignmentAttemptRow, "status" | "correctCount" | "submittedAt" | "late">[], now: number): StudentStatus {
  const scored = scoredAttempt(attempts);
  if (scored) return scored.late ? "late" : "submitted";
  if (attempts.some((a) => a.status === "in_progress")) return "in_progress";
  return isPastDeadline(assignment.dueAt, now) ? "missing" : "not_started";
}

export function timeSpentMs(assignment: Timing, attempt: Pick<AssignmentAttemptRow, "startedAt" | "submittedAt" | "deadline">, now: number) {
  const end = attempt.submittedAt ?? now;
  const deadline = effectiveDeadline(assignment, attempt);
  return Math.max(0, Math.min(end, deadline ?? end) - attempt.startedAt);
}
