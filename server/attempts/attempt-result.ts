import type { Database } from "@/db";
import type { AssignmentRow } from "@/db/queries/assignments";
import { answersOfAttempt, type AssignmentAttemptRow } from "@/db/queries/assignment-attempts";
import { answeredQuestionView, type AssignedQuestion } from "@/server/classes/assignment-questions";
import { answerCredit, attemptScore, timeSpentMs } from "@/server/classes/assignment-status";
import { DEADLINE_GRACE_MS, tally } from "@/server/attempts/engine";

import type { AttemptResultView } from "@/server/attempts/types";

/**
 * When a student may see right answers and explanations: at once in practice mode; in exam mode on
 * submission or after the due date, as the instructor chose. Instructors always may.
 */
export function feedbackOpensAt(assignment: AssignmentRow): number | null {
  if (assignment.mode === "practice" || assignment.feedbackTiming === "on_submit") return null;
  return assignment.dueAt + DEADLINE_GRACE_MS;
}

/** A submitted attempt's score, and (when allowed) every question with the answer given and the right one. */
export async function attemptResult(
  db: Database,
  assignment: AssignmentRow,
  attempt: AssignmentAttemptRow,
  questions: AssignedQuestion[],
  now: number,
  viewer: "student" | "instructor",
): Promise<AttemptResultView> {
  const answers = new Map((await answersOfAttempt(db, attempt.id)).map((a) => [a.questionKey, a]));
  const opensAt = feedbackOpensAt(assignment);
  const feedbackVisible = viewer === "instructor" || opensAt === null || now >= opensAt;
  const byKey = new Map(questions.map((q) => [q.key, q]));
  const ordered = attempt.questionOrder.flatMap((key) => (byKey.has(key) ? [byKey.get(key)!] : []));
  const graded = ordered.map((question) => {
    const answer = answers.get(question.key);
    return { question, choiceIds: answer?.choiceIds ?? [], correct: answer?.correct ?? false, credit: answerCredit(answer) };
  });
  const correctCount = attempt.correctCount ?? graded.filter((g) => g.correct).length;
  const score = attempt.status === "submitted" ? attemptScore(attempt) : graded.reduce((sum, g) => sum + g.credit, 0);
  const total = ordered.length;
  return {
    attemptId: attempt.id,
    attemptNumber: attempt.attemptNumber,
    userId: attempt.userId,
    status: attempt.status,
    startedAt: attempt.startedAt,
    submittedAt: attempt.submittedAt,
    late: attempt.late,
    autoSubmitted: attempt.autoSubmitted,
    timeSpentMs: timeSpentMs(assignment, attempt, now),
    correctCount,
    score,
    total,
    percent: total === 0 ? 0 : Math.round((score / total) * 100),
    feedbackVisible,
    feedbackOpensAt: feedbackVisible ? null : opensAt,
    byModel: feedbackVisible ? tally(graded, (g) => g.question.model) : {},
    questions: feedbackVisible
      ? graded.map(({ question, choiceIds, correct, credit }, index) => ({
          ...answeredQuestionView(question),
          number: index + 1,
          yourChoiceIds: choiceIds,
          correct,
          credit,
        }))
      : [],
  };
}
