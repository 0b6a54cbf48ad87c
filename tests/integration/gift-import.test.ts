import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { getDb } from "@/db";
import { classQuestions, type Role } from "@/db/schema";
import { createUser } from "@/db/queries/users";
import { createClass, joinClass } from "@/server/classes/classes";
import { createAssignment } from "@/server/classes/assignments";
import { parseCsv } from "@/server/classes/csv";
import { parseGift } from "@/questions/gift-parse";
import { MOODLE_EXPORT } from "../unit/gift-fixtures";
import { callRoute, cookieJarHeaders, signInAs, type Caller } from "@/tests/support/api-calls";
import * as questionsRoute from "@/app/api/v1/classes/[classId]/questions/route";
import * as attemptsRoute from "@/app/api/v1/assignments/[assignmentId]/attempts/route";
import * as attemptRoute from "@/app/api/v1/assignments/[assignmentId]/attempts/[attemptId]/route";
import * as answerRoute from "@/app/api/v1/assignments/[assignmentId]/attempts/[attemptId]/answers/[questionKey]/route";
import * as submitRoute from "@/app/api/v1/assignments/[assignmentId]/attempts/[attemptId]/submit/route";
import * as resultsRoute from "@/app/api/v1/assignments/[assignmentId]/results/route";
import * as resultsCsvRoute from "@/app/api/v1/assignments/[assignmentId]/results.csv/route";
import * as giftRoute from "@/app/api/v1/assignments/[assignmentId]/questions.gift/route";

vi.mock("next/headers", async (importOriginal) => ({ ...(await importOriginal<object>()), ...cookieJarHeaders() }));

const db = () => getDb();
const DAY = 86_400_000;

async function person(role: Role): Promise<Caller> {
  const user = await createUser(db(), {
    email: `${role}-${randomUUID()}@example.com`,
    name: role === "student" ? "Student" : "Instructor",
    passwordHash: "x",
    role,
  });
  return { id: user.id, role: user.role, name: user.name, email: user.email };
}
const as = signInAs;
const call = (handler: unknown, method: string, params: Record<string, string> = {}, body?: unknown) =>
  callRoute(handler, { method, params, body });

/** Every string of a rich-text tree, and every tag in it. */
function walk(nodes: unknown[]): { text: string; tags: string[] } {
  const out = { text: "", tags: [] as string[] };
  for (const node of nodes) {
    if (typeof node === "string") out.text += node;
    else {
      const element = node as { tag: string; children: unknown[] };
      out.tags.push(element.tag);
      const inner = walk(element.children);
      out.text += inner.text;
      out.tags.push(...inner.tags);
    }
  }
  return out;
}

/** A Moodle export imported through the route into a class with one student. */
async function importedMoodleClass() {
  const instructor = await person("instructor");
  const student = await person("student");
  const klass = await createClass(db(), instructor.id, "Moodle import", Date.now());
  await joinClass(db(), student.id, "10.1.2.3", klass.joinCode, Date.now());
  await as(instructor);
  const imported = await call(
    questionsRoute.POST,
    "POST",
    { classId: klass.id },
    { gift: MOODLE_EXPORT, source: "Course reader, chapter 4" },
  );
  expect(imported.status).toBe(201);
  return {
    instructor,
    student,
    classId: klass.id,
    imported: imported.json as { imported: number; ids: string[]; notes: { line: number; message: string }[] },
  };
}

async function assign(instructorId: string, classId: string, ids: string[], mode: "practice" | "exam") {
  const { id } = await createAssignment(
    db(),
    instructorId,
    classId,
    { title: `Imported (${mode})`, mode, dueAt: Date.now() + DAY, selection: { questionIds: ids.map((i) => `class:${i}`) } },
    Date.now(),
  );
  return id;
}

beforeEach(() => as(null));

describe("importing a Moodle GIFT file: [html], partial credit and a description", () => {
  it("points a missing source at the source field, then imports the questions and notes the skipped description by line", async () => {
    const instructor = await person("instructor");
    const klass = await createClass(db(), instructor.id, "Sources", Date.now());
    await as(instructor);
    const refused = await call(questionsRoute.POST, "POST", { classId: klass.id }, { gift: MOODLE_EXPORT });
    expect(refused.status).toBe(400);
    expect(refused.json.error.message).toMatch(
      /^Line 19: “Jesus Christ was from _____ \.” names no source\..*“Source for questions without one”.*Nothing was imported\.$/,
    );
    expect(refused.json.error.fieldErrors.source[0]).toMatch(
      /used for all 3 questions with no \/\/ source: comment \(lines 19, 27 and 29\)/,
    );
    expect(refused.json.error.fieldErrors.gift).toBeUndefined();
    expect(await db().select().from(classQuestions).where(eq(classQuestions.classId, klass.id))).toEqual([]);

    const { classId, imported } = await importedMoodleClass();
    expect(imported.imported).toBe(4);
    expect(imported.notes).toEqual([
      { line: 6, message: "Line 6: skipped a description (text with no answer block { … }): Demarc imports questions only." },
    ]);

    const [guestOs] = (await call(questionsRoute.GET, "GET", { classId })).json.questions;
    // Plain words for search and CSV; the formatting as a safe tree beside them.
    expect(guestOs.prompt).toBe("Who patches the guest operating system on an EC2 instance?");
    expect(guestOs.promptRich).toEqual([
      { tag: "p", children: ["Who patches the ", { tag: "strong", children: ["guest operating system"] }, " on an EC2 instance?"] },
    ]);
    expect(guestOs.source).toMatch(/^AWS Shared Responsibility Model/);
    expect(guestOs.choices[1]).toMatchObject({ text: "The customer, with AWS Systems Manager", weight: 50, correct: false });
    expect(walk(guestOs.choices[0].feedbackRich).tags).toEqual(["p", "em"]);
    expect(walk(guestOs.generalFeedbackRich)).toEqual({ text: "See the model & the EC2 guide.", tags: ["p", "a"] });
    expect(JSON.stringify(guestOs)).not.toMatch(/script|javascript|alert/);
  });

  it("scores a partly right answer 0.5 in practice mode, and the attempt, results, item analysis and CSV add it up", async () => {
    const { instructor, student, classId, imported } = await importedMoodleClass();
    const assignmentId = await assign(instructor.id, classId, imported.ids, "practice");
    await as(student);
    const started = await call(attemptsRoute.POST, "POST", { assignmentId });
    expect(started.status).toBe(201);
    const { attemptId, questions } = started.json;
    // The student's runner gets the formatted prompt (inline form: no block elements in a legend) and no weights.
    expect(walk(questions[0].promptRich)).toEqual({ text: "Who patches the guest operating system on an EC2 instance?", tags: ["strong"] });
    expect(JSON.stringify(questions)).not.toMatch(/weight|partialCredit|correct/);

    const answer = (key: string, ...texts: string[]) => {
      const question = questions.find((q: { id: string }) => q.id === key);
      const choiceIds = texts.map((text) => question.choices.find((c: { text: string }) => c.text === text).id);
      return call(answerRoute.PUT, "PUT", { assignmentId, attemptId, questionKey: key }, { choiceIds });
    };
    const half = await answer("q1", "The customer, with AWS Systems Manager");
    expect(half.status).toBe(200);
    expect(half.json).toMatchObject({ correct: false, credit: 0.5 });
    expect(half.json.choices.find((c: { partialCredit?: number }) => c.partialCredit)).toMatchObject({
      id: "b",
      correct: false,
      partialCredit: 0.5,
    });
    expect(walk(half.json.explanationRich).tags).toContain("a");
    expect((await answer("q2", "Galilee")).json).toMatchObject({ correct: false, credit: 0.5 });
    expect((await answer("q3", "wrong answer")).json).toMatchObject({ correct: false, credit: 0 });
    const last = await answer("q4", "Data", "IAM");
    expect(last.json).toMatchObject({ correct: true, credit: 1, finished: true });

    const result = (await call(attemptRoute.GET, "GET", { assignmentId, attemptId })).json.result;
    expect(result).toMatchObject({ correctCount: 1, score: 2, total: 4, percent: 50 });
    expect(result.questions.map((q: { credit: number; correct: boolean }) => [q.credit, q.correct])).toEqual([
      [0.5, false],
      [0.5, false],
      [0, false],
      [1, true],
    ]);

    await as(instructor);
    const results = (await call(resultsRoute.GET, "GET", { assignmentId })).json;
    expect(results.students[0]).toMatchObject({ correct: 1, score: 2, total: 4, percent: 50 });
    expect(results.items[0].stats).toMatchObject({ responses: 1, correct: 0, partlyCorrect: 1, averageCredit: 0.5 });
    expect(results.items[0].choices[1]).toMatchObject({ partialCredit: 0.5 });
    const csv = parseCsv((await call(resultsCsvRoute.GET, "GET", { assignmentId })).text);
    expect(csv[1].slice(3, 7)).toEqual(["1", "2", "4", "50"]);
  });

  it("scores the 50% answer 0.5 in exam mode too, on submission", async () => {
    const { instructor, student, classId, imported } = await importedMoodleClass();
    const assignmentId = await assign(instructor.id, classId, imported.ids.slice(0, 1), "exam");
    await as(student);
    const { attemptId } = (await call(attemptsRoute.POST, "POST", { assignmentId })).json;
    const saved = await call(answerRoute.PUT, "PUT", { assignmentId, attemptId, questionKey: "q1" }, { choiceIds: ["b"] });
    expect(saved.json).toMatchObject({ saved: true, questionKey: "q1" });
    expect(saved.json.credit).toBeUndefined();
    const submitted = await call(submitRoute.POST, "POST", { assignmentId, attemptId });
    expect(submitted.json).toMatchObject({ correctCount: 0, score: 0.5, total: 1, percent: 50 });
    expect(submitted.json.questions[0]).toMatchObject({ credit: 0.5, correct: false, yourChoiceIds: ["b"] });
  });

  it("exports the imported questions with their formatting and general feedback, titles unique, and they read back the same", async () => {
    const { instructor, classId, imported } = await importedMoodleClass();
    // The same questions twice over (imported again): their titles must still be told apart.
    const again = await call(questionsRoute.POST, "POST", { classId }, { gift: MOODLE_EXPORT, source: "Course reader, chapter 4" });
    const assignmentId = await assign(instructor.id, classId, [...imported.ids, ...again.json.ids], "exam");
    await as(instructor);
    const exported = await call(giftRoute.GET, "GET", { assignmentId });
    const parsed = parseGift(exported.text);
    if (!parsed.ok) throw new Error(parsed.message);
    expect(parsed.questions.map((q) => q.title)).toEqual([
      "Guest OS",
      "Jesus' hometown",
      null,
      "Markdown",
      "Guest OS (2)",
      "Jesus' hometown (2)",
      null,
      "Markdown (2)",
    ]);
    const original = parseGift(MOODLE_EXPORT);
    if (!original.ok) throw new Error(original.message);
    const [guestOs] = parsed.questions;
    expect(guestOs).toMatchObject({
      promptFormat: "html",
      promptHtml: original.questions[0].promptHtml,
      generalFeedback: original.questions[0].generalFeedback,
      generalFeedbackHtml: original.questions[0].generalFeedbackHtml,
      choices: original.questions[0].choices,
    });
    const comparable = (q: (typeof parsed.questions)[number]) => ({
      prompt: q.prompt,
      kind: q.kind,
      choices: q.choices,
      generalFeedback: q.generalFeedback,
    });
    expect(parsed.questions.slice(0, 4).map(comparable)).toEqual(original.questions.map(comparable));
  });
});
