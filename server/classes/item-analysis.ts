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
  /** Total right in the counted attempt: what the upper and lower groups are ranked by. */
  score: number;
  answers: Record<string, { choiceIds: string[]; correct: boolean } | undefined>;
}

const GROUP_SHARE = 0.27;
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
  return questions.map((question) => {
    const optionCounts = Object.fromEntries(question.choices.map((c) => [c.id, 0]));
    let correct = 0;
    let unanswered = 0;
    for (const response of responses) {
      const answer = response.answers[question.key];
      if (!answer || answer.choiceIds.length === 0) unanswered += 1;
      for (const id of answer?.choiceIds ?? []) if (id in optionCounts) optionCounts[id] += 1;
      if (answer?.correct) correct += 1;
    }
    const shareCorrect = responses.length ? correct / responses.length : null;
    const upperCorrect = rightIn(upper, question.key);
    const lowerCorrect = rightIn(lower, question.key);
    const discrimination = groupSize ? (upperCorrect - lowerCorrect) / groupSize : null;
    const flags: ItemFlag[] = [];
    if (responses.length >= FLAG_MIN_RESPONSES) {
      if (shareCorrect !== null && shareCorrect < RARELY_CORRECT_BELOW) flags.push("rarely_correct");
      if (discrimination !== null && discrimination < 0) flags.push("negative_discrimination");
    }
    return { key: question.key, responses: responses.length, correct, shareCorrect, optionCounts, unanswered, discrimination, groupSize, upperCorrect, lowerCorrect, flags };
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
    facts: areaStats(questions, responses, (q) => q.factIds).filter((a) => a.share < 1).slice(0, limit),
    models: areaStats(questions, responses, (q) => (q.model ? [q.model] : [])),
  };
}
