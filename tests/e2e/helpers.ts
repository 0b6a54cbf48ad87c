import { expect, type APIRequestContext, type Page } from "@playwright/test";

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
