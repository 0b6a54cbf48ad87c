import { expect, type APIRequestContext, type PlaywrightWorkerArgs } from "@playwright/test";
import { registerApi, signInApi } from "./helpers";

/** A fresh instructor and student with one of everything, made through the API, with real ids. */
export interface World {
  instructor: { request: APIRequestContext; cookie: string; email: string; password: string };
  student: { request: APIRequestContext; cookie: string; email: string; password: string; id: string };
  ids: {
    classId: string;
    joinCode: string;
    assignmentId: string;
    assignmentAttemptId: string;
    assignmentQuestionId: string;
    classQuestionId: string;
    examAttemptId: string;
    examQuestionId: string;
    cardId: string;
    reviewId: string;
  };
}

async function cookieHeader(request: APIRequestContext) {
  const { cookies } = await request.storageState();
  return cookies.map((c) => `${c.name}=${c.value}`).join("; ");
}

async function ok<T>(response: Awaited<ReturnType<APIRequestContext["get"]>>): Promise<T> {
  expect(response.status(), `${response.url()}: ${await response.text()}`).toBeLessThan(300);
  return (await response.json()) as T;
}

export async function buildWorld(playwright: PlaywrightWorkerArgs["playwright"], baseURL: string): Promise<World> {
  const teacher = await playwright.request.newContext({ baseURL });
  const learner = await playwright.request.newContext({ baseURL });
  const teacherAccount = await registerApi(teacher, "instructor", "World Instructor");
  const learnerAccount = await registerApi(learner, "student", "World Student");
  await signInApi(teacher, teacherAccount.email, teacherAccount.password);
  await signInApi(learner, learnerAccount.email, learnerAccount.password);

  const klass = await ok<{ id: string; joinCode: string }>(await teacher.post("/api/v1/classes", { data: { name: "World class" } }));
  const imported = await ok<{ ids: string[] }>(
    await teacher.post(`/api/v1/classes/${klass.id}/questions`, {
      data: { gift: "::Q1:: Who patches the host OS of an EC2 instance? {=The customer ~AWS}", source: "World test" },
    }),
  );
  const assignment = await ok<{ id: string }>(
    await teacher.post(`/api/v1/classes/${klass.id}/assignments`, {
      data: { title: "World assignment", mode: "exam", dueAt: Date.now() + 7 * 86_400_000, attemptsAllowed: 3, selection: { count: 3 } },
    }),
  );
  await ok(await learner.post("/api/v1/classes/join", { data: { code: klass.joinCode } }));
  const attempt = await ok<{ attemptId: string; questions: { id: string }[] }>(
    await learner.post(`/api/v1/assignments/${assignment.id}/attempts`),
  );
  const exam = await ok<{ attemptId: string; questions: { id: string }[] }>(
    await learner.post("/api/v1/exams", { data: { blueprint: "custom", options: { count: 5, minutes: 30 } } }),
  );
  const next = await ok<{ card: { id: string; version: number; question: { choices: { id: string }[] } } }>(
    await learner.get("/api/v1/practice/next?mode=quiz"),
  );
  const reviewId = crypto.randomUUID();
  await ok(
    await learner.post("/api/v1/reviews", {
      data: {
        reviewId,
        cardId: next.card.id,
        choiceIds: [next.card.question.choices[0].id],
        durationMs: 1000,
        cardVersion: next.card.version,
      },
    }),
  );
  const { user } = await ok<{ user: { id: string } }>(await learner.get("/api/v1/me"));

  return {
    instructor: { request: teacher, cookie: await cookieHeader(teacher), ...teacherAccount },
    student: { request: learner, cookie: await cookieHeader(learner), ...learnerAccount, id: user.id },
    ids: {
      classId: klass.id,
      joinCode: klass.joinCode,
      assignmentId: assignment.id,
      assignmentAttemptId: attempt.attemptId,
      assignmentQuestionId: attempt.questions[0].id,
      classQuestionId: imported.ids[0],
      examAttemptId: exam.attemptId,
      examQuestionId: exam.questions[0].id,
      cardId: next.card.id,
      reviewId,
    },
  };
}

/** A real value for each parameter, so only the one under test is wrong. */
function validParam(world: World, pattern: string, name: string): string {
  const { ids } = world;
  switch (name) {
    case "classId":
      return ids.classId;
    case "assignmentId":
      return ids.assignmentId;
    case "attemptId":
      return pattern.includes("/exams/") ? ids.examAttemptId : ids.assignmentAttemptId;
    case "questionKey":
      return ids.assignmentQuestionId;
    case "questionId":
      return pattern.includes("/exams/") ? ids.examQuestionId : ids.classQuestionId;
    case "cardId":
      return ids.cardId;
    case "reviewId":
      return ids.reviewId;
    case "studentId":
      return world.student.id;
    case "code":
      return ids.joinCode;
    case "model":
      return "abstract";
    case "service":
      return "s3";
    case "...nextauth":
      return "session";
    default:
      throw new Error(`no valid value for [${name}] in ${pattern}: add one`);
  }
}

export const paramsOf = (pattern: string) => [...pattern.matchAll(/\[([^\]]+)\]/g)].map((m) => m[1]);

/** A URL from a route pattern: real ids everywhere, or one parameter replaced by `override`. */
export function fill(world: World, pattern: string, override?: { name: string; value: string }) {
  return pattern.replace(/\[([^\]]+)\]/g, (_, name: string) =>
    override?.name === name ? override.value : encodeURIComponent(validParam(world, pattern, name)),
  );
}
