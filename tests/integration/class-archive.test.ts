import { randomUUID } from "node:crypto";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { getDb } from "@/db";
import type { Role } from "@/db/schema";
import { createUser } from "@/db/queries/users";
import { createClass, joinClass } from "@/server/classes/classes";
import { createAssignment, studentAssignments } from "@/server/classes/assignments";
import { studentAssignmentOverview } from "@/server/attempts/student-assignment";
import { bank } from "@/questions/bank";
import { bankItems } from "@/questions/generator";
import { callRoute, cookieJarHeaders, signInAs } from "@/tests/support/api-calls";
import * as classesRoute from "@/app/api/v1/classes/route";
import * as classRoute from "@/app/api/v1/classes/[classId]/route";
import * as joinRoute from "@/app/api/v1/classes/join/route";
import * as classAssignmentsRoute from "@/app/api/v1/classes/[classId]/assignments/route";
import * as gradebookRoute from "@/app/api/v1/classes/[classId]/gradebook.csv/route";
import * as attemptsRoute from "@/app/api/v1/assignments/[assignmentId]/attempts/route";
import * as attemptRoute from "@/app/api/v1/assignments/[assignmentId]/attempts/[attemptId]/route";
import * as submitRoute from "@/app/api/v1/assignments/[assignmentId]/attempts/[attemptId]/submit/route";
import * as resultsRoute from "@/app/api/v1/assignments/[assignmentId]/results/route";

vi.mock("next/headers", async (importOriginal) => ({ ...(await importOriginal<object>()), ...cookieJarHeaders() }));

const HOUR = 3_600_000;
const db = () => getDb();
const items = bankItems(bank)
  .filter((item) => item.id.startsWith("scenario-owner:") && !item.id.includes("/"))
  .slice(0, 2)
  .map((item) => item.id);

const person = (role: Role) => createUser(db(), { email: `${role}-${randomUUID()}@example.com`, name: role, passwordHash: "x", role });
const archive = (classId: string, archived: boolean) =>
  callRoute(classRoute.PATCH, { method: "PATCH", params: { classId }, body: { archived } });
const newAssignment = (classId: string) =>
  callRoute(classAssignmentsRoute.POST, {
    method: "POST",
    params: { classId },
    body: { title: "Week 2", mode: "practice", dueAt: Date.now() + 48 * HOUR, selection: { questionIds: items } },
  });

/** A class with one student who has submitted one assignment, and a second assignment still open to them. */
async function classWithHistory() {
  const now = Date.now();
  const instructor = await person("instructor");
  const student = await person("student");
  const created = await createClass(db(), instructor.id, "Cloud 101", now);
  await joinClass(db(), student.id, "10.0.0.1", created.joinCode, now);
  const practiceDueInTwoDays = (title: string) =>
    createAssignment(
      db(),
      instructor.id,
      created.id,
      { title, mode: "practice", dueAt: now + 48 * HOUR, selection: { questionIds: items } },
      now,
    );
  const done = await practiceDueInTwoDays("Week 1");
  const open = await practiceDueInTwoDays("Week 2");
  await signInAs(student);
  const started = await callRoute(attemptsRoute.POST, { method: "POST", params: { assignmentId: done.id } });
  expect(started.status).toBe(201);
  await callRoute(submitRoute.POST, { method: "POST", params: { assignmentId: done.id, attemptId: started.json.attemptId } });
  return {
    instructor,
    student,
    classId: created.id,
    joinCode: created.joinCode,
    doneId: done.id,
    openId: open.id,
    attemptId: started.json.attemptId as string,
  };
}

beforeEach(() => signInAs(null));

describe("archiving a class", () => {
  it("is the owner's alone: another instructor gets 404, a student 403, nobody signed in 401, and the class stays active", async () => {
    const { instructor, student, classId } = await classWithHistory();
    await signInAs(null);
    expect((await archive(classId, true)).status).toBe(401);
    await signInAs(student);
    expect((await archive(classId, true)).status).toBe(403);
    await signInAs(await person("instructor"));
    expect((await archive(classId, true)).status).toBe(404);
    await signInAs(instructor);
    expect((await callRoute(classRoute.GET, { params: { classId } })).json.archivedAt).toBeNull();
  });

  it("refuses a body that is neither a name nor an archived flag, naming the field", async () => {
    const { instructor, classId } = await classWithHistory();
    await signInAs(instructor);
    const empty = await callRoute(classRoute.PATCH, { method: "PATCH", params: { classId }, body: {} });
    expect(empty.status).toBe(400);
    expect(empty.json.error.fieldErrors.name).toBeDefined();
    const notBoolean = await callRoute(classRoute.PATCH, { method: "PATCH", params: { classId }, body: { archived: "yes" } });
    expect(notBoolean.status).toBe(400);
    expect(notBoolean.json.error.fieldErrors.archived).toBeDefined();
  });

  it("keeps the first archive date, lists the class as archived, and unarchives", async () => {
    const { instructor, classId } = await classWithHistory();
    await signInAs(instructor);
    const first = await archive(classId, true);
    expect(first.status).toBe(200);
    expect(first.json.archivedAt).toBeGreaterThan(0);
    const again = await archive(classId, true);
    expect(again.json.archivedAt).toBe(first.json.archivedAt);
    const listed = (await callRoute(classesRoute.GET)).json.classes.find((c: { id: string }) => c.id === classId);
    expect(listed.archivedAt).toBe(first.json.archivedAt);
    expect((await callRoute(classRoute.GET, { params: { classId } })).json.archivedAt).toBe(first.json.archivedAt);
    const back = await archive(classId, false);
    expect(back.status).toBe(200);
    expect(back.json.archivedAt).toBeNull();
    expect((await newAssignment(classId)).status).toBe(201);
  });

  it("stops the join code (403, as a turned-off code) until the class is unarchived", async () => {
    const { instructor, classId, joinCode } = await classWithHistory();
    await signInAs(instructor);
    await archive(classId, true);
    const newcomer = await person("student");
    await signInAs(newcomer);
    const refused = await callRoute(joinRoute.POST, { method: "POST", body: { code: joinCode } });
    expect(refused.status).toBe(403);
    expect(refused.json.error.message).toMatch(/turned off/);
    await signInAs(instructor);
    await archive(classId, false);
    await signInAs(newcomer);
    expect((await callRoute(joinRoute.POST, { method: "POST", body: { code: joinCode } })).status).toBe(200);
  });

  it("refuses new assignments with 409 while the gradebook, results and exports stay readable", async () => {
    const { instructor, classId, doneId } = await classWithHistory();
    await signInAs(instructor);
    await archive(classId, true);
    const refused = await newAssignment(classId);
    expect(refused.status).toBe(409);
    expect(refused.json.error.message).toMatch(/archived.*Unarchive/);
    const gradebook = await callRoute(classRoute.GET, { params: { classId } });
    expect(gradebook.status).toBe(200);
    expect(gradebook.json.students[0].assignments.find((a: { assignmentId: string }) => a.assignmentId === doneId).status).toBe(
      "submitted",
    );
    expect((await callRoute(gradebookRoute.GET, { params: { classId } })).text).toMatch(/Week 1/);
    expect((await callRoute(resultsRoute.GET, { params: { assignmentId: doneId } })).json.summary.submitted).toBe(1);
  });

  it("offers students no new attempts but keeps their results, and lets an attempt under way finish", async () => {
    const { instructor, student, classId, doneId, openId, attemptId } = await classWithHistory();
    const now = Date.now();
    // A second student has an attempt under way on the open assignment when the class is archived.
    const other = await person("student");
    await signInAs(instructor);
    const { joinCode } = (await callRoute(classRoute.GET, { params: { classId } })).json;
    await joinClass(db(), other.id, "10.0.0.2", joinCode, now);
    await signInAs(other);
    const underWay = await callRoute(attemptsRoute.POST, { method: "POST", params: { assignmentId: openId } });
    expect(underWay.status).toBe(201);
    await signInAs(instructor);
    await archive(classId, true);

    await signInAs(student);
    const refused = await callRoute(attemptsRoute.POST, { method: "POST", params: { assignmentId: openId } });
    expect(refused.status).toBe(409);
    expect(refused.json.error.message).toMatch(/archived/);
    expect((await studentAssignmentOverview(db(), student.id, openId, now)).startBlocker).toBe("class_archived");
    const work = await studentAssignments(db(), student.id, now);
    expect(work.every((a) => a.classArchived)).toBe(true);
    expect(work.find((a) => a.id === doneId)?.status).toBe("submitted");
    expect((await callRoute(attemptRoute.GET, { params: { assignmentId: doneId, attemptId } })).status).toBe(200);

    await signInAs(other);
    const resumed = await callRoute(attemptsRoute.POST, { method: "POST", params: { assignmentId: openId } });
    expect(resumed.status).toBe(200);
    expect(
      (await callRoute(submitRoute.POST, { method: "POST", params: { assignmentId: openId, attemptId: underWay.json.attemptId } })).status,
    ).toBe(200);
  });
});
