/**
 * The contract: every route under app/api/v1 (and register, health) is driven through each status
 * the OpenAPI document lists for it, and every answer is validated against the document the server
 * serves. A route the document does not describe, a status it does not list, a field it does not
 * declare or a documented status no test reached all fail here.
 */
import { randomUUID } from "node:crypto";
import { writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { Ajv2020, type ValidateFunction } from "ajv/dist/2020";
import { Validator } from "@seriousme/openapi-schema-validator";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { getDb } from "@/db";
import { presentCard } from "@/db/queries/cards";
import { hitRateLimit } from "@/db/queries/rate-limits";
import { createUser } from "@/db/queries/users";
import type { Role } from "@/db/schema";
import { hashPassword } from "@/server/accounts/passwords";
import { JOIN_PER_USER, OPTIMIZE_PER_USER, PASSWORD_CHANGE_PER_USER, REGISTER_PER_IP, SIGN_IN_PER_EMAIL } from "@/server/rate-limit-rules";
import { bank } from "@/questions/bank";
import { bankItems } from "@/questions/generator";
import { callRoute, cookieJarHeaders, signInAs, type Answer, type Caller } from "@/tests/support/api-calls";

vi.mock("next/headers", async (importOriginal) => ({ ...(await importOriginal<object>()), ...cookieJarHeaders() }));

type Method = "get" | "post" | "put" | "patch" | "delete";
type Doc = {
  paths: Record<
    string,
    Partial<
      Record<
        Method,
        {
          responses: Record<string, { content?: Record<string, { schema: object; example?: unknown }> }>;
          requestBody?: { content: Record<string, { schema: object; example?: unknown }> };
        }
      >
    >
  >;
  components: { schemas: Record<string, object> };
};

// Every route module, found on disk: the test cannot forget one.
const routeModules = import.meta.glob<Record<string, unknown>>("../../app/api/**/route.ts");
const templateOf = (file: string) =>
  file
    .replace(/^\.\.\/\.\.\/app/, "")
    .replace(/\/route\.ts$/, "")
    .replace(/\[(\w+)\]/g, "{$1}");
const routeFiles = Object.keys(routeModules).filter((file) => !file.includes("[...nextauth]"));

let doc: Doc;
const ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: false });
const validators = new Map<string, ValidateFunction>();
const reached = new Set<string>();

function validatorFor(schema: object, key: string) {
  let validate = validators.get(key);
  if (!validate) {
    validate = ajv.compile({ ...schema, components: doc.components });
    validators.set(key, validate);
  }
  return validate;
}

/** The status of one documented call; the answer is checked against the document all the same. */
const statusOf = async (...request: Parameters<typeof call>) => (await call(...request)).status;

/** Calls one operation by its documented path and method, and checks the answer against the document. */
async function call(
  method: Method,
  template: string,
  options: { params?: Record<string, string>; query?: string; body?: unknown; rawBody?: string; ip?: string } = {},
): Promise<Answer> {
  const file = routeFiles.find((f) => templateOf(f) === template);
  if (!file) throw new Error(`No route file for ${template}`);
  const handler = (await routeModules[file]())[method.toUpperCase()];
  if (!handler) throw new Error(`${template} has no ${method.toUpperCase()} handler`);
  const url = `http://localhost${template.replace(/\{(\w+)\}/g, (_m, name: string) => options.params?.[name] ?? name)}${options.query ? `?${options.query}` : ""}`;
  const answer = await callRoute(handler, {
    method: method.toUpperCase(),
    url,
    params: options.params,
    body: options.body,
    rawBody: options.rawBody,
    ip: options.ip,
  });
  const operation = doc.paths[template]?.[method];
  expect(operation, `${method.toUpperCase()} ${template} is not in the OpenAPI document`).toBeDefined();
  const documented = operation!.responses[String(answer.status)];
  expect(
    documented,
    `${method.toUpperCase()} ${template} answered ${answer.status}, which the document does not list: ${answer.text.slice(0, 300)}`,
  ).toBeDefined();
  reached.add(`${method} ${template} ${answer.status}`);
  const [mediaType, media] = Object.entries(documented!.content ?? {})[0] ?? [];
  if (!mediaType) {
    expect(answer.text, `${method.toUpperCase()} ${template} ${answer.status} has no body in the document`).toBe("");
  } else if (mediaType === "application/json") {
    expect(answer.headers.get("content-type")).toMatch(/^application\/json/);
    const validate = validatorFor(media!.schema, `${method} ${template} ${answer.status}`);
    if (!validate(answer.json)) {
      throw new Error(
        `${method.toUpperCase()} ${template} ${answer.status} does not match the document: ${ajv.errorsText(validate.errors)}\n${answer.text.slice(0, 600)}`,
      );
    }
  } else {
    expect(answer.headers.get("content-type")).toContain(mediaType);
  }
  return answer;
}

const db = () => getDb();
const PASSWORD = "correct horse battery";
let passwordHash: string;
async function person(role: Role, name = role === "student" ? "Sam Student" : "Ida Instructor"): Promise<Caller> {
  const user = await createUser(db(), { email: `${role}-${randomUUID()}@example.com`, name, passwordHash, role });
  return { id: user.id, role: user.role, name: user.name, email: user.email };
}
const inFuture = (hours = 48) => Date.now() + hours * 3_600_000;
const scenarioItems = bankItems(bank).filter((item) => item.id.startsWith("scenario-owner:") && !item.id.includes("/"));

beforeAll(async () => {
  passwordHash = await hashPassword(PASSWORD);
  const { GET } = await import("@/app/api/v1/openapi.json/route");
  doc = (await (await GET()).json()) as Doc;
});

describe("the OpenAPI document", () => {
  it("is valid OpenAPI 3.1 (checked against the official 3.1 schema)", async () => {
    const validator = new Validator();
    const result = await validator.validate(doc as never);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    expect(validator.version).toBe("3.1");
  });

  it("describes every route handler under app/api, and nothing that is not one", async () => {
    const handlers: string[] = [];
    for (const file of routeFiles) {
      const exported = await routeModules[file]();
      for (const method of ["GET", "POST", "PUT", "PATCH", "DELETE"])
        if (exported[method]) handlers.push(`${method.toLowerCase()} ${templateOf(file)}`);
    }
    const documented = Object.entries(doc.paths).flatMap(([template, item]) => Object.keys(item).map((method) => `${method} ${template}`));
    expect(documented.sort()).toEqual(handlers.sort());
  });

  it("gives request examples that its own request schemas accept", () => {
    for (const [template, item] of Object.entries(doc.paths)) {
      for (const [method, operation] of Object.entries(item)) {
        const media = operation?.requestBody?.content["application/json"];
        if (!media?.example) continue;
        const validate = validatorFor(media.schema, `${method} ${template} request`);
        expect(validate(media.example), `${method} ${template}: ${ajv.errorsText(validate.errors)}`).toBe(true);
      }
    }
  });
});

describe("every route answers as documented", () => {
  it("refuses every signed-in route without a session (401) and each role-only route to the other role (403)", async () => {
    const student = await person("student");
    const instructor = await person("instructor");
    for (const [template, item] of Object.entries(doc.paths)) {
      for (const [method, operation] of Object.entries(item) as [Method, NonNullable<Doc["paths"][string][Method]>][]) {
        const params = Object.fromEntries([...template.matchAll(/\{(\w+)\}/g)].map(([, name]) => [name, "x"]));
        if (operation.responses["401"]) {
          await signInAs(null);
          expect(await statusOf(method, template, { params, body: {} })).toBe(401);
        }
        if (operation.responses["403"]) {
          for (const other of [student, instructor]) {
            await signInAs(other);
            const answer = await callRoute(
              (await routeModules[routeFiles.find((f) => templateOf(f) === template)!]())[method.toUpperCase()],
              { method: method.toUpperCase(), params, body: {} },
            );
            if (answer.status === 403 && answer.json.error.message.startsWith("This endpoint is for"))
              await call(method, template, { params, body: {} });
          }
        }
      }
    }
  });

  it("practice: next card, reviews, re-rating, undo, card flags, reveal, summary", async () => {
    const learner = await person("student");
    await signInAs(learner);
    expect(await statusOf("get", "/api/v1/practice/next", { query: "mode=sideways" })).toBe(400);
    const shown = (await call("get", "/api/v1/practice/next", { query: "mode=flashcard" })).json.card;
    expect(shown).not.toBeNull();
    expect(await statusOf("get", "/api/v1/cards/{cardId}/answer", { params: { cardId: shown.id } })).toBe(200);
    expect(await statusOf("get", "/api/v1/cards/{cardId}/answer", { params: { cardId: "no-such-card" } })).toBe(404);

    const first = randomUUID();
    expect(await statusOf("post", "/api/v1/reviews", { body: { reviewId: first, cardId: shown.id, rating: 3 } })).toBe(201);
    expect((await call("post", "/api/v1/reviews", { body: { reviewId: first, cardId: shown.id, rating: 3 } })).json.duplicate).toBe(true);
    expect(await statusOf("post", "/api/v1/reviews", { body: { reviewId: randomUUID(), cardId: shown.id, rating: 9 } })).toBe(400);
    expect(await statusOf("post", "/api/v1/reviews", { body: { reviewId: randomUUID(), cardId: "no-such-card", rating: 3 } })).toBe(404);
    // Answered, so no longer the card on screen: a second review of it is refused, and so is revealing it.
    expect(await statusOf("post", "/api/v1/reviews", { body: { reviewId: randomUUID(), cardId: shown.id, rating: 3 } })).toBe(409);
    expect(await statusOf("get", "/api/v1/cards/{cardId}/answer", { params: { cardId: shown.id } })).toBe(409);

    expect(await statusOf("post", "/api/v1/reviews/{reviewId}/rating", { params: { reviewId: first }, body: { rating: 4 } })).toBe(200);
    expect(await statusOf("post", "/api/v1/reviews/{reviewId}/rating", { params: { reviewId: first }, body: { rating: 1 } })).toBe(400);
    expect(await statusOf("post", "/api/v1/reviews/{reviewId}/rating", { params: { reviewId: randomUUID() }, body: { rating: 4 } })).toBe(
      404,
    );

    // The same card shown again and reviewed: the first review is no longer its latest.
    await presentCard(db(), learner.id, shown.id, "again", "flashcard");
    const second = randomUUID();
    expect(await statusOf("post", "/api/v1/reviews", { body: { reviewId: second, cardId: shown.id, rating: 1, durationMs: 2500 } })).toBe(
      201,
    );
    expect(await statusOf("post", "/api/v1/reviews/{reviewId}/undo", { params: { reviewId: first } })).toBe(409);
    expect(await statusOf("post", "/api/v1/reviews/{reviewId}/rating", { params: { reviewId: first }, body: { rating: 2 } })).toBe(409);
    expect(await statusOf("post", "/api/v1/reviews/{reviewId}/undo", { params: { reviewId: second } })).toBe(200);
    expect(await statusOf("post", "/api/v1/reviews/{reviewId}/undo", { params: { reviewId: second } })).toBe(404);

    // A quiz answer picking every choice is wrong, and a wrong answer cannot be re-rated.
    const quiz = (await call("get", "/api/v1/practice/next", { query: "mode=quiz&prefer=" + shown.id })).json.card;
    const wrong = randomUUID();
    const graded = await call("post", "/api/v1/reviews", {
      body: {
        reviewId: wrong,
        cardId: quiz.id,
        choiceIds: quiz.question.choices.map((c: { id: string }) => c.id),
        durationMs: 1000,
        cardVersion: quiz.version,
      },
    });
    expect(graded.status).toBe(201);
    expect(graded.json.correct).toBe(false);
    expect(await statusOf("post", "/api/v1/reviews/{reviewId}/rating", { params: { reviewId: wrong }, body: { rating: 3 } })).toBe(409);
    // The answer shown again after a reload, until the card moves on; never another learner's.
    expect((await call("get", "/api/v1/reviews/{reviewId}", { params: { reviewId: wrong } })).json.reviewId).toBe(wrong);
    expect(await statusOf("get", "/api/v1/reviews/{reviewId}", { params: { reviewId: randomUUID() } })).toBe(404);
    await presentCard(db(), learner.id, quiz.id, "later", "quiz");
    expect(await statusOf("get", "/api/v1/reviews/{reviewId}", { params: { reviewId: wrong } })).toBe(409);

    expect(await statusOf("patch", "/api/v1/cards/{cardId}", { params: { cardId: quiz.id }, body: { flagged: true } })).toBe(200);
    expect(await statusOf("patch", "/api/v1/cards/{cardId}", { params: { cardId: quiz.id }, body: { buryUntilTomorrow: true } })).toBe(200);
    expect(await statusOf("patch", "/api/v1/cards/{cardId}", { params: { cardId: quiz.id }, body: {} })).toBe(400);
    expect(await statusOf("patch", "/api/v1/cards/{cardId}", { params: { cardId: "no-such-card" }, body: { suspended: true } })).toBe(404);
    expect(await statusOf("get", "/api/v1/practice/summary")).toBe(200);

    // The card browser, and bulk changes that touch only the caller's cards.
    const listed = await call("get", "/api/v1/cards", { query: "mark=flagged" });
    expect(listed.json.cards.map((c: { id: string }) => c.id)).toEqual([quiz.id]);
    expect(await statusOf("get", "/api/v1/cards", { query: "state=sideways" })).toBe(400);
    expect(
      (await call("post", "/api/v1/cards/bulk", { body: { cardIds: [quiz.id, "someone-elses"], action: "unflag" } })).json.changed,
    ).toBe(1);
    expect(await statusOf("post", "/api/v1/cards/bulk", { body: { cardIds: [], action: "flag" } })).toBe(400);
    // Custom study: out-of-range study-ahead days are refused.
    expect(await statusOf("get", "/api/v1/practice/next", { query: "mode=quiz&ahead=90" })).toBe(400);
    expect(await statusOf("get", "/api/v1/practice/next", { query: "mode=quiz&ahead=3&extraNew=10" })).toBe(200);
  });

  it("mock exams: start, list, read, answer, submit", async () => {
    await signInAs(await person("student"));
    expect(await statusOf("post", "/api/v1/exams", { body: { blueprint: "bar-exam" } })).toBe(400);
    const exam = await call("post", "/api/v1/exams", { body: { blueprint: "custom", options: { count: 5, minutes: 5 } } });
    expect(exam.status).toBe(201);
    const attemptId = exam.json.attemptId;
    const q1 = exam.json.questions[0];
    expect((await call("get", "/api/v1/exams/{attemptId}", { params: { attemptId } })).json.status).toBe("in_progress");
    expect(await statusOf("get", "/api/v1/exams/{attemptId}", { params: { attemptId: "no-such-attempt" } })).toBe(404);
    expect(
      await statusOf("put", "/api/v1/exams/{attemptId}/answers/{questionId}", {
        params: { attemptId, questionId: q1.id },
        body: { choiceIds: [q1.choices[0].id], flagged: true },
      }),
    ).toBe(200);
    expect(
      await statusOf("put", "/api/v1/exams/{attemptId}/answers/{questionId}", {
        params: { attemptId, questionId: q1.id },
        body: { choiceIds: ["zz"] },
      }),
    ).toBe(400);
    expect(
      await statusOf("put", "/api/v1/exams/{attemptId}/answers/{questionId}", {
        params: { attemptId, questionId: "q999" },
        body: { choiceIds: [] },
      }),
    ).toBe(404);
    expect(await statusOf("post", "/api/v1/exams/{attemptId}/submit", { params: { attemptId } })).toBe(200);
    expect(await statusOf("post", "/api/v1/exams/{attemptId}/submit", { params: { attemptId: "no-such-attempt" } })).toBe(404);
    expect(
      await statusOf("put", "/api/v1/exams/{attemptId}/answers/{questionId}", {
        params: { attemptId, questionId: q1.id },
        body: { choiceIds: [] },
      }),
    ).toBe(409);
    expect((await call("get", "/api/v1/exams/{attemptId}", { params: { attemptId } })).json.status).toBe("submitted");
    expect((await call("get", "/api/v1/exams")).json.attempts).toHaveLength(1);
  });

  it("classes and assignments: instructors and students, every documented refusal", async () => {
    const instructor = await person("instructor");
    const student = await person("student");
    const stranger = await person("instructor");

    await signInAs(instructor);
    expect(await statusOf("post", "/api/v1/classes", { body: { name: "" } })).toBe(400);
    const created = await call("post", "/api/v1/classes", { body: { name: "Cloud 101" } });
    expect(created.status).toBe(201);
    const classId = created.json.id;
    expect((await call("get", "/api/v1/classes")).json.classes).toHaveLength(1);
    expect(await statusOf("post", "/api/v1/classes/{classId}/join-code", { params: { classId }, body: { action: "explode" } })).toBe(400);
    expect(await statusOf("get", "/api/v1/classes/{classId}/bank", { params: { classId }, query: "limit=500" })).toBe(400);
    expect(
      await statusOf("get", "/api/v1/classes/{classId}/bank", { params: { classId }, query: "q=patch&models=infrastructure&limit=5" }),
    ).toBe(200);
    expect(await statusOf("post", "/api/v1/classes/{classId}/questions", { params: { classId }, body: { gift: "Who? {=AWS ~Me}" } })).toBe(
      400,
    );
    const imported = await call("post", "/api/v1/classes/{classId}/questions", {
      params: { classId },
      body: { gift: "::Keys:: Who rotates KMS keys you manage? {=You ~AWS}", source: "Course reader" },
    });
    expect(imported.status).toBe(201);
    expect((await call("get", "/api/v1/classes/{classId}/questions", { params: { classId } })).json.questions).toHaveLength(1);
    expect(await statusOf("post", "/api/v1/classes/{classId}/assignments/preview", { params: { classId }, body: { selection: {} } })).toBe(
      400,
    );
    const preview = await call("post", "/api/v1/classes/{classId}/assignments/preview", {
      params: { classId },
      body: { selection: { count: 3 } },
    });
    expect(preview.status).toBe(200);
    expect(
      await statusOf("post", "/api/v1/classes/{classId}/assignments", {
        params: { classId },
        body: { title: "", mode: "practice", dueAt: inFuture(), selection: { count: 3 } },
      }),
    ).toBe(400);
    const questionIds = [...scenarioItems.slice(0, 2).map((i) => i.id), `class:${imported.json.ids[0]}`];
    const practiceWork = await call("post", "/api/v1/classes/{classId}/assignments", {
      params: { classId },
      body: { title: "Week 1", mode: "practice", dueAt: inFuture(), selection: { questionIds, seed: "fixed" } },
    });
    expect(practiceWork.status).toBe(201);
    const examWork = await call("post", "/api/v1/classes/{classId}/assignments", {
      params: { classId },
      body: {
        title: "Quiz 1",
        mode: "exam",
        dueAt: inFuture(),
        timeLimitMinutes: 20,
        attemptsAllowed: 1,
        selection: { questionIds: scenarioItems.slice(2, 4).map((i) => i.id), seed: "fixed" },
      },
    });
    const questionId = imported.json.ids[0];
    expect(await statusOf("delete", "/api/v1/classes/{classId}/questions/{questionId}", { params: { classId, questionId } })).toBe(409);
    expect((await call("get", "/api/v1/classes/{classId}/assignments", { params: { classId } })).json.assignments).toHaveLength(2);

    // The student joins, with the code typed badly, wrongly, while joining is off, and then right.
    await signInAs(student);
    expect(await statusOf("post", "/api/v1/classes/join", { body: { code: "!" } })).toBe(400);
    expect(await statusOf("post", "/api/v1/classes/join", { body: { code: "ZZZZ-ZZZZ" } })).toBe(404);
    await signInAs(instructor);
    expect(await statusOf("post", "/api/v1/classes/{classId}/join-code", { params: { classId }, body: { action: "disable" } })).toBe(200);
    await signInAs(student);
    expect(await statusOf("post", "/api/v1/classes/join", { body: { code: created.json.joinCode } })).toBe(403);
    await signInAs(instructor);
    await call("post", "/api/v1/classes/{classId}/join-code", { params: { classId }, body: { action: "enable" } });
    await signInAs(student);
    expect((await call("post", "/api/v1/classes/join", { body: { code: created.json.joinCode } })).json.alreadyMember).toBe(false);

    expect((await call("get", "/api/v1/assignments")).json.assignments).toHaveLength(2);
    const practiceId = practiceWork.json.id;
    const examId = examWork.json.id;
    expect(
      (await call("get", "/api/v1/assignments/{assignmentId}", { params: { assignmentId: practiceId } })).json.startBlocker,
    ).toBeNull();
    const started = await call("post", "/api/v1/assignments/{assignmentId}/attempts", { params: { assignmentId: practiceId } });
    expect(started.status).toBe(201);
    expect(await statusOf("post", "/api/v1/assignments/{assignmentId}/attempts", { params: { assignmentId: practiceId } })).toBe(200);
    const attemptId = started.json.attemptId;
    const [first, ...rest] = started.json.questions;
    const answerPath = "/api/v1/assignments/{assignmentId}/attempts/{attemptId}/answers/{questionKey}";
    expect(
      await statusOf("put", answerPath, {
        params: { assignmentId: practiceId, attemptId, questionKey: first.id },
        body: { choiceIds: ["zz"] },
      }),
    ).toBe(400);
    expect(
      await statusOf("put", answerPath, {
        params: { assignmentId: practiceId, attemptId, questionKey: "q999" },
        body: { choiceIds: ["a"] },
      }),
    ).toBe(404);
    expect(
      (
        await call("put", answerPath, {
          params: { assignmentId: practiceId, attemptId, questionKey: first.id },
          body: { choiceIds: [first.choices[0].id] },
        })
      ).json.finished,
    ).toBe(false);
    expect(
      await statusOf("put", answerPath, {
        params: { assignmentId: practiceId, attemptId, questionKey: first.id },
        body: { choiceIds: [first.choices[0].id] },
      }),
    ).toBe(409);
    expect(
      (await call("get", "/api/v1/assignments/{assignmentId}/attempts/{attemptId}", { params: { assignmentId: practiceId, attemptId } }))
        .json.status,
    ).toBe("in_progress");
    for (const question of rest)
      await call("put", answerPath, {
        params: { assignmentId: practiceId, attemptId, questionKey: question.id },
        body: { choiceIds: [question.choices[0].id] },
      });
    expect(
      (await call("get", "/api/v1/assignments/{assignmentId}/attempts/{attemptId}", { params: { assignmentId: practiceId, attemptId } }))
        .json.status,
    ).toBe("submitted");
    expect(
      await statusOf("post", "/api/v1/assignments/{assignmentId}/attempts/{attemptId}/submit", {
        params: { assignmentId: practiceId, attemptId },
      }),
    ).toBe(200);
    expect(
      await statusOf("post", "/api/v1/assignments/{assignmentId}/attempts/{attemptId}/submit", {
        params: { assignmentId: practiceId, attemptId: "nope" },
      }),
    ).toBe(404);
    expect(await statusOf("post", "/api/v1/assignments/{assignmentId}/attempts", { params: { assignmentId: practiceId } })).toBe(409);

    const examAttempt = await call("post", "/api/v1/assignments/{assignmentId}/attempts", { params: { assignmentId: examId } });
    const examQuestion = examAttempt.json.questions[0];
    const saved = await call("put", answerPath, {
      params: { assignmentId: examId, attemptId: examAttempt.json.attemptId, questionKey: examQuestion.id },
      body: { choiceIds: [examQuestion.choices[1].id], flagged: true },
    });
    expect(saved.json.saved).toBe(true);

    await signInAs(instructor);
    expect((await call("get", "/api/v1/classes/{classId}", { params: { classId } })).json.students).toHaveLength(1);
    expect(await statusOf("patch", "/api/v1/classes/{classId}", { params: { classId }, body: { name: "" } })).toBe(400);
    expect((await call("patch", "/api/v1/classes/{classId}", { params: { classId }, body: { name: "Cloud 101" } })).json.name).toBe(
      "Cloud 101",
    );
    // Archived, the class takes no new assignments; unarchived, it does again.
    const oneMoreAssignment = { params: { classId }, body: { title: "x", mode: "practice", dueAt: inFuture(), selection: { count: 1 } } };
    expect(
      (await call("patch", "/api/v1/classes/{classId}", { params: { classId }, body: { archived: true } })).json.archivedAt,
    ).toBeGreaterThan(0);
    expect(await statusOf("post", "/api/v1/classes/{classId}/assignments", oneMoreAssignment)).toBe(409);
    expect(
      (await call("patch", "/api/v1/classes/{classId}", { params: { classId }, body: { archived: false } })).json.archivedAt,
    ).toBeNull();
    expect((await call("get", "/api/v1/assignments/{assignmentId}", { params: { assignmentId: practiceId } })).json.className).toBe(
      "Cloud 101",
    );
    expect(
      (await call("get", "/api/v1/assignments/{assignmentId}/attempts/{attemptId}", { params: { assignmentId: practiceId, attemptId } }))
        .json.student.id,
    ).toBe(student.id);
    expect(
      (await call("get", "/api/v1/assignments/{assignmentId}/results", { params: { assignmentId: practiceId } })).json.summary.submitted,
    ).toBe(1);
    for (const download of ["results.csv", "items.csv", "questions.gift"]) {
      expect(await statusOf("get", `/api/v1/assignments/{assignmentId}/${download}`, { params: { assignmentId: practiceId } })).toBe(200);
    }
    expect(await statusOf("get", "/api/v1/classes/{classId}/gradebook.csv", { params: { classId } })).toBe(200);
    expect(await statusOf("patch", "/api/v1/assignments/{assignmentId}", { params: { assignmentId: examId }, body: { dueAt: 5 } })).toBe(
      400,
    );
    expect(
      (await call("patch", "/api/v1/assignments/{assignmentId}", { params: { assignmentId: examId }, body: { title: "Quiz one" } })).json
        .assignment.title,
    ).toBe("Quiz one");

    // Another instructor sees none of it.
    await signInAs(stranger);
    const classPaths = [
      "/api/v1/classes/{classId}",
      "/api/v1/classes/{classId}/gradebook.csv",
      "/api/v1/classes/{classId}/assignments",
      "/api/v1/classes/{classId}/bank",
      "/api/v1/classes/{classId}/questions",
    ];
    for (const template of classPaths) expect(await statusOf("get", template, { params: { classId } })).toBe(404);
    expect(await statusOf("post", "/api/v1/classes/{classId}/join-code", { params: { classId }, body: { action: "rotate" } })).toBe(404);
    expect(await statusOf("patch", "/api/v1/classes/{classId}", { params: { classId }, body: { name: "Mine now" } })).toBe(404);
    expect(await statusOf("post", "/api/v1/classes/{classId}/assignments", oneMoreAssignment)).toBe(404);
    expect(
      await statusOf("post", "/api/v1/classes/{classId}/assignments/preview", { params: { classId }, body: { selection: { count: 1 } } }),
    ).toBe(404);
    expect(
      await statusOf("post", "/api/v1/classes/{classId}/questions", { params: { classId }, body: { gift: "Q {=a ~b}", source: "mine" } }),
    ).toBe(404);
    expect(await statusOf("delete", "/api/v1/classes/{classId}/questions/{questionId}", { params: { classId, questionId } })).toBe(404);
    expect(await statusOf("delete", "/api/v1/classes/{classId}/students/{studentId}", { params: { classId, studentId: student.id } })).toBe(
      404,
    );
    for (const template of [
      "/api/v1/assignments/{assignmentId}",
      "/api/v1/assignments/{assignmentId}/results",
      "/api/v1/assignments/{assignmentId}/results.csv",
      "/api/v1/assignments/{assignmentId}/items.csv",
      "/api/v1/assignments/{assignmentId}/questions.gift",
    ]) {
      expect(await statusOf("get", template, { params: { assignmentId: practiceId } })).toBe(404);
    }
    expect(
      await statusOf("get", "/api/v1/assignments/{assignmentId}/attempts/{attemptId}", { params: { assignmentId: practiceId, attemptId } }),
    ).toBe(404);
    expect(
      await statusOf("patch", "/api/v1/assignments/{assignmentId}", { params: { assignmentId: practiceId }, body: { title: "Mine" } }),
    ).toBe(404);
    expect(await statusOf("delete", "/api/v1/assignments/{assignmentId}", { params: { assignmentId: practiceId } })).toBe(404);

    // A student outside the class sees none of it either.
    await signInAs(await person("student"));
    expect(await statusOf("post", "/api/v1/assignments/{assignmentId}/attempts", { params: { assignmentId: practiceId } })).toBe(404);
    expect(
      await statusOf("put", answerPath, {
        params: { assignmentId: practiceId, attemptId, questionKey: first.id },
        body: { choiceIds: ["a"] },
      }),
    ).toBe(404);

    await signInAs(instructor);
    expect(await statusOf("delete", "/api/v1/assignments/{assignmentId}", { params: { assignmentId: practiceId } })).toBe(204);
    expect(await statusOf("delete", "/api/v1/classes/{classId}/questions/{questionId}", { params: { classId, questionId } })).toBe(204);
    expect(await statusOf("delete", "/api/v1/classes/{classId}/students/{studentId}", { params: { classId, studentId: student.id } })).toBe(
      204,
    );

    // Ten wrong join codes in a quarter of an hour, then the eleventh is refused.
    const guesser = await person("student");
    for (let i = 0; i < JOIN_PER_USER.limit; i++) await hitRateLimit(db(), `join:user:${guesser.id}`, JOIN_PER_USER);
    await signInAs(guesser);
    const limited = await call("post", "/api/v1/classes/join", { body: { code: created.json.joinCode } });
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get("retry-after"))).toBeGreaterThan(0);
  });

  it("your account: settings, exam plan, scheduling, exports, deletion", async () => {
    const learner = await person("student");
    await signInAs(learner);
    expect((await call("get", "/api/v1/me")).json.user.id).toBe(learner.id);
    expect(await statusOf("put", "/api/v1/me/settings", { body: { desiredRetention: "2" } })).toBe(400);
    const settings = {
      desiredRetention: "0.9",
      newPerDay: 20,
      reviewsPerDay: 200,
      learningSteps: "1m 10m",
      relearningSteps: "10m",
      timeZone: "Europe/London",
      dayStartsAtHour: 4,
    };
    expect(await statusOf("put", "/api/v1/me/settings", { body: settings })).toBe(200);
    expect(await statusOf("patch", "/api/v1/me/settings", { body: { dayStartsAtHour: 30 } })).toBe(400);
    expect(await statusOf("patch", "/api/v1/me/settings", { body: { timeZone: "Asia/Tokyo" } })).toBe(200);
    expect(
      await statusOf("put", "/api/v1/me/exam-plan", { body: { examDate: "2001-01-01", examBlueprint: "custom", cramMode: true } }),
    ).toBe(400);
    const examDate = new Date(inFuture(24 * 30)).toISOString().slice(0, 10);
    expect(
      (await call("put", "/api/v1/me/exam-plan", { body: { examDate, examBlueprint: "cloud-practitioner", cramMode: true } })).json
        .cramMode,
    ).toBe(true);
    expect(await statusOf("delete", "/api/v1/me/exam-plan")).toBe(200);
    expect((await call("post", "/api/v1/me/scheduling")).json.status).toBe("too_few");
    for (let i = 1; i < OPTIMIZE_PER_USER.limit; i++) await hitRateLimit(db(), `optimize:${learner.id}`, OPTIMIZE_PER_USER);
    expect(await statusOf("post", "/api/v1/me/scheduling")).toBe(429);
    expect(await statusOf("delete", "/api/v1/me/scheduling")).toBe(200);

    const shown = (await call("get", "/api/v1/practice/next", { query: "mode=flashcard" })).json.card;
    await call("post", "/api/v1/reviews", { body: { reviewId: randomUUID(), cardId: shown.id, rating: 3, durationMs: 1234 } });
    expect((await call("get", "/api/v1/me/reviews.csv")).text).toContain(`${shown.id},`);
    expect((await call("get", "/api/v1/me/reviews.json")).json.reviews).toHaveLength(1);
    expect((await call("get", "/api/v1/me/cards.txt")).text).toMatch(/^#separator:tab\n/);
    expect((await call("get", "/api/v1/me/export.json")).json.account.id).toBe(learner.id);

    expect(await statusOf("delete", "/api/v1/me", { body: { password: "not it" } })).toBe(400);
    const deleted = await call("delete", "/api/v1/me", { body: { password: PASSWORD } });
    expect(deleted.json).toEqual({ deleted: true, classesHandedOver: 0, classesDeleted: 0 });
    expect(deleted.headers.get("set-cookie")).toMatch(/next-auth\.session-token=;/);

    const changer = await person("student");
    await signInAs(changer);
    expect(await statusOf("post", "/api/v1/me/password", { body: { currentPassword: "not it", newPassword: "a-longer-passphrase" } })).toBe(
      400,
    );
    expect(
      (await call("post", "/api/v1/me/password", { body: { currentPassword: PASSWORD, newPassword: "a-longer-passphrase" } })).json.changed,
    ).toBe(true);
    for (let i = 0; i < PASSWORD_CHANGE_PER_USER.limit; i++)
      await hitRateLimit(db(), `password-change:user:${changer.id}`, PASSWORD_CHANGE_PER_USER);
    expect(
      await statusOf("post", "/api/v1/me/password", {
        body: { currentPassword: "a-longer-passphrase", newPassword: "another-passphrase" },
      }),
    ).toBe(429);
    expect((await call("delete", "/api/v1/me/sessions")).json.signedOut).toBe(true);
    expect(await statusOf("get", "/api/v1/me")).toBe(401);

    const target = await person("student");
    for (let i = 0; i < SIGN_IN_PER_EMAIL.limit; i++) await hitRateLimit(db(), `sign-in:email:${target.email}`, SIGN_IN_PER_EMAIL);
    await signInAs(target);
    expect(await statusOf("delete", "/api/v1/me", { body: { password: PASSWORD } })).toBe(429);
  });

  it("registration, health and the document itself", async () => {
    await signInAs(null);
    const email = `new-${randomUUID()}@example.com`;
    expect(await statusOf("post", "/api/register", { body: { name: "New", email, password: "short", role: "student" } })).toBe(400);
    expect(
      await statusOf("post", "/api/register", { body: { name: "New", email, password: PASSWORD, role: "student" }, ip: "198.51.100.1" }),
    ).toBe(201);
    expect(
      await statusOf("post", "/api/register", { body: { name: "New", email, password: PASSWORD, role: "student" }, ip: "198.51.100.1" }),
    ).toBe(409);
    for (let i = 0; i < REGISTER_PER_IP.limit; i++) await hitRateLimit(db(), "register:ip:198.51.100.2", REGISTER_PER_IP);
    expect(
      await statusOf("post", "/api/register", {
        body: { name: "Late", email: `late-${randomUUID()}@example.com`, password: PASSWORD, role: "student" },
        ip: "198.51.100.2",
      }),
    ).toBe(429);
    expect((await call("get", "/api/v1/openapi.json")).json.openapi).toBe("3.1.0");
    expect(await statusOf("get", "/api/health")).toBe(200);

    const holder = globalThis as unknown as { demarcConnection?: unknown };
    const working = holder.demarcConnection;
    const url = process.env.DATABASE_URL;
    holder.demarcConnection = undefined;
    const notAFolder = path.join(os.tmpdir(), `demarc-contract-not-a-folder-${process.pid}`);
    writeFileSync(notAFolder, "");
    process.env.DATABASE_URL = `file:${notAFolder}/broken.db`;
    try {
      expect(await statusOf("get", "/api/health")).toBe(503);
    } finally {
      holder.demarcConnection = working;
      process.env.DATABASE_URL = url;
    }
  });
});

afterAll(() => {
  // Runs after every test above: each documented status of each operation was reached at least once.
  const documented = Object.entries(doc.paths).flatMap(([template, item]) =>
    Object.entries(item).flatMap(([method, operation]) =>
      Object.keys(operation!.responses).map((status) => `${method} ${template} ${status}`),
    ),
  );
  const missed = documented.filter((key) => !reached.has(key));
  expect(missed, `documented but never reached:\n${missed.join("\n")}`).toEqual([]);
});
