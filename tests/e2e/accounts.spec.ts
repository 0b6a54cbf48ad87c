import { expect, test } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";
import { DEMO_INSTRUCTOR, DEMO_STUDENT, fillFields, registerApi, signInApi, signInThroughForm, uniqueEmail } from "./helpers";

test.describe("accounts", () => {
  test("the demo student signs in through the form and lands where they were going", async ({ page }) => {
    await page.goto("/classes");
    await expect(page).toHaveURL(/\/login\?callbackUrl=%2Fclasses/);
    await page.goto("/");
    await expect(page).toHaveURL(/\/login/);
    await expect(page.getByLabel("Demo accounts")).toContainText("student@example.com");
    await page.getByLabel("Email").fill(DEMO_STUDENT);
    await page.getByLabel("Password").fill("demarc-demo");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByRole("heading", { name: /Welcome back, Demo/ })).toBeVisible();
    await expect(page.getByRole("banner")).toContainText("Demo Student");
    await expect(page.getByRole("heading", { name: "Today's practice" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Start practice" })).toHaveAttribute("href", "/practice");
    // A student has no Classes link, and the instructor page sends them home.
    await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Classes" })).toHaveCount(0);
    await page.goto("/classes");
    await expect(page.locator("p[role=alert]")).toContainText("for instructors");
    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page).toHaveURL(/\/login/);
  });

  test("an unknown address answers 404 with a way home", async ({ page }) => {
    await signInThroughForm(page, DEMO_INSTRUCTOR);
    await page.waitForURL((url) => !url.pathname.startsWith("/login"));
    const response = await page.goto("/no-such-page");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
    await page.getByRole("link", { name: "Go home" }).click();
    await expect(page.getByRole("heading", { name: /^Welcome( back)?, Demo/ })).toBeVisible();
  });

  test("sign-in returns to the page that asked for it", async ({ page }) => {
    await page.goto("/classes");
    await page.getByLabel("Email").fill(DEMO_INSTRUCTOR);
    await page.getByLabel("Password").fill("demarc-demo");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page).toHaveURL(/\/classes$/);
    await expect(page.getByRole("heading", { name: "Classes" })).toBeVisible();
  });

  test("a wrong password and an unknown email get the same message", async ({ page }) => {
    await signInThroughForm(page, DEMO_STUDENT, "not-the-password");
    const wrongPassword = await page.locator("p[role=alert]").textContent();
    await signInThroughForm(page, "nobody-here@example.com", "not-the-password");
    const unknownEmail = await page.locator("p[role=alert]").textContent();
    expect(wrongPassword).toContain("don’t match an account");
    expect(unknownEmail).toBe(wrongPassword);
  });

  test("registration shows a message next to each bad field", async ({ page }) => {
    await page.goto("/register");
    await fillFields(page, { Name: "Ada", Email: "not-an-email", Password: "short" });
    await page.getByRole("button", { name: "Create account" }).click();
    await expect(page.locator("#email-error")).toContainText("valid email");
    await expect(page.locator("#password-error")).toContainText("at least 10 characters");
    await expect(page.getByLabel("Email")).toHaveAttribute("aria-invalid", "true");
    // The name typed survives the round trip.
    await expect(page.getByLabel("Name")).toHaveValue("Ada");

    await fillFields(page, { Email: DEMO_STUDENT, Password: "long enough password" });
    await page.getByRole("button", { name: "Create account" }).click();
    await expect(page.locator("#email-error")).toContainText("already exists");
    // A refusal keeps the password typed, so fixing the email is all it takes.
    await expect(page.getByLabel("Password")).toHaveValue("long enough password");
  });

  test("a new instructor registers and is signed straight in", async ({ page }) => {
    const email = uniqueEmail("new-instructor");
    await page.goto("/register");
    await page.getByLabel("Name").fill("Grace Hopper");
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Password").fill("a long enough password");
    await page.getByLabel("Instructor").check();
    await page.getByRole("button", { name: "Create account" }).click();
    await expect(page.getByRole("heading", { name: "Welcome, Grace" })).toBeVisible();
    await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Classes" })).toBeVisible();
  });

  test("sign-in and register pages have no accessibility violations", async ({ page }) => {
    for (const path of ["/login", "/register"]) {
      await page.goto(path);
      const results = await new AxeBuilder({ page }).analyze();
      expect(
        results.violations.map((v) => `${v.id}: ${v.help}`),
        path,
      ).toEqual([]);
    }
  });
});

test.describe("API guards", () => {
  test("anonymous API calls get 401 JSON", async ({ request }) => {
    for (const path of ["/api/v1/me", "/api/v1/classes"]) {
      const response = await request.get(path);
      expect(response.status(), path).toBe(401);
      expect((await response.json()).error.code).toBe("unauthenticated");
    }
  });

  test("a student gets 403 JSON from an instructor API; an instructor gets through", async ({ playwright, baseURL }) => {
    const student = await playwright.request.newContext({ baseURL });
    await signInApi(student, DEMO_STUDENT);
    const refused = await student.get("/api/v1/classes");
    expect(refused.status()).toBe(403);
    expect((await refused.json()).error.code).toBe("forbidden");

    const instructor = await playwright.request.newContext({ baseURL });
    await signInApi(instructor, DEMO_INSTRUCTOR);
    const allowed = await instructor.get("/api/v1/classes");
    expect(allowed.status()).toBe(200);
    expect(Array.isArray((await allowed.json()).classes)).toBe(true);
  });

  test("registration API answers 400 with field errors and 409 for a taken email", async ({ request }) => {
    const bad = await request.post("/api/register", { data: { name: "", email: "x", password: "1", role: "admin" } });
    expect(bad.status()).toBe(400);
    const body = await bad.json();
    expect(Object.keys(body.error.fieldErrors).sort()).toEqual(["email", "name", "password", "role"]);
    const notJson = await request.post("/api/register", { data: "{oops", headers: { "content-type": "application/json" } });
    expect(notJson.status()).toBe(400);
    const taken = await request.post("/api/register", {
      data: { name: "Copy", email: DEMO_STUDENT, password: "long enough password", role: "student" },
    });
    expect(taken.status()).toBe(409);
  });

  test("health answers ok after a real query, with security headers", async ({ request }) => {
    const response = await request.get("/api/health");
    expect(response.status()).toBe(200);
    expect(await response.json()).toEqual({ status: "ok", db: "ok" });
    const headers = response.headers();
    expect(headers["content-security-policy"]).toContain("frame-ancestors 'none'");
    expect(headers["content-security-policy"]).not.toContain("unsafe-eval");
    expect(headers["x-content-type-options"]).toBe("nosniff");
    expect(headers["referrer-policy"]).toBeTruthy();
  });

  test("repeated failed sign-ins for one email are refused with 429 and Retry-After", async ({ playwright, baseURL }) => {
    const { email } = await registerApi(await playwright.request.newContext({ baseURL }), "student");
    const client = await playwright.request.newContext({ baseURL });
    const { csrfToken } = await (await client.get("/api/auth/csrf")).json();
    let last = 0;
    for (let attempt = 0; attempt < 11; attempt++) {
      const response = await client.post("/api/auth/callback/credentials", {
        form: { csrfToken, email, password: "wrong password", json: "true" },
      });
      last = response.status();
      if (last === 429) {
        expect(Number(response.headers()["retry-after"])).toBeGreaterThan(0);
        expect((await response.json()).error.code).toBe("rate_limited");
        break;
      }
    }
    expect(last).toBe(429);
  });
});
