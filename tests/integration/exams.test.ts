import { randomUUID } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db";
import { cards, reviewLog } from "@/db/schema";
import { createUser } from "@/db/queries/users";
import { examView, saveExamAnswer, startExam, submitExam } from "@/server/exams/exams";
import { DEADLINE_GRACE_MS } from "@/server/attempts/engine";
import { attemptOfUser } from "@/db/queries/exams";
import { generateItem } from "@/questions/generator";
import { bank } from "@/questions/bank";
import { practiceItemsForQuestion } from "@/questions/practice";

const T0 = Date.UTC(2026, 10, 23, 9, 0);
const MINUTE = 60_000;

async function learner() {
  return createUser(getDb(), { email: `exam-${randomUUID()}@example.com`, name: "Examinee", passwordHash: "x", role: "student" });
}

/** The correct choices of an attempt's question, read the way the server grades it. */
async function rightChoices(userId: string, attemptId: string, key: string) {
  const attempt = await attemptOfUser(getDb(), userId, attemptId);
  const question = generateItem(bank, attempt!.itemIds[Number(key.slice(1)) - 1], attempt!.seed)!;
  return {
    question,
    right: question.choices.filter((c) => c.correct).map((c) => c.id),
    wrong: question.choices.find((c) => !c.correct)!.id,
  };
}

describe("mock exams", () => {
  it("start with balanced questions and a deadline by the server's clock, with nothing that gives answers away", async () => {
    const user = await learner();
    const attempt = await startExam(getDb(), user.id, { blueprint: "cloud-practitioner" }, T0);
    expect(attempt.questions).toHaveLength(65);
    expect(attempt.deadline).toBe(T0 + 90 * MINUTE);
    const text = JSON.stringify(attempt);
    expect(text).not.toMatch(/"correct"|"explanation"|"citations"|"answer"/);
    const view = await examView(getDb(), user.id, attempt.attemptId, T0 + MINUTE);
    expect(view.status).toBe("in_progress");
    expect(JSON.stringify(view)).not.toMatch(/"correct"|"explanation"|"citations"/);
    const fullAttempt = await attemptOfUser(getDb(), user.id, attempt.attemptId);
    const models = new Set(fullAttempt!.itemIds.map((id) => generateItem(bank, id, "x")!.model));
    expect(models.size).toBeGreaterThanOrEqual(3);
    const kinds = new Set(attempt.questions.map((q) => q.kind));
    expect(kinds.size).toBeGreaterThanOrEqual(4);
    expect(kinds.has("flashcard")).toBe(false);
  });

  it("refuses an answer after the deadline with 409 and submits with what was saved", async () => {
    const user = await learner();
    const attempt = await startExam(getDb(), user.id, { blueprint: "custom", options: { count: 5, minutes: 5 } }, T0);
    const { right } = await rightChoices(user.id, attempt.attemptId, "q1");
    await saveExamAnswer(getDb(), user.id, attempt.attemptId, "q1", { choiceIds: right }, T0 + 4 * MINUTE);
    // Within the 5 s grace an answer still counts.
    const { right: right2 } = await rightChoices(user.id, attempt.attemptId, "q2");
    await saveExamAnswer(getDb(), user.id, attempt.attemptId, "q2", { choiceIds: right2 }, T0 + 5 * MINUTE + DEADLINE_GRACE_MS - 1);
    const late = T0 + 5 * MINUTE + DEADLINE_GRACE_MS + 1;
    await expect(
      saveExamAnswer(getDb(), user.id, attempt.attemptId, "q3", { choiceIds: [attempt.questions[2].choices[0].id] }, late),
    ).rejects.toMatchObject({ code: "conflict" });
    const view = await examView(getDb(), user.id, attempt.attemptId, late + 1000);
    expect(view.status).toBe("submitted");
    if (view.status !== "submitted") return;
    expect(view.report.correctCount).toBe(2);
    expect(view.report.autoSubmitted).toBe(true);
    expect(view.report.timeUsedMs).toBe(5 * MINUTE);
  });

  it("finalises an attempt left open the next time anything reads it", async () => {
    const user = await learner();
    const attempt = await startExam(getDb(), user.id, { blueprint: "custom", options: { count: 5, minutes: 10 } }, T0);
    const view = await examView(getDb(), user.id, attempt.attemptId, T0 + 2 * 60 * MINUTE);
    expect(view.status).toBe("submitted");
    expect((await attemptOfUser(getDb(), user.id, attempt.attemptId))!.status).toBe("submitted");
  });

  it("returns 404 for another learner's attempt, to every verb", async () => {
    const owner = await learner();
    const intruder = await learner();
    const attempt = await startExam(getDb(), owner.id, { blueprint: "custom", options: { count: 5, minutes: 10 } }, T0);
    await expect(examView(getDb(), intruder.id, attempt.attemptId, T0)).rejects.toMatchObject({ code: "not_found" });
    await expect(
      saveExamAnswer(getDb(), intruder.id, attempt.attemptId, "q1", { choiceIds: [attempt.questions[0].choices[0].id] }, T0),
    ).rejects.toMatchObject({ code: "not_found" });
    await expect(submitExam(getDb(), intruder.id, attempt.attemptId, T0)).rejects.toMatchObject({ code: "not_found" });
  });

  it("resumes after a reload with every saved answer, flag and the right remaining time", async () => {
    const user = await learner();
    const attempt = await startExam(getDb(), user.id, { blueprint: "custom", options: { count: 5, minutes: 20 } }, T0);
    const second = attempt.questions[1].choices[1].id;
    const fourth = attempt.questions[3].choices[0].id;
    await saveExamAnswer(getDb(), user.id, attempt.attemptId, "q2", { choiceIds: [second], flagged: true }, T0 + MINUTE);
    await saveExamAnswer(getDb(), user.id, attempt.attemptId, "q4", { choiceIds: [fourth] }, T0 + 2 * MINUTE);
    const view = await examView(getDb(), user.id, attempt.attemptId, T0 + 3 * MINUTE);
    if (view.status !== "in_progress") throw new Error("expected in progress");
    expect(view.attempt.answers).toEqual({ q2: { choiceIds: [second], flagged: true }, q4: { choiceIds: [fourth], flagged: false } });
    expect(view.attempt.deadline - view.attempt.serverNow).toBe(17 * MINUTE);
    expect(view.attempt.questions.map((q) => q.prompt)).toEqual(attempt.questions.map((q) => q.prompt));
  });

  it("scores, reports by model, service and topic, submits idempotently, and sends misses to practice", async () => {
    const user = await learner();
    const attempt = await startExam(getDb(), user.id, { blueprint: "custom", options: { count: 6, minutes: 30, passMark: 50 } }, T0);
    const q1 = await rightChoices(user.id, attempt.attemptId, "q1");
    const q2 = await rightChoices(user.id, attempt.attemptId, "q2");
    const q3 = await rightChoices(user.id, attempt.attemptId, "q3");
    await saveExamAnswer(getDb(), user.id, attempt.attemptId, "q1", { choiceIds: q1.right }, T0 + MINUTE);
    await saveExamAnswer(getDb(), user.id, attempt.attemptId, "q2", { choiceIds: [q2.wrong] }, T0 + MINUTE);
    await saveExamAnswer(getDb(), user.id, attempt.attemptId, "q3", { choiceIds: q3.right, flagged: true }, T0 + MINUTE);
    const report = await submitExam(getDb(), user.id, attempt.attemptId, T0 + 10 * MINUTE);
    expect(report.correctCount).toBe(2);
    expect(report.scaledScore).toBe(Math.round(100 + (900 * 2) / 6));
    expect(report.passMarkScaled).toBe(550);
    expect(report.passed).toBe(false);
    expect(Object.values(report.byModel).reduce((n, a) => n + a.total, 0)).toBe(6);
    expect(report.questions[1].correct).toBe(false);
    expect(report.questions[1].choices.every((c) => c.explanation.length > 0)).toBe(true);
    const again = await submitExam(getDb(), user.id, attempt.attemptId, T0 + 20 * MINUTE);
    expect(again.scaledScore).toBe(report.scaledScore);
    expect(again.submittedAt).toBe(report.submittedAt);

    // Missed (q2), flagged (q3) and unanswered (q4–q6) questions are now due in practice, logged from the exam.
    for (const key of ["q2", "q3"]) {
      const { question } = key === "q2" ? q2 : q3;
      for (const itemId of practiceItemsForQuestion(question)) {
        const [card] = await getDb()
          .select()
          .from(cards)
          .where(and(eq(cards.userId, user.id), eq(cards.itemId, itemId)));
        expect(card.due, `${key} ${itemId}`).toBeLessThanOrEqual(T0 + 10 * MINUTE);
        const logs = await getDb().select().from(reviewLog).where(eq(reviewLog.cardId, card.id));
        expect(logs.some((log) => log.origin === "exam" && log.originId === attempt.attemptId)).toBe(true);
      }
    }
    const examReviews = await getDb()
      .select()
      .from(reviewLog)
      .where(and(eq(reviewLog.userId, user.id), eq(reviewLog.origin, "exam")));
    const beforeResubmit = examReviews.length;
    await submitExam(getDb(), user.id, attempt.attemptId, T0 + 30 * MINUTE);
    expect(
      (
        await getDb()
          .select()
          .from(reviewLog)
          .where(and(eq(reviewLog.userId, user.id), eq(reviewLog.origin, "exam")))
      ).length,
    ).toBe(beforeResubmit);
  });

  it("avoids the questions of the learner's last attempt where the bank allows", async () => {
    const user = await learner();
    const first = await startExam(getDb(), user.id, { blueprint: "custom", options: { count: 20, minutes: 30 } }, T0);
    const second = await startExam(getDb(), user.id, { blueprint: "custom", options: { count: 20, minutes: 30 } }, T0 + MINUTE);
    const a = (await attemptOfUser(getDb(), user.id, first.attemptId))!.itemIds;
    const b = (await attemptOfUser(getDb(), user.id, second.attemptId))!.itemIds;
    expect(b.filter((id) => a.includes(id))).toEqual([]);
  });

  it("refuses a custom exam the filters cannot fill", async () => {
    const user = await learner();
    await expect(
      startExam(getDb(), user.id, { blueprint: "custom", options: { count: 100, minutes: 30, services: ["artifact"] } }, T0),
    ).rejects.toMatchObject({ code: "bad_request" });
  });
});
