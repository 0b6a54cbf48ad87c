import { expect, type APIRequest, type APIRequestContext, type Browser, type Locator, type Page } from "@playwright/test";

export const DEMO_PASSWORD = "demarc-demo";
export const DEMO_STUDENT = "student@example.com";
export const DEMO_INSTRUCTOR = "instructor@example.com";

/** Signs in through the form, as a person would. */
export async function signInThroughForm(page: Page, email: string, password = DEMO_PASSWORD, path = "/login") {
  await page.goto(path);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

/** Signs an API client in through next-auth's credentials endpoints, as a script would. */
export async function signInApi(request: APIRequestContext, email: string, password = DEMO_PASSWORD) {
  const { csrfToken } = (await (await request.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const response = await request.post("/api/auth/callback/credentials", {
    form: { csrfToken, email, password, json: "true" },
  });
  expect(response.status()).toBe(200);
  const { url } = (await response.json()) as { url: string };
  expect(url).not.toContain("error=");
}

let counter = 0;
export function uniqueEmail(prefix: string) {
  counter += 1;
  return `${prefix}-${Date.now().toString(36)}-${counter}@example.com`;
}

export async function registerApi(request: APIRequestContext, role: "student" | "instructor", name = "Test Person") {
  const email = uniqueEmail(role);
  const password = "correct horse battery";
  const response = await request.post("/api/register", { data: { name, email, password, role } });
  expect(response.status()).toBe(201);
  return { email, password };
}

/** Signs in through the form and waits until the app has let the user in. */
export async function signInAs(page: Page, email: string, password = DEMO_PASSWORD) {
  await signInThroughForm(page, email, password);
  await page.waitForURL((url) => !url.pathname.startsWith("/login"));
}

type Role = "student" | "instructor";

/** Registers a fresh account and signs this page in with it through the form: where most journeys start. */
export async function signInAsFreshUser(page: Page, role: Role, name: string) {
  const account = await registerApi(page.request, role, name);
  await signInAs(page, account.email, account.password);
  return account;
}

/** An API client with cookies of its own, signed in as a fresh account: the stranger a route must refuse. */
export async function apiClientAsFreshUser(request: APIRequest, baseURL: string | undefined, role: Role, name: string) {
  const client = await request.newContext({ baseURL });
  const account = await registerApi(client, role, name);
  await signInApi(client, account.email, account.password);
  return client;
}

/** Publishes an assignment through the instructor's API and returns its id. */
export async function publishAssignment(instructor: APIRequestContext, classId: string, assignment: Record<string, unknown>) {
  const published = await instructor.post(`/api/v1/classes/${classId}/assignments`, { data: assignment });
  expect(published.status()).toBe(201);
  return ((await published.json()) as { id: string }).id;
}

/** A fresh student in a browser of their own, signed in and joined to the class with this join code. */
export async function freshStudentInClass(browser: Browser, joinCode: string, name: string) {
  const context = await browser.newContext();
  const student = await context.newPage();
  await signInAsFreshUser(student, "student", name);
  expect((await student.request.post("/api/v1/classes/join", { data: { code: joinCode } })).status()).toBe(200);
  return { context, student };
}

/** Fills form fields by their labels, in order. */
export async function fillFields(form: Page | Locator, values: Record<string, string>) {
  for (const [label, value] of Object.entries(values)) await form.getByLabel(label).fill(value);
}

/** Signs a fresh learner in and opens practice on its first card, waiting until the card asks its question. */
export async function practiseAsFreshLearner(page: Page, name: string, mode: "quiz" | "flashcard" = "quiz") {
  await signInAsFreshUser(page, "student", name);
  await page.goto(mode === "quiz" ? "/practice" : "/practice?mode=flashcard");
  await expect(page.getByRole("button", { name: mode === "quiz" ? /Check answer/ : /Show answer/ })).toBeVisible();
}

/** Submits a wrong password in this part of the settings page; the field is then marked invalid. */
export async function submitWrongPassword(section: Locator, field: string, submit: string) {
  await section.getByLabel(field).fill("not my password");
  await section.getByRole("button", { name: submit }).click();
  await expect(section.getByLabel(field)).toHaveAttribute("aria-invalid", "true");
}
