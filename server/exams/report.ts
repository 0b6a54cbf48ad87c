import type { Question } from "@/questions/types";
import type { ExamAttemptRow } from "@/db/queries/exams";
import { tally } from "@/server/attempts/engine";
import type { ExamReport } from "@/server/exams/types";

export interface GradedQuestion {
  key: string;
  question: Question;
  choiceIds: string[];
  flagged: boolean;
  correct: boolean;
}

/** 100–1000 like AWS's scaled scores: 100 for none right, 1000 for all right. */
function scaledScore(correct: number, total: number) {
  return total === 0 ? 100 : Math.round(100 + (900 * correct) / total);
}

const STRONG_PERCENT = 60;

export function scoreReport(attempt: ExamAttemptRow, graded: GradedQuestion[], finishedAt: number): ExamReport {
  const correctCount = graded.filter((g) => g.correct).length;
  const score = scaledScore(correctCount, graded.length);
  const byService = tally(graded, (g) => g.question.service);
  const ranked = Object.entries(byService)
    .filter(([, area]) => area.total >= 1)
    .sort((a, b) => b[1].percent - a[1].percent || b[1].total - a[1].total);
  return {
    attemptId: attempt.id,
    title: attempt.title,
    status: "submitted",
    startedAt: attempt.startedAt,
    deadline: attempt.deadline,
    submittedAt: attempt.submittedAt ?? finishedAt,
    autoSubmitted: attempt.autoSubmitted,
    timeUsedMs: Math.max(0, Math.min(finishedAt, attempt.deadline) - attempt.startedAt),
    total: graded.length,
    correctCount,
    score,
    scaledScore: score,
    passMarkScaled: attempt.passMarkScaled,
    passed: score >= attempt.passMarkScaled,
    byModel: tally(graded, (g) => g.question.model),
    byService,
    byTopic: tally(graded, (g) => g.question.topic),
    // Strong means mostly right, weak mostly wrong; a service can't be both.
    strongest: ranked
      .filter(([, area]) => area.percent >= STRONG_PERCENT)
      .slice(0, 3)
      .map(([service, area]) => ({ service, ...area })),
    weakest: [...ranked]
      .reverse()
      .filter(([, area]) => area.percent < STRONG_PERCENT)
      .slice(0, 3)
      .map(([service, area]) => ({ service, ...area })),
    questions: graded.map(({ key, question, choiceIds, flagged, correct }) => ({
      id: key,
      kind: question.kind,
      model: question.model,
      service: question.service,
      topic: question.topic,
      prompt: question.prompt,
      selectCount: question.selectCount,
      choices: question.choices,
      yourChoiceIds: choiceIds,
      flagged,
      correct,
      explanation: question.explanation,
      citations: question.citations,
      disagreement: question.disagreement ?? null,
      links: question.links,
    })),
  };
}
