/**
 * Taking your data with you and leaving: the revlog, JSON and Anki exports hold exactly the
 * learner's own data; every CSV export reads back in a strict RFC 4180 parser; a deleted account
 * leaves no row behind in any table of db/schema.ts.
 */
import { randomUUID } from "node:crypto";
import { parse } from "csv-parse/sync";
import { eq, getTableColumns, getTableName, is } from "drizzle-orm";
import { SQLiteTable } from "drizzle-orm/sqlite-core";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { getDb } from "@/db";
import * as schema from "@/db/schema";
import { cardOfUser } from "@/db/queries/cards";
import { hitRateLimit } from "@/db/queries/rate-limits";
import { saveLearnerSettings } from "@/db/queries/settings";
import { createUser } from "@/db/queries/users";
import type { Role } from "@/db/schema";
import { hashPassword } from "@/server/accounts/passwords";
import { answerQuestion, startAttempt } from "@/server/attempts/assignment-attempts";
import { createAssignment } from "@/server/classes/assignments";
import { createClass, importGiftQuestions, joinClass } from "@/server/classes/classes";
import { saveExamAnswer, startExam, submitExam } from "@/server/exams/exams";
import { nextPracticeCard } from "@/server/practice/queue";
import { submitPracticeReview } from "@/server/practice/review";
import { JOIN_PER_USER, OPTIMIZE_PER_USER, SIGN_IN_PER_EMAIL } from "@/server/rate-limit-rules";
import { bank } from "@/questions/bank";
import { bankItems } from "@/questions/generator";
import { callRoute, cookieJarHeaders, signInAs, type Caller } from "@/tests/support/api-calls";
import { RESULTS_CSV_HEADER } from "@/tests/support/export-headers";
import * as meRoute from "@/app/api/v1/me/route";
import * as revlogRoute from "@/app/api/v1/me/reviews.csv/route";
import * as reviewsJsonRoute from "@/app/api/v1/me/reviews.json/route";
import * as ankiRoute from "@/app/api/v1/me/cards.txt/route";
import * as everythingRoute from "@/app/api/v1/me/export.json/route";
import * as gradebookRoute from "@/app/api/v1/classes/[classId]/gradebook.csv/route";
import * as resultsCsvRoute from "@/app/api/v1/assignments/[assignmentId]/results.csv/route";
import * as itemsCsvRoute from "@/app/api/v1/assignments/[assignmentId]/items.csv/route";

vi.mock("next/headers", async (importOriginal) => ({ ...(await importOriginal<object>()), ...cookieJarHeaders() }));

const db = () => getDb();
const HOUR = 3_600_000;
const T0 = Date.UTC(2026, 10, 2, 9, 0);
const PASSWORD = "correct horse battery";
let passwordHash: string;
const scenarioItems = bankItems(bank).filter((item) => item.id.startsWith("scenario-owner:") && !item.id.includes("/"));

async function person(role: Role, name = role === "student" ? 'Zoë "Zo" Núñez, Jr.' : "Ida Instructor"): Promise<Caller> {
  const user = await createUser(db(), { email: `${role}-${randomUUID()}@example.com`, name, passwordHash, role });
  return { id: user.id, role: user.role, name: user.name, email: user.email };
}

/** Flashcard reviews at known times, ratings and durations: what the revlog must hold, in order. */
async function reviewFlashcards(learner: Caller, plan: { at: number; rating: 1 | 2 | 3 | 4; durationMs: number }[]) {
  const done: { cardId: string; at: number; rating: number; stateBefore: number; durationMs: number }[] = [];
  for (const step of plan) {
    const { card } = await nextPracticeCard(db(), learner.id, "flashcard", step.at);
    if (!card) throw new Error("nothing to review");
    const before = await cardOfUser(db(), learner.id, card.id);
    await submitPracticeReview(
      db(),
      learner.id,
      { reviewId: randomUUID(), cardId: card.id, rating: step.rating, durationMs: step.durationMs },
      step.at,
    );
    done.push({ cardId: card.id, at: step.at, rating: step.rating, stateBefore: before!.state, durationMs: step.durationMs });
  }
  return done;
}

/** Strict RFC 4180: a row of another length, a stray quote or a bad line end is an error. */
function strictCsv(text: string) {
  expect(text.startsWith("\uFEFF")).toBe(true);
  const rows: string[][] = parse(text, {
    bom: true,
    relax_column_count: false,
    relax_quotes: false,
    skip_empty_lines: false,
    record_delimiter: "\r\n",
  });
  for (const row of rows) expect(row).toHaveLength(rows[0].length);
  return rows;
}

beforeAll(async () => {
  passwordHash = await hashPassword(PASSWORD);
});

describe("review history export", () => {
  it("gives exactly the learner's reviews, in the FSRS optimizer's revlog columns, and nobody else's", async () => {
    const learner = await person("student");
    const other = await person("student");
    const mine = await reviewFlashcards(learner, [
      { at: T0, rating: 3, durationMs: 4200 },
      { at: T0 + 60_000, rating: 1, durationMs: 0 },
      { at: T0 + 2 * 60_000, rating: 4, durationMs: 12_345 },
    ]);
    const theirs = await reviewFlashcards(other, [{ at: T0 + 30_000, rating: 2, durationMs: 999 }]);

    await signInAs(learner);
    const csv = await callRoute(revlogRoute.GET);
    expect(csv.status).toBe(200);
    expect(csv.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(csv.headers.get("content-disposition")).toMatch(/attachment; filename="demarc-revlog.csv"/);
    const [header, ...rows] = strictCsv(csv.text);
    expect(header).toEqual(["card_id", "review_time", "review_rating", "review_state", "review_duration"]);
    expect(rows).toEqual(mine.map((r) => [r.cardId, String(r.at), String(r.rating), String(r.stateBefore), String(r.durationMs)]));
    // New when first met; the same card may come back in learning (1) a minute later.
    expect(rows[0][3]).toBe("0");
    expect(rows.every((r) => ["0", "1", "2", "3"].includes(r[3]))).toBe(true);
    expect(csv.text).not.toContain(theirs[0].cardId);

    const json = await callRoute(reviewsJsonRoute.GET);
    expect(
      json.json.reviews.map((r: { cardId: string; reviewedAt: number; rating: number; durationMs: number; origin: string }) => [
        r.cardId,
        r.reviewedAt,
        r.rating,
        r.durationMs,
        r.origin,
      ]),
    ).toEqual(mine.map((r) => [r.cardId, r.at, r.rating, r.durationMs, "practice"]));
  });
});

describe("the Anki deck", () => {
  it("is a tab-separated notes file with Anki's headers: the question on the front, answer, explanation and source on the back", async () => {
    const learner = await person("student");
    await nextPracticeCard(db(), learner.id, "flashcard", T0);
    await signInAs(learner);
    const deck = await callRoute(ankiRoute.GET);
    expect(deck.status).toBe(200);
    const lines = deck.text.trimEnd().split("\n");
    expect(lines.slice(0, 7).join("\n")).toBe(
      "#separator:tab\n#html:true\n#notetype:Basic\n#deck:Demarc\n#columns:Front\tBack\tTags\tGUID\n#tags column:3\n#guid column:4",
    );
    const notes = lines.slice(7).map((line) => line.split("\t"));
    const cardCount = (await db().select().from(schema.cards).where(eq(schema.cards.userId, learner.id))).length;
    expect(notes.length).toBe(cardCount);
    for (const note of notes) {
      expect(note).toHaveLength(4);
      expect(note[3]).toMatch(/^demarc:(fact|service-model):/);
      expect(note[0].length).toBeGreaterThan(10);
      expect(note[2]).toMatch(/^demarc service::\S+ model::\S+ topic::\S+$/);
    }
    const acm = notes.find((n) => n[0].includes("renew an Amazon-issued"))!;
    expect(acm[1]).toMatch(/^<b>AWS\./);
    expect(acm[1]).toContain("Managed certificate renewal in AWS Certificate Manager");
    expect(acm[1]).toContain("<a href='https://docs.aws.amazon.com/acm/latest/userguide/acm-renewal.html'>");
    // No raw double quote anywhere: Anki's reader would take a field starting with one as quoted.
    expect(lines.slice(7).join("\n")).not.toContain('"');
    expect(new Set(notes.map((n) => n[3])).size).toBe(notes.length);
  });
});

/** A student with something in every table a student touches, and an instructor whose class they are in. */
async function busyStudent() {
  const instructor = await person("instructor");
  const student = await person("student");
  const klass = await createClass(db(), instructor.id, "Cloud 101", T0);
  await joinClass(db(), student.id, "10.1.1.1", klass.joinCode, T0);
  const gift = await importGiftQuestions(db(), instructor.id, klass.id, "Is S3 object data yours to classify? {T}", "Course reader", T0);
  const { id: assignmentId } = await createAssignment(
    db(),
    instructor.id,
    klass.id,
    {
      title: "Week 1",
      mode: "practice",
      dueAt: T0 + 48 * HOUR,
      selection: { questionIds: [...scenarioItems.slice(0, 2).map((i) => i.id), `class:${gift.ids[0]}`], seed: "fixed" },
    },
    T0,
  );
  const { attempt } = await startAttempt(db(), student.id, assignmentId, T0 + HOUR);
  for (const question of attempt.questions)
    await answerQuestion(db(), student.id, assignmentId, attempt.attemptId, question.id, [question.choices[0].id], T0 + HOUR);
  await reviewFlashcards(student, [{ at: T0 + 2 * HOUR, rating: 3, durationMs: 3000 }]);
  const exam = await startExam(db(), student.id, { blueprint: "custom", options: { count: 5, minutes: 10 } }, T0 + 3 * HOUR);
  await saveExamAnswer(
    db(),
    student.id,
    exam.attemptId,
    exam.questions[0].id,
    { choiceIds: [exam.questions[0].choices[0].id], flagged: true },
    T0 + 3 * HOUR,
  );
  await submitExam(db(), student.id, exam.attemptId, T0 + 3 * HOUR + 60_000);
  await saveLearnerSettings(db(), student.id, { timeZone: "Europe/Madrid" }, T0);
  await hitRateLimit(db(), `join:user:${student.id}`, JOIN_PER_USER);
  await hitRateLimit(db(), `optimize:${student.id}`, OPTIMIZE_PER_USER);
  await hitRateLimit(db(), `sign-in:email:${student.email}`, SIGN_IN_PER_EMAIL);
  return { instructor, student, classId: klass.id, assignmentId, examId: exam.attemptId, attemptId: attempt.attemptId };
}

/** Every row of every table in db/schema.ts, as text, so an id or email anywhere in it is found. */
async function everyRow() {
  const tables = (Object.values(schema) as unknown[]).filter((value): value is SQLiteTable => is(value, SQLiteTable));
  expect(tables.map((t) => getTableName(t)).sort()).toEqual(
    [
      "assignment_answers",
      "assignment_attempts",
      "assignments",
      "cards",
      "class_members",
      "class_questions",
      "classes",
      "exam_answers",
      "exam_attempts",
      "rate_limit_hits",
      "review_log",
      "user_settings",
      "users",
    ].sort(),
  );
  const rows: { table: string; text: string }[] = [];
  for (const table of tables) {
    expect(Object.keys(getTableColumns(table)).length).toBeGreaterThan(0);
    for (const row of await db().select().from(table)) rows.push({ table: getTableName(table), text: JSON.stringify(row) });
  }
  return rows;
}

async function identifiersOf(userId: string, email: string) {
  const rows = await everyRow();
  const ids = new Set([userId, email]);
  // Rows that belong to the account without naming it: its cards' and attempts' ids.
  for (const row of rows) {
    const parsed = JSON.parse(row.text);
    if (parsed.userId === userId && parsed.id) ids.add(parsed.id);
  }
  return [...ids];
}

describe("everything about me", () => {
  it("holds the account, settings, cards, reviews, exams, memberships and answers, never the password hash or another user's data", async () => {
    const { student, instructor, examId, attemptId, classId } = await busyStudent();
    const { student: other } = await busyStudent();
    await signInAs(student);
    const everything = await callRoute(everythingRoute.GET);
    expect(everything.status).toBe(200);
    expect(everything.headers.get("content-disposition")).toMatch(/demarc-my-data\.json/);
    const data = everything.json;
    expect(data.account).toEqual({
      id: student.id,
      role: "student",
      name: student.name,
      email: student.email,
      createdAt: expect.any(Number),
    });
    expect(data.settings.timeZone).toBe("Europe/Madrid");
    expect(data.cards.length).toBeGreaterThan(0);
    expect(data.reviews.map((r: { origin: string }) => r.origin).sort()).toEqual(
      expect.arrayContaining(["assignment", "exam", "practice"]),
    );
    expect(data.examAttempts.map((a: { id: string }) => a.id)).toEqual([examId]);
    expect(data.examAttempts[0].answers[0]).toMatchObject({ flagged: true });
    expect(data.classMemberships).toEqual([{ classId, name: "Cloud 101", instructorName: instructor.name, joinedAt: T0 }]);
    expect(data.assignmentAttempts.map((a: { id: string }) => a.id)).toEqual([attemptId]);
    expect(data.assignmentAttempts[0].answers).toHaveLength(3);
    expect(everything.text).not.toContain(passwordHash);
    expect(everything.text).not.toMatch(/"password/i);
    for (const theirs of await identifiersOf(other.id, other.email)) expect(everything.text).not.toContain(theirs);
  });
});

describe("deleting an account", () => {
  it("needs the right password, then leaves no row of the student in any table", async () => {
    const { student, instructor, classId } = await busyStudent();
    const { student: bystander } = await busyStudent();
    const before = await identifiersOf(student.id, student.email);
    expect(before.length).toBeGreaterThan(5);
    // Rate-limit counters expire and are pruned at random (1 hit in 100 clears day-old ones): not data anyone loses.
    const bystanderRowsOf = (rows: { table: string; text: string }[]) =>
      rows.filter((row) => row.table !== "rate_limit_hits" && row.text.includes(bystander.id)).length;
    const bystanderRows = bystanderRowsOf(await everyRow());

    await signInAs(student);
    const wrong = await callRoute(meRoute.DELETE, { method: "DELETE", body: { password: "not my password" } });
    expect(wrong.status).toBe(400);
    expect(wrong.json.error.fieldErrors.password).toEqual(["That password is not right. Nothing was deleted."]);
    expect((await everyRow()).some((row) => row.text.includes(student.id))).toBe(true);

    const deleted = await callRoute(meRoute.DELETE, { method: "DELETE", body: { password: PASSWORD } });
    expect(deleted.status).toBe(200);
    expect(deleted.json).toEqual({ deleted: true, classesHandedOver: 0, classesDeleted: 0 });
    const left = (await everyRow()).filter((row) => before.some((id) => row.text.includes(id)));
    expect(left).toEqual([]);
    // Nobody else lost anything: the class, its instructor and the other student are intact.
    const after = await everyRow();
    expect(bystanderRowsOf(after)).toBe(bystanderRows);
    expect(after.some((row) => row.table === "classes" && row.text.includes(classId) && row.text.includes(instructor.id))).toBe(true);
  });

  it("makes an instructor choose: hand the classes over, or delete them with the students' attempts", async () => {
    const { instructor, student, classId, assignmentId } = await busyStudent();
    const colleague = await person("instructor");
    await signInAs(instructor);
    const undecided = await callRoute(meRoute.DELETE, { method: "DELETE", body: { password: PASSWORD } });
    expect(undecided.status).toBe(400);
    expect(undecided.json.error.message).toMatch(
      /You teach a class \(“Cloud 101”\)\. Hand it over to another instructor, or delete it with every student's attempts and answers\. Nothing was deleted\./,
    );
    const notAnInstructor = await callRoute(meRoute.DELETE, { method: "DELETE", body: { password: PASSWORD, handOverTo: student.email } });
    expect(notAnInstructor.json.error.fieldErrors.handOverTo).toEqual(["No other instructor has an account with this email."]);

    const before = await identifiersOf(instructor.id, instructor.email);
    const handedOver = await callRoute(meRoute.DELETE, {
      method: "DELETE",
      body: { password: PASSWORD, handOverTo: colleague.email.toUpperCase() },
    });
    expect(handedOver.json).toEqual({ deleted: true, classesHandedOver: 1, classesDeleted: 0 });
    expect((await everyRow()).filter((row) => before.some((id) => row.text.includes(id)))).toEqual([]);
    await signInAs(colleague);
    const results = await callRoute(resultsCsvRoute.GET, { params: { assignmentId } });
    expect(results.status).toBe(200);
    expect(strictCsv(results.text)[1][1]).toBe(student.email);

    // The colleague leaves too, deleting the class: its assignment and the student's attempts go with it; the student stays.
    const gone = await callRoute(meRoute.DELETE, { method: "DELETE", body: { password: PASSWORD, deleteClasses: true } });
    expect(gone.json).toEqual({ deleted: true, classesHandedOver: 0, classesDeleted: 1 });
    const rows = await everyRow();
    expect(rows.filter((row) => row.text.includes(classId) || row.text.includes(assignmentId) || row.text.includes(colleague.id))).toEqual(
      [],
    );
    expect(rows.some((row) => row.table === "users" && row.text.includes(student.id))).toBe(true);
  });
});

describe("every CSV export", () => {
  it("reads in a strict RFC 4180 parser with every row as long as its header, accents intact", async () => {
    const { instructor, student, classId, assignmentId } = await busyStudent();
    await signInAs(instructor);
    const gradebook = strictCsv((await callRoute(gradebookRoute.GET, { params: { classId } })).text);
    expect(gradebook[0]).toEqual(["Name", "Email", "Week 1 (%)", "Week 1 status"]);
    expect(gradebook[1].slice(0, 2)).toEqual([student.name, student.email]);

    const results = strictCsv((await callRoute(resultsCsvRoute.GET, { params: { assignmentId } })).text);
    expect(results[0]).toEqual(RESULTS_CSV_HEADER.split(","));
    expect(results[1][0]).toBe(student.name);

    // The true/false question has two options where the scenarios have four: its row is padded with empty cells.
    const items = strictCsv((await callRoute(itemsCsvRoute.GET, { params: { assignmentId } })).text);
    const itemsHeader =
      "Question,Prompt,Kind,Model,Service,Facts,Responses,Correct,Share correct (%),Partly correct,Average credit (%),Unanswered,Discrimination,Flags";
    expect(items[0].slice(0, 14)).toEqual(itemsHeader.split(","));
    expect(items[0].slice(14, 17)).toEqual(["Option A", "Option A correct", "Option A chosen"]);
    const trueFalse = items.find((row) => row[2] === "true-false")!;
    expect(trueFalse.slice(14 + 2 * 3)).toEqual(Array(items[0].length - 14 - 2 * 3).fill(""));
    expect(trueFalse.slice(14, 20).filter(Boolean)).toHaveLength(6);

    await signInAs(student);
    const revlog = strictCsv((await callRoute(revlogRoute.GET)).text);
    expect(revlog.length).toBeGreaterThan(1);
  });
});
