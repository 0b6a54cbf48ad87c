import { bank } from "../questions/bank";
import { selectExamItems } from "../questions/exam-selection";
import { generateItem } from "../questions/generator";
import { createRandom } from "../questions/random";
import type { Database } from "./index";
import { examAnswers, examAttempts } from "./schema";

const DAY = 86_400_000;

/** Three submitted 20-question custom exams, each a little better, so the exam trend has a line. */
const DEMO_EXAMS = [
  { daysAgo: 40, rightShare: 0.55 },
  { daysAgo: 21, rightShare: 0.7 },
  { daysAgo: 4, rightShare: 0.8 },
];

type Area = { correct: number; total: number; percent: number };

function tally(entries: { key: string; correct: boolean }[]) {
  const areas: Record<string, Area> = {};
  for (const { key, correct } of entries) {
    const area = (areas[key] ??= { correct: 0, total: 0, percent: 0 });
    area.total += 1;
    if (correct) area.correct += 1;
  }
  for (const area of Object.values(areas)) area.percent = Math.round((area.correct / area.total) * 100);
  return areas;
}

/**
 * Real attempts: the questions come from the generator with the attempt's seed and the answers are
 * real choice ids, so each report page regrades to the score stored here (as server/exams/exams.ts does).
 */
export async function seedDemoExams(db: Database, userId: string, now: number) {
  for (const [index, exam] of DEMO_EXAMS.entries()) {
    const seed = `demo-exam-${index + 1}`;
    const random = createRandom(seed, "answers");
    const startedAt = now - exam.daysAgo * DAY;
    const itemIds = selectExamItems(bank, { seed, count: 20 });
    const rightOnes = new Set(random.shuffle(itemIds.map((_, i) => i)).slice(0, Math.round(exam.rightShare * itemIds.length)));
    const graded = itemIds.flatMap((itemId, i) => {
      const question = generateItem(bank, itemId, seed);
      if (!question) return [];
      const right = rightOnes.has(i);
      const correctIds = question.choices.filter((c) => c.correct).map((c) => c.id);
      const wrongId = question.choices.find((c) => !c.correct)?.id;
      const choiceIds = right || !wrongId ? correctIds : [wrongId];
      return [{ key: `q${i + 1}`, question, choiceIds, correct: right || !wrongId }];
    });
    const correctCount = graded.filter((g) => g.correct).length;
    const scaledScore = Math.round(100 + (900 * correctCount) / graded.length);
    const finishedAt = startedAt + 24 * 60_000;
    const attemptId = crypto.randomUUID();
    await db.insert(examAttempts).values({
      id: attemptId,
      userId,
      blueprint: "custom",
      title: "Custom exam",
      options: { count: 20, minutes: 30 },
      seed,
      bankVersion: bank.version,
      itemIds,
      passMarkScaled: 700,
      startedAt,
      deadline: startedAt + 30 * 60_000,
      status: "submitted",
      submittedAt: finishedAt,
      correctCount,
      scaledScore,
      passed: scaledScore >= 700,
      breakdown: {
        byModel: tally(graded.map((g) => ({ key: g.question.model, correct: g.correct }))),
        byService: tally(graded.map((g) => ({ key: g.question.service, correct: g.correct }))),
        byTopic: tally(graded.map((g) => ({ key: g.question.topic, correct: g.correct }))),
        finishedAt,
      },
    });
    await db.insert(examAnswers).values(
      graded.map((g) => ({
        attemptId,
        questionId: g.key,
        choiceIds: g.choiceIds,
        flagged: false,
        correct: g.correct,
        updatedAt: finishedAt,
      })),
    );
  }
}
