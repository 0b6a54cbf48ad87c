import type { ItemFlag, ItemStats, WeakArea } from "@/server/classes/types";

/**
 * Classical item analysis over each student's counted attempt: share correct, how often each option
 * was chosen, and the upper-lower discrimination index (Kelley's 27% groups by total score).
 */

export interface AnalysedQuestion {
  key: string;
  choices: { id: string; correct: boolean }[];
  factIds: string[];
  model: string | null;
}

export interface StudentResponse {
  studentId: string;
  /** The counted attempt's score (credit, partial included): what the upper and lower groups are ranked by. */
  score: number;
  /** credit: 0–1 (partial credit on imported questions); without it a right answer earns 1. */
  answers: Record<string, { choiceIds: string[]; correct: boolean; credit?: number } | undefined>;
}

const GROUP_SHARE = 0.27;
const creditOf = (answer: StudentResponse["answers"][string]) => (answer ? (answer.credit ?? (answer.correct ? 1 : 0)) : 0);
const round = (value: number) => Math.round(value * 10_000) / 10_000;
/** Flags need a few responses: one student's slip says nothing about the wording. */
const FLAG_MIN_RESPONSES = 3;
const RARELY_CORRECT_BELOW = 0.3;

/** Best first; equal scores in a fixed order so the groups are reproducible. */
function ranked(responses: StudentResponse[]) {
  return [...responses].sort((a, b) => b.score - a.score || a.studentId.localeCompare(b.studentId));
}

function groupSizeFor(count: number) {
  return count < 2 ? 0 : Math.max(1, Math.round(GROUP_SHARE * count));
}

export function itemAnalysis(questions: AnalysedQuestion[], responses: StudentResponse[]): ItemStats[] {
  const order = ranked(responses);
  const groupSize = groupSizeFor(order.length);
  const upper = order.slice(0, groupSize);
  const lower = order.slice(order.length - groupSize);
  const rightIn = (group: StudentResponse[], key: string) => group.filter((r) => r.answers[key]?.correct).length;
  const creditIn = (group: StudentResponse[], key: string) => group.reduce((sum, r) => sum + creditOf(r.answers[key]), 0);
  return questions.map((question) => {
    const optionCounts = Object.fromEntries(question.choices.map((c) => [c.id, 0]));
    let correct = 0;
    let partlyCorrect = 0;
    let credit = 0;
    let unanswered = 0;
    for (const response of responses) {
      const answer = response.answers[question.key];
      if (!answer || answer.choiceIds.length === 0) unanswered += 1;
      for (const id of answer?.choiceIds ?? []) if (id in optionCounts) optionCounts[id] += 1;
      if (answer?.correct) correct += 1;
      const earned = creditOf(answer);
      if (earned > 0 && earned < 1) partlyCorrect += 1;
      credit += earned;
    }
    const shareCorrect = responses.length ? correct / responses.length : null;
    const upperCorrect = rightIn(upper, question.key);
    const lowerCorrect = rightIn(lower, question.key);
    // By credit, so a half-right answer counts half; for all-or-nothing questions this is (upper − lower right) / size.
    const discrimination = groupSize ? round((creditIn(upper, question.key) - creditIn(lower, question.key)) / groupSize) : null;
    const flags: ItemFlag[] = [];
    if (responses.length >= FLAG_MIN_RESPONSES) {
      if (shareCorrect !== null && shareCorrect < RARELY_CORRECT_BELOW) flags.push("rarely_correct");
      if (discrimination !== null && discrimination < 0) flags.push("negative_discrimination");
    }
    const averageCredit = responses.length ? round(credit / responses.length) : null;
    return {
      key: question.key,
      responses: responses.length,
      correct,
      partlyCorrect,
      shareCorrect,
      averageCredit,
      optionCounts,
      unanswered,
      discrimination,
      groupSize,
      upperCorrect,
      lowerCorrect,
      flags,
    };
  });
}

function areaStats(questions: AnalysedQuestion[], responses: StudentResponse[], keysOf: (q: AnalysedQuestion) => string[]): WeakArea[] {
  const areas = new Map<string, { correct: number; total: number }>();
  for (const question of questions) {
    for (const id of keysOf(question)) {
      const area = areas.get(id) ?? { correct: 0, total: 0 };
      for (const response of responses) {
        area.total += 1;
        if (response.answers[question.key]?.correct) area.correct += 1;
      }
      areas.set(id, area);
    }
  }
  return [...areas.entries()]
    .filter(([, a]) => a.total > 0)
    .map(([id, a]) => ({ id, ...a, share: a.correct / a.total }))
    .sort((a, b) => a.share - b.share || b.total - a.total || a.id.localeCompare(b.id));
}

/** The class's weakest facts and models, weakest first (every answer to a question counts for its facts and model). */
export function weakestAreas(questions: AnalysedQuestion[], responses: StudentResponse[], limit = 5) {
  return {
    facts: areaStats(questions, responses, (q) => q.factIds)
      .filter((a) => a.share < 1)
      .slice(0, limit),
    models: areaStats(questions, responses, (q) => (q.model ? [q.model] : [])),
  };
}
