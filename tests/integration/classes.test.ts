import { randomUUID } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { getDb } from "@/db";
import { cards, classQuestions, reviewLog, type Role } from "@/db/schema";
import { createUser } from "@/db/queries/users";
import { attemptsOfStudent } from "@/db/queries/assignment-attempts";
import { answerQuestion, startAttempt, submitAttempt, questionsOf } from "@/server/attempts/assignment-attempts";
import { createAssignment, requireInstructorAssignment } from "@/server/classes/assignments";
import { assignmentResults } from "@/server/classes/gradebook";
import { createClass, joinClass } from "@/server/classes/classes";
import { parseCsv, toCsv } from "@/server/classes/csv";
import type { CreateAssignmentInput } from "@/server/classes/input";
import { JOIN_PER_USER } from "@/server/rate-limit-rules";
import { bank } from "@/questions/bank";
import { bankItems } from "@/questions/generator";
import { parseGift } from "@/questions/gift-parse";
import { practiceItemsForQuestion } from "@/questions/practice";
import { callRoute, cookieJarHeaders, signInAs } from "@/tests/support/api-calls";
import * as classesRoute from "@/app/api/v1/classes/route";
import * as joinRoute from "@/app/api/v1/classes/join/route";
import * as classRoute from "@/app/api/v1/classes/[classId]/route";
import * as joinCodeRoute from "@/app/api/v1/classes/[classId]/join-code/route";
import * as studentRoute from "@/app/api/v1/classes/[classId]/students/[studentId]/route";
import * as classAssignmentsRoute from "@/app/api/v1/classes/[classId]/assignments/route";
import * as questionsRoute from "@/app/api/v1/classes/[classId]/questions/route";
import * as gradebookRoute from "@/app/api/v1/classes/[classId]/gradebook.csv/route";
import * as assignmentRoute from "@/app/api/v1/assignments/[assignmentId]/route";
import * as attemptsRoute from "@/app/api/v1/assignments/[assignmentId]/attempts/route";
import * as attemptRoute from "@/app/api/v1/assignments/[assignmentId]/attempts/[attemptId]/route";
import * as answerRoute from "@/app/api/v1/assignments/[assignmentId]/attempts/[attemptId]/answers/[questionKey]/route";
import * as resultsRoute from "@/app/api/v1/assignments/[assignmentId]/results/route";
import * as itemsCsvRoute from "@/app/api/v1/assignments/[assignmentId]/items.csv/route";
import * as giftRoute from "@/app/api/v1/assignments/[assignmentId]/questions.gift/route";

// Only the request's cookie jar is stood in for: a real, signed session token in it, read by the real
// guards; the handlers, queries and database are the production ones.
vi.mock("next/headers", async (importOriginal) => ({ ...(await importOriginal<object>()), ...cookieJarHeaders() }));

const HOUR = 3_600_000;
const T0 = Date.UTC(2026, 10, 23, 9, 0);
const db = () => getDb();

async function person(role: Role, name = role === "student" ? "Student" : "Instructor") {
  return createUser(db(), { email: `${role}-${randomUUID()}@example.com`, name, passwordHash: "x", role });
}
const call = (handler: unknown, method: string, params: Record<string, string> = {}, body?: unknown) =>
  callRoute(handler, { method, params, body });

const inFuture = () => Date.now() + 48 * HOUR;
// One scenario item per fact (a fact's later scenarios are "scenario-owner:<fact>/2", …).
const scenarioItems = bankItems(bank).filter((item) => item.id.startsWith("scenario-owner:") && !item.id.includes("/"));

/** A class with a student in it and an assignment, set up through the libraries with explicit times. */
async function classWithStudent(settings: Partial<CreateAssignmentInput> = {}, now = T0) {
  const instructor = await person("instructor");
  const student = await person("student");
  const created = await createClass(db(), instructor.id, "Cloud 101", now);
  await joinClass(db(), student.id, `10.0.0.${Math.floor(Math.random() * 250)}`, created.joinCode, now);
  const { id } = await createAssignment(
    db(),
    instructor.id,
    created.id,
    {
      title: "Week 1",
      mode: "practice",
      dueAt: now + HOUR,
      selection: { questionIds: scenarioItems.slice(0, 3).map((i) => i.id), seed: "fixed" },
      ...settings,
    },
    now,
  );
  return { instructor, student, classId: created.id, joinCode: created.joinCode, assignmentId: id };
}

async function rightAndWrong(instructorId: string, assignmentId: string) {
  const { assignment } = await requireInstructorAssignment(db(), instructorId, assignmentId);
  return new Map(
    (await questionsOf(db(), assignment)).map((q) => [
      q.key,
      {
        right: q.choices.filter((c) => c.correct).map((c) => c.id),
        wrong: q.choices.filter((c) => !c.correct).map((c) => c.id),
        question: q,
      },
    ]),
  );
}

beforeEach(() => signInAs(null));

describe("classes: attempts to break in are refused", () => {
  it("refuses a student creating a class or an assignment (403), and anyone signed out (401)", async () => {
    const { student, classId } = await classWithStudent();
    expect((await call(classesRoute.POST, "POST", {}, { name: "Mine now" })).status).toBe(401);
    await signInAs(student);
    const createClassAttempt = await call(classesRoute.POST, "POST", {}, { name: "Mine now" });
    expect(createClassAttempt.status).toBe(403);
    expect(createClassAttempt.json.error.code).toBe("forbidden");
    const createAssignmentAttempt = await call(
      classAssignmentsRoute.POST,
      "POST",
      { classId },
      { title: "x", mode: "practice", dueAt: inFuture(), selection: { count: 3 } },
    );
    expect(createAssignmentAttempt.status).toBe(403);
    expect((await call(classAssignmentsRoute.GET, "GET", { classId })).status).toBe(403);
  });

  it("gives another instructor 404 for every read and change of a class they do not teach", async () => {
    const { classId, joinCode, assignmentId, student, instructor } = await classWithStudent();
    const intruder = await person("instructor");
    await signInAs(intruder);
    expect((await call(classRoute.GET, "GET", { classId })).status).toBe(404);
    expect((await call(joinCodeRoute.POST, "POST", { classId }, { action: "rotate" })).status).toBe(404);
    expect((await call(joinCodeRoute.POST, "POST", { classId }, { action: "disable" })).status).toBe(404);
    expect((await call(studentRoute.DELETE, "DELETE", { classId, studentId: student.id })).status).toBe(404);
    expect(
      (
        await call(
          classAssignmentsRoute.POST,
          "POST",
          { classId },
          { title: "x", mode: "practice", dueAt: inFuture(), selection: { count: 3 } },
        )
      ).status,
    ).toBe(404);
    expect((await call(gradebookRoute.GET, "GET", { classId })).status).toBe(404);
    expect((await call(questionsRoute.POST, "POST", { classId }, { gift: "Q {=a ~b}", source: "mine" })).status).toBe(404);
    expect((await call(resultsRoute.GET, "GET", { assignmentId })).status).toBe(404);
    expect((await call(itemsCsvRoute.GET, "GET", { assignmentId })).status).toBe(404);
    expect((await call(giftRoute.GET, "GET", { assignmentId })).status).toBe(404);
    expect((await call(assignmentRoute.PATCH, "PATCH", { assignmentId }, { dueAt: inFuture() })).status).toBe(404);
    expect((await call(assignmentRoute.DELETE, "DELETE", { assignmentId })).status).toBe(404);
    // Nothing changed: the code still works, the student is still in the class, the assignment is still there.
    const newcomer = await person("student");
    await signInAs(newcomer);
    expect((await call(joinRoute.POST, "POST", {}, { code: joinCode })).status).toBe(200);
    await signInAs(instructor);
    const view = await call(classRoute.GET, "GET", { classId });
    expect(view.json.joinCode).toBe(joinCode);
    expect(view.json.students.map((s: { userId: string }) => s.userId)).toEqual(expect.arrayContaining([student.id, newcomer.id]));
    expect(view.json.assignments.map((a: { id: string }) => a.id)).toEqual([assignmentId]);
  });

  it("never shows a student another student's answers, the gradebook or the results", async () => {
    const { classId, joinCode, assignmentId, student } = await classWithStudent({ dueAt: inFuture() }, Date.now());
    const classmate = await person("student");
    await joinClass(db(), classmate.id, "10.1.1.1", joinCode, Date.now());
    await signInAs(student);
    const started = await call(attemptsRoute.POST, "POST", { assignmentId });
    expect(started.status).toBe(201);
    const attemptId = started.json.attemptId;
    expect(JSON.stringify(started.json)).not.toMatch(/"correct"|"explanation"/);
    const own = await call(
      answerRoute.PUT,
      "PUT",
      { assignmentId, attemptId, questionKey: "q1" },
      { choiceIds: [started.json.questions.find((q: { id: string }) => q.id === "q1").choices[0].id] },
    );
    expect(own.status).toBe(200);

    await signInAs(classmate);
    expect((await call(attemptRoute.GET, "GET", { assignmentId, attemptId })).status).toBe(404);
    expect((await call(answerRoute.PUT, "PUT", { assignmentId, attemptId, questionKey: "q2" }, { choiceIds: ["a"] })).status).toBe(404);
    expect((await call(gradebookRoute.GET, "GET", { classId })).status).toBe(403);
    expect((await call(resultsRoute.GET, "GET", { assignmentId })).status).toBe(403);
    expect((await call(itemsCsvRoute.GET, "GET", { assignmentId })).status).toBe(403);
    expect((await call(classRoute.GET, "GET", { classId })).status).toBe(403);

    const outsider = await person("student");
    await signInAs(outsider);
    expect((await call(assignmentRoute.GET, "GET", { assignmentId })).status).toBe(404);
    expect((await call(attemptsRoute.POST, "POST", { assignmentId })).status).toBe(404);
  });

  it("refuses a rotated or disabled code with a clear message, and rate-limits guessing", async () => {
    const instructor = await person("instructor");
    await signInAs(instructor);
    const created = await call(classesRoute.POST, "POST", {}, { name: "Security Ops" });
    expect(created.status).toBe(201);
    expect(created.json.joinCode).toMatch(/^[ABCDEFGHJKMNPQRSTUVWXYZ23456789]{8}$/);
    const classId = created.json.id;
    const oldCode = created.json.joinCode;
    const rotated = await call(joinCodeRoute.POST, "POST", { classId }, { action: "rotate" });
    expect(rotated.json.joinCode).not.toBe(oldCode);

    const student = await person("student");
    await signInAs(student);
    const withOld = await call(joinRoute.POST, "POST", {}, { code: oldCode });
    expect(withOld.status).toBe(404);
    expect(withOld.json.error.message).toMatch(/No class has that join code.*replaces it/);
    const typed = `${rotated.json.joinCode.slice(0, 4).toLowerCase()}-${rotated.json.joinCode.slice(4)}`;
    expect((await call(joinRoute.POST, "POST", {}, { code: typed })).json).toMatchObject({ classId, name: "Security Ops" });

    await signInAs(instructor);
    await call(joinCodeRoute.POST, "POST", { classId }, { action: "disable" });
    const late = await person("student");
    await signInAs(late);
    const disabled = await call(joinRoute.POST, "POST", {}, { code: rotated.json.joinCode });
    expect(disabled.status).toBe(403);
    expect(disabled.json.error.message).toMatch(/turned off/);
    const malformed = await call(joinRoute.POST, "POST", {}, { code: "O0O0" });
    expect(malformed.status).toBe(400);
    expect(malformed.json.error.fieldErrors.code[0]).toMatch(/8 letters and digits/);

    const guesser = await person("student");
    await signInAs(guesser);
    for (let i = 0; i < JOIN_PER_USER.limit; i++) await call(joinRoute.POST, "POST", {}, { code: "ABCDEFGH" });
    const limited = await call(joinRoute.POST, "POST", {}, { code: rotated.json.joinCode });
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get("Retry-After"))).toBeGreaterThan(0);
    expect(limited.json.error.message).toMatch(/Too many join attempts/);
  });

  it("refuses answers after the due date when late work is refused, and marks them late when accepted", async () => {
    const refused = await classWithStudent({ latePolicy: "refuse" });
    const { attempt } = await startAttempt(db(), refused.student.id, refused.assignmentId, T0 + 10 * 60_000);
    const afterDue = T0 + HOUR + 10_000;
    await expect(
      answerQuestion(db(), refused.student.id, refused.assignmentId, attempt.attemptId, "q1", ["a"], afterDue),
    ).rejects.toMatchObject({
      code: "conflict",
      message: expect.stringMatching(/due date has passed.*submitted/),
    });
    const [closed] = await attemptsOfStudent(db(), refused.student.id, refused.assignmentId);
    expect(closed).toMatchObject({ status: "submitted", late: false, autoSubmitted: true, submittedAt: T0 + HOUR });
    await expect(startAttempt(db(), refused.student.id, refused.assignmentId, afterDue)).rejects.toMatchObject({ code: "conflict" });

    const accepted = await classWithStudent({ latePolicy: "accept" });
    const late = await startAttempt(db(), accepted.student.id, accepted.assignmentId, afterDue);
    for (const key of ["q1", "q2", "q3"])
      await answerQuestion(db(), accepted.student.id, accepted.assignmentId, late.attempt.attemptId, key, ["a"], afterDue + 1000);
    const [lateAttempt] = await attemptsOfStudent(db(), accepted.student.id, accepted.assignmentId);
    expect(lateAttempt).toMatchObject({ status: "submitted", late: true });
    const results = await assignmentResults(db(), accepted.instructor.id, accepted.assignmentId, afterDue + 2000);
    expect(results.students[0].status).toBe("late");
  });

  it("answers bad input with 400 and field messages", async () => {
    const { classId, instructor } = await classWithStudent();
    await signInAs(instructor);
    const noName = await call(classesRoute.POST, "POST", {}, { name: "  " });
    expect(noName.status).toBe(400);
    expect(noName.json.error.fieldErrors.name).toBeTruthy();
    const tooMany = await call(
      classAssignmentsRoute.POST,
      "POST",
      { classId },
      { title: "Big", mode: "exam", dueAt: inFuture(), selection: { count: 100, services: ["kms"], kinds: ["compare"] } },
    );
    expect(tooMany.status).toBe(400);
    expect(tooMany.json.error.fieldErrors["selection.count"][0]).toMatch(/At most \d+/);
    const both = await call(
      classAssignmentsRoute.POST,
      "POST",
      { classId },
      { title: "x", mode: "exam", dueAt: inFuture(), selection: { count: 2, questionIds: ["x"] } },
    );
    expect(both.json.error.fieldErrors["selection.count"]).toBeTruthy();
  });
});

describe("assignments", () => {
  it("lists only the instructor's own classes, with how many students and assignments each has", async () => {
    const { instructor, classId } = await classWithStudent();
    await createAssignment(
      db(),
      instructor.id,
      classId,
      { title: "Second", mode: "exam", dueAt: T0 + 2 * HOUR, selection: { count: 2, seed: "x" } },
      T0,
    );
    await classWithStudent();
    await signInAs(instructor);
    const listed = await call(classesRoute.GET, "GET");
    expect(listed.json.classes).toEqual([
      expect.objectContaining({ id: classId, name: "Cloud 101", studentCount: 1, assignmentCount: 2, joinCodeEnabled: true }),
    ]);
  });

  it("gives every student the same questions, shuffles order per student when asked, and updates their cards", async () => {
    const { instructor, student, classId, joinCode } = await classWithStudent();
    const other = await person("student");
    await joinClass(db(), other.id, "10.2.2.2", joinCode, T0);
    const ids = scenarioItems.slice(0, 8).map((i) => i.id);
    const { id } = await createAssignment(
      db(),
      instructor.id,
      classId,
      { title: "Shuffled", mode: "practice", dueAt: T0 + HOUR, shuffleQuestions: true, selection: { questionIds: ids } },
      T0,
    );
    const first = await startAttempt(db(), student.id, id, T0);
    const second = await startAttempt(db(), other.id, id, T0);
    const byKey = (qs: { id: string; prompt: string }[]) => Object.fromEntries(qs.map((q) => [q.id, q.prompt]));
    expect(byKey(first.attempt.questions)).toEqual(byKey(second.attempt.questions));
    expect(first.attempt.questions.map((q) => q.id)).not.toEqual(second.attempt.questions.map((q) => q.id));

    const keys = await rightAndWrong(instructor.id, id);
    const right = await answerQuestion(db(), student.id, id, first.attempt.attemptId, "q1", keys.get("q1")!.right, T0 + 1000);
    expect(right).toMatchObject({ correct: true, finished: false });
    expect("choices" in right && right.choices.length).toBeGreaterThan(1);
    await answerQuestion(db(), student.id, id, first.attempt.attemptId, "q2", [keys.get("q2")!.wrong[0]], T0 + 2000);
    await expect(
      answerQuestion(db(), student.id, id, first.attempt.attemptId, "q2", keys.get("q2")!.right, T0 + 3000),
    ).rejects.toMatchObject({ code: "conflict" });
    for (const [key, expected] of [
      ["q1", 3],
      ["q2", 1],
    ] as const) {
      for (const itemId of practiceItemsForQuestion(keys.get(key)!.question.bankQuestion!)) {
        const [card] = await db()
          .select()
          .from(cards)
          .where(and(eq(cards.userId, student.id), eq(cards.itemId, itemId)));
        const logs = await db()
          .select()
          .from(reviewLog)
          .where(and(eq(reviewLog.cardId, card.id), eq(reviewLog.origin, "assignment")));
        expect(logs.map((l) => l.rating)).toEqual([expected]);
        expect(logs[0].originId).toBe(first.attempt.attemptId);
      }
    }
  });

  it("hides exam feedback until the due date when the instructor chose so", async () => {
    const { student, assignmentId, instructor } = await classWithStudent({
      mode: "exam",
      timeLimitMinutes: 20,
      feedbackTiming: "after_due",
    });
    const { attempt } = await startAttempt(db(), student.id, assignmentId, T0);
    expect(attempt.deadline).toBe(T0 + 20 * 60_000);
    const keys = await rightAndWrong(instructor.id, assignmentId);
    await answerQuestion(db(), student.id, assignmentId, attempt.attemptId, "q1", keys.get("q1")!.right, T0 + 1000);
    const result = await submitAttempt(db(), student.id, assignmentId, attempt.attemptId, T0 + 60_000);
    expect(result).toMatchObject({ correctCount: 1, total: 3, feedbackVisible: false, questions: [] });
    expect(JSON.stringify(result)).not.toMatch(/explanation/);
    const afterDue = await submitAttempt(db(), student.id, assignmentId, attempt.attemptId, T0 + 2 * HOUR);
    expect(afterDue.feedbackVisible).toBe(true);
    expect(afterDue.questions.find((q) => q.id === "q1")).toMatchObject({ correct: true, yourChoiceIds: keys.get("q1")!.right });
    expect(afterDue.submittedAt).toBe(result.submittedAt);
  });
});

describe("item analysis on a small hand-computed class", () => {
  // 8 students × 4 questions (1 = right). Ranked by score: S1, S2 (3) | S3–S6 (2) | S7, S8 (1);
  // 27% of 8 rounds to groups of 2, so the upper group is S1+S2 and the lower S7+S8.
  //        Q1 Q2 Q3 Q4
  const MATRIX = [
    [1, 1, 1, 0], // S1
    [1, 1, 1, 0], // S2
    [1, 1, 0, 0], // S3
    [1, 0, 1, 0], // S4
    [1, 1, 0, 0], // S5
    [1, 1, 0, 0], // S6
    [0, 0, 0, 1], // S7
    [0, 0, 0, 1], // S8
  ];
  // Which wrong option each miss picks ("w1" / "w2"), or "-" for no answer.
  const MISSES: Record<string, Record<number, "w1" | "w2" | "-">> = {
    q1: { 6: "w1", 7: "-" },
    q2: { 3: "w1", 6: "w2", 7: "w2" },
    q3: { 2: "w1", 4: "w1", 5: "w1", 6: "w2", 7: "w2" },
    q4: { 0: "w1", 1: "w1", 2: "w1", 3: "w1", 4: "w1", 5: "w1" },
  };

  it("computes share correct, option counts, discrimination, flags and weakest areas", async () => {
    const instructor = await person("instructor");
    const klass = await createClass(db(), instructor.id, "Analysis", T0);
    const picked = [...new Map(scenarioItems.map((i) => [i.model, i])).values()]
      .slice(0, 3)
      .concat(scenarioItems.filter((i) => i.model === "abstract").slice(1, 2));
    const { id } = await createAssignment(
      db(),
      instructor.id,
      klass.id,
      {
        title: "Quiz",
        mode: "exam",
        timeLimitMinutes: 30,
        dueAt: T0 + 5 * HOUR,
        selection: { questionIds: picked.map((i) => i.id), seed: "analysis" },
      },
      T0,
    );
    const keys = await rightAndWrong(instructor.id, id);
    const students = [];
    for (let s = 0; s < MATRIX.length; s++) {
      const student = await person("student", `S${s + 1}`);
      students.push(student);
      await joinClass(db(), student.id, "10.9.9.9", klass.joinCode, T0);
      const { attempt } = await startAttempt(db(), student.id, id, T0 + s * 60_000);
      for (const [q, key] of ["q1", "q2", "q3", "q4"].entries()) {
        const { right, wrong } = keys.get(key)!;
        const miss = MISSES[key][s];
        if (MATRIX[s][q]) await answerQuestion(db(), student.id, id, attempt.attemptId, key, right, T0 + s * 60_000 + 1000);
        else if (miss !== "-")
          await answerQuestion(db(), student.id, id, attempt.attemptId, key, [miss === "w1" ? wrong[0] : wrong[1]], T0 + s * 60_000 + 1000);
      }
      await submitAttempt(db(), student.id, id, attempt.attemptId, T0 + s * 60_000 + 5 * 60_000);
    }
    const results = await assignmentResults(db(), instructor.id, id, T0 + HOUR);
    const stat = (key: string) => results.items.find((i) => i.stats.key === key)!.stats;
    const counts = (key: string) => {
      const { right, wrong } = keys.get(key)!;
      return [stat(key).optionCounts[right[0]], stat(key).optionCounts[wrong[0]], stat(key).optionCounts[wrong[1]]];
    };
    expect(stat("q1")).toMatchObject({
      responses: 8,
      correct: 6,
      shareCorrect: 0.75,
      unanswered: 1,
      groupSize: 2,
      upperCorrect: 2,
      lowerCorrect: 0,
      discrimination: 1,
      flags: [],
    });
    expect(counts("q1")).toEqual([6, 1, 0]);
    expect(stat("q2")).toMatchObject({ correct: 5, shareCorrect: 0.625, discrimination: 1, flags: [] });
    expect(counts("q2")).toEqual([5, 1, 2]);
    expect(stat("q3")).toMatchObject({ correct: 3, shareCorrect: 0.375, discrimination: 1, flags: [] });
    expect(counts("q3")).toEqual([3, 3, 2]);
    // Missed by the best and got by the weakest: rarely right and discriminating the wrong way.
    expect(stat("q4")).toMatchObject({
      correct: 2,
      shareCorrect: 0.25,
      upperCorrect: 0,
      lowerCorrect: 2,
      discrimination: -1,
      flags: ["rarely_correct", "negative_discrimination"],
    });
    expect(counts("q4")).toEqual([2, 6, 0]);

    expect(results.summary).toMatchObject({ students: 8, submitted: 8, missing: 0, averagePercent: 50, medianPercent: 50 });
    expect(results.students.find((s) => s.name === "S1")).toMatchObject({
      status: "submitted",
      correct: 3,
      total: 4,
      percent: 75,
      timeSpentMs: 5 * 60_000,
    });
    expect(results.weakestFacts.map((f) => [f.id, f.correct, f.total])).toEqual(
      ["q4", "q3", "q2", "q1"].map((key, i) => [keys.get(key)!.question.factIds[0], [2, 3, 5, 6][i], 8]),
    );
    const modelTotals = results.weakestModels.reduce((sum, m) => sum + m.total, 0);
    expect(modelTotals).toBe(32);
  });
});

describe("exports", () => {
  const awkward = ['Zoë "Zo" O\'Brien, Jr.', "李雷\nsecond line", '=HYPERLINK("http://evil")', "Ana-María Núñez"];

  it("round-trips CSV with quotes, commas, newlines and non-ASCII text", () => {
    const rows = [awkward.slice(0, 2), [awkward[3], "plain"], ["", "trailing,comma,"]];
    const csv = toCsv(["Name", "Note"], rows);
    expect(csv.endsWith("\r\n")).toBe(true);
    // A byte order mark first, so Excel on Windows reads the names as UTF-8.
    expect(csv.split("\r\n")[0]).toBe("\uFEFFName,Note");
    expect(parseCsv(csv)).toEqual([["Name", "Note"], ...rows]);
    // A cell that a spreadsheet would run as a formula is written as text instead.
    expect(parseCsv(toCsv(["Name"], [[awkward[2]]]))[1][0]).toBe(`'${awkward[2]}`);
    expect(toCsv(["n"], [[-0.5]])).toBe("\uFEFFn\r\n-0.5\r\n");
    // Rectangular: a short row gets empty cells up to the header's width.
    expect(toCsv(["a", "b", "c"], [["x"]])).toBe("\uFEFFa,b,c\r\nx,,\r\n");
  });

  it("downloads a gradebook CSV with every student's name intact", async () => {
    const instructor = await person("instructor");
    const klass = await createClass(db(), instructor.id, 'Names, "quoted"', Date.now());
    await createAssignment(
      db(),
      instructor.id,
      klass.id,
      { title: 'Week 1, part "A"', mode: "practice", dueAt: inFuture(), selection: { count: 3, seed: "s" } },
      Date.now(),
    );
    for (const name of awkward) await joinClass(db(), (await person("student", name)).id, "10.3.3.3", klass.joinCode, Date.now());
    await signInAs(instructor);
    const response = await call(gradebookRoute.GET, "GET", { classId: klass.id });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("content-disposition")).toMatch(/attachment; filename=/);
    const rows = parseCsv(response.text);
    expect(rows[0]).toEqual(["Name", "Email", 'Week 1, part "A" (%)', 'Week 1, part "A" status']);
    expect(
      rows
        .slice(1)
        .map((r) => r[0])
        .sort(),
    ).toEqual(awkward.map((n) => (n.startsWith("=") ? `'${n}` : n)).sort());
    expect(rows.slice(1).every((r) => r.length === 4 && r[2] === "" && r[3] === "Not started")).toBe(true);
  });

  it("exports an assignment as GIFT that imports back unchanged", async () => {
    const instructor = await person("instructor");
    const klass = await createClass(db(), instructor.id, "GIFT", Date.now());
    const { id } = await createAssignment(
      db(),
      instructor.id,
      klass.id,
      { title: "Mixed", mode: "exam", dueAt: inFuture(), selection: { count: 24, seed: "gift-export" } },
      Date.now(),
    );
    const { assignment } = await requireInstructorAssignment(db(), instructor.id, id);
    const questions = await questionsOf(db(), assignment);
    expect(new Set(questions.map((q) => q.kind)).size).toBeGreaterThanOrEqual(4);
    await signInAs(instructor);
    const exported = await call(giftRoute.GET, "GET", { assignmentId: id });
    expect(exported.status).toBe(200);
    const parsed = parseGift(exported.text);
    if (!parsed.ok) throw new Error(parsed.message);
    const comparable = (q: { prompt: string; choices: { text: string; correct: boolean; explanation?: string; feedback?: string }[] }) => ({
      prompt: q.prompt,
      choices: q.choices.map((c) => ({ text: c.text, correct: c.correct, feedback: c.explanation ?? c.feedback })),
    });
    expect(parsed.questions.map(comparable)).toEqual(questions.map(comparable));

    // Imported into a class bank and exported again, the questions are still the same.
    const imported = await call(questionsRoute.POST, "POST", { classId: klass.id }, { gift: exported.text });
    expect(imported.status).toBe(201);
    expect(imported.json.imported).toBe(questions.length);
    const { id: reused } = await createAssignment(
      db(),
      instructor.id,
      klass.id,
      {
        title: "Imported",
        mode: "exam",
        dueAt: inFuture(),
        selection: { questionIds: imported.json.ids.map((i: string) => `class:${i}`) },
      },
      Date.now(),
    );
    const again = parseGift((await call(giftRoute.GET, "GET", { assignmentId: reused })).text);
    if (!again.ok) throw new Error(again.message);
    expect(again.questions.map(comparable)).toEqual(questions.map(comparable));
    expect(again.questions.every((q) => q.source && q.source.length > 5)).toBe(true);
  });

  it("refuses a GIFT file with an error, naming the line and importing nothing", async () => {
    const instructor = await person("instructor");
    const klass = await createClass(db(), instructor.id, "Bad GIFT", Date.now());
    const gift = [
      "// source: Course notes, week 2",
      "::Q1:: Who patches the guest OS on EC2? {",
      "=The customer#Right: it is their instance.",
      "~AWS#No: AWS stops at the hypervisor.",
      "}",
      "",
      "::Q2:: AWS runs the DynamoDB servers. {TRUE}",
      "",
      "::Q3:: A broken question {",
      "~only wrong answers",
      "~and more wrong",
      "}",
    ].join("\n");
    await signInAs(instructor);
    const refused = await call(questionsRoute.POST, "POST", { classId: klass.id }, { gift, source: "Notes" });
    expect(refused.status).toBe(400);
    expect(refused.json.error.message).toMatch(/^Line 10: no answer is right.*Nothing was imported\.$/);
    expect(refused.json.error.fieldErrors.gift[0]).toMatch(/^Line 10:/);
    expect(await db().select().from(classQuestions).where(eq(classQuestions.classId, klass.id))).toEqual([]);

    const fixed = gift.replace("~only wrong answers", "=now right");
    const accepted = await call(questionsRoute.POST, "POST", { classId: klass.id }, { gift: fixed, source: "Notes" });
    expect(accepted.json.imported).toBe(3);
    const rows = await db().select().from(classQuestions).where(eq(classQuestions.classId, klass.id));
    expect(rows.map((r) => [r.title, r.kind, r.source])).toEqual([
      ["Q1", "multiple-choice", "Course notes, week 2"],
      ["Q2", "true-false", "Notes"],
      ["Q3", "multiple-choice", "Notes"],
    ]);
    expect(rows[0].choices[1]).toMatchObject({ text: "AWS", correct: false, feedback: "No: AWS stops at the hypervisor." });
  });
});
