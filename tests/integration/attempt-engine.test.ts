import { randomUUID } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db";
import { cards, reviewLog } from "@/db/schema";
import { attemptOfUser } from "@/db/queries/exams";
import { createUser } from "@/db/queries/users";
import { answerQuestion, questionsOf, startAttempt, studentAttempt, submitAttempt } from "@/server/attempts/assignment-attempts";
import { createAssignment, requireInstructorAssignment } from "@/server/classes/assignments";
import { createClass, joinClass } from "@/server/classes/classes";
import { saveExamAnswer, startExam, submitExam, examView } from "@/server/exams/exams";
import { bank } from "@/questions/bank";
import { bankItems, generateItem } from "@/questions/generator";
import { practiceItemsForQuestion } from "@/questions/practice";
import type { Question } from "@/questions/types";

const T0 = Date.UTC(2026, 10, 23, 9, 0);
const MINUTE = 60_000;
const [AGAIN, HARD, GOOD] = [1, 2, 3];

const person = (role: "student" | "instructor") =>
  createUser(getDb(), { email: `${role}-${randomUUID()}@example.com`, name: role, passwordHash: "x", role });

/** Four scenario items about four different facts, so each card is exercised by one question only. */
function distinctFactItems(count: number) {
  const seen = new Set<string>();
  return bankItems(bank)
    .filter((item) => item.id.startsWith("scenario-owner:"))
    .filter((item) => {
      const fact = item.id.split(":")[1].replace(/\/\d+$/, "");
      if (seen.has(fact)) return false;
      seen.add(fact);
      return true;
    })
    .slice(0, count)
    .map((item) => item.id);
}

/** The log rows an attempt wrote for a question's cards, with each card's due date. */
async function fedCards(userId: string, question: Question, attemptId: string) {
  return Promise.all(
    practiceItemsForQuestion(question).map(async (itemId) => {
      const [card] = await getDb()
        .select()
        .from(cards)
        .where(and(eq(cards.userId, userId), eq(cards.itemId, itemId)));
      const logs = await getDb()
        .select()
        .from(reviewLog)
        .where(and(eq(reviewLog.cardId, card.id), eq(reviewLog.originId, attemptId)));
      return { due: card.due, ratings: logs.map((l) => l.rating) };
    }),
  );
}

describe("one attempt engine: the same feed-to-practice policy for exam-mode assignments and mock exams", () => {
  it("an exam-mode assignment keeps flags across a reload, then feeds right → Good, unsure → Hard, wrong and unanswered → Again, due now", async () => {
    const instructor = await person("instructor");
    const student = await person("student");
    const klass = await createClass(getDb(), instructor.id, "Engine", T0);
    await joinClass(getDb(), student.id, "10.1.2.3", klass.joinCode, T0);
    const { id } = await createAssignment(
      getDb(),
      instructor.id,
      klass.id,
      {
        title: "Timed",
        mode: "exam",
        timeLimitMinutes: 20,
        dueAt: T0 + 60 * MINUTE,
        selection: { questionIds: distinctFactItems(4), seed: "fixed" },
      },
      T0,
    );
    const { assignment } = await requireInstructorAssignment(getDb(), instructor.id, id);
    const questions = new Map((await questionsOf(getDb(), assignment)).map((q) => [q.key, q]));
    const right = (key: string) =>
      questions
        .get(key)!
        .choices.filter((c) => c.correct)
        .map((c) => c.id);
    const wrong = (key: string) => [questions.get(key)!.choices.find((c) => !c.correct)!.id];

    const { attempt } = await startAttempt(getDb(), student.id, id, T0);
    await answerQuestion(getDb(), student.id, id, attempt.attemptId, "q1", right("q1"), T0 + MINUTE);
    await answerQuestion(getDb(), student.id, id, attempt.attemptId, "q2", right("q2"), T0 + MINUTE, true);
    await answerQuestion(getDb(), student.id, id, attempt.attemptId, "q3", wrong("q3"), T0 + MINUTE);
    const resumed = await studentAttempt(getDb(), student.id, id, attempt.attemptId, T0 + 2 * MINUTE);
    expect(resumed.status === "in_progress" && resumed.attempt.answers).toMatchObject({
      q1: { flagged: false },
      q2: { flagged: true },
      q3: { flagged: false },
    });

    const submittedAt = T0 + 5 * MINUTE;
    const result = await submitAttempt(getDb(), student.id, id, attempt.attemptId, submittedAt);
    expect(result.correctCount).toBe(2);
    const expected: Record<string, number> = { q1: GOOD, q2: HARD, q3: AGAIN, q4: AGAIN };
    for (const [key, rating] of Object.entries(expected)) {
      for (const card of await fedCards(student.id, questions.get(key)!.bankQuestion!, attempt.attemptId)) {
        expect(card.ratings, key).toEqual([rating]);
        if (rating === GOOD) expect(card.due, key).toBeGreaterThan(submittedAt);
        else expect(card.due, key).toBeLessThanOrEqual(submittedAt);
      }
    }
  });

  it("a mock exam feeds by the same policy: a right answer is recorded as Good too, a flagged one as Hard", async () => {
    const user = await person("student");
    const exam = await startExam(getDb(), user.id, { blueprint: "custom", options: { count: 5, minutes: 30 } }, T0);
    const row = await attemptOfUser(getDb(), user.id, exam.attemptId);
    const question = (key: string) => generateItem(bank, row!.itemIds[Number(key.slice(1)) - 1], row!.seed)!;
    const right = (key: string) =>
      question(key)
        .choices.filter((c) => c.correct)
        .map((c) => c.id);
    await saveExamAnswer(getDb(), user.id, exam.attemptId, "q1", { choiceIds: right("q1") }, T0 + MINUTE);
    await saveExamAnswer(getDb(), user.id, exam.attemptId, "q2", { choiceIds: right("q2"), flagged: true }, T0 + MINUTE);
    await submitExam(getDb(), user.id, exam.attemptId, T0 + 5 * MINUTE);
    expect((await fedCards(user.id, question("q1"), exam.attemptId)).some((card) => card.ratings.includes(GOOD))).toBe(true);
    expect((await fedCards(user.id, question("q2"), exam.attemptId)).some((card) => card.ratings.includes(HARD))).toBe(true);
    expect((await examView(getDb(), user.id, exam.attemptId, T0 + 6 * MINUTE)).status).toBe("submitted");
  });

  it("feeds a whole submission in one go: two questions on one fact review its card twice, in order, and two submits at once record each review once", async () => {
    const instructor = await person("instructor");
    const student = await person("student");
    const klass = await createClass(getDb(), instructor.id, "Engine twice", T0);
    await joinClass(getDb(), student.id, "10.1.2.4", klass.joinCode, T0);
    // Two authored scenarios of one fact: both questions land on that fact's one card.
    const twoScenarios = bankItems(bank).find((item) => item.id.startsWith("scenario-owner:") && item.id.endsWith("/2"))!.id;
    const itemIds = [
      twoScenarios.replace(/\/2$/, ""),
      twoScenarios,
      ...distinctFactItems(3).filter((id) => !id.startsWith(twoScenarios.replace(/\/2$/, ""))),
    ];
    const { id } = await createAssignment(
      getDb(),
      instructor.id,
      klass.id,
      {
        title: "Same fact twice",
        mode: "exam",
        timeLimitMinutes: 20,
        dueAt: T0 + 60 * MINUTE,
        selection: { questionIds: itemIds, seed: "fixed" },
      },
      T0,
    );
    const { assignment } = await requireInstructorAssignment(getDb(), instructor.id, id);
    const questions = new Map((await questionsOf(getDb(), assignment)).map((q) => [q.key, q]));
    const { attempt } = await startAttempt(getDb(), student.id, id, T0);
    await answerQuestion(
      getDb(),
      student.id,
      id,
      attempt.attemptId,
      "q1",
      questions
        .get("q1")!
        .choices.filter((c) => c.correct)
        .map((c) => c.id),
      T0 + MINUTE,
    );

    const submittedAt = T0 + 5 * MINUTE;
    const [first, second] = await Promise.all([
      submitAttempt(getDb(), student.id, id, attempt.attemptId, submittedAt),
      submitAttempt(getDb(), student.id, id, attempt.attemptId, submittedAt),
    ]);
    expect(second.correctCount).toBe(first.correctCount);

    const [card] = await getDb()
      .select()
      .from(cards)
      .where(and(eq(cards.userId, student.id), eq(cards.itemId, practiceItemsForQuestion(questions.get("q1")!.bankQuestion!)[0])));
    const logs = await getDb()
      .select()
      .from(reviewLog)
      .where(and(eq(reviewLog.cardId, card.id), eq(reviewLog.originId, attempt.attemptId)));
    expect(logs.map((log) => log.rating).sort()).toEqual([AGAIN, GOOD]);
    expect(card.reps).toBe(2);
    // The second review starts from the card the first one left, so undo stays exact.
    const byVersion = logs.map((log) => log.cardBefore as { version: number }).sort((a, b) => a.version - b.version);
    expect(byVersion.map((before) => before.version)).toEqual([0, 1]);
    const allLogs = await getDb().select().from(reviewLog).where(eq(reviewLog.originId, attempt.attemptId));
    expect(new Set(allLogs.map((log) => log.id)).size).toBe(allLogs.length);
    expect(allLogs.length).toBe([...questions.values()].reduce((sum, q) => sum + practiceItemsForQuestion(q.bankQuestion!).length, 0));
  });
});
