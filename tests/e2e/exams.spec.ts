import { expect, test, type Page } from "@playwright/test";
import { apiClientAsFreshUser, fillFields, signInAsFreshUser } from "./helpers";

/** A fresh learner on the exams page with a custom exam chosen and these of its fields filled in. */
async function customExamAsFreshLearner(page: Page, name: string, fields: Record<string, string>) {
  await signInAsFreshUser(page, "student", name);
  await page.goto("/exams");
  await page.getByLabel(/Custom exam/).check();
  await fillFields(page, fields);
}

test("a learner takes a short custom exam: flag, navigate, reload, submit, review incorrect only", async ({ page }) => {
  await customExamAsFreshLearner(page, "Exam Taker", { "Questions (5–100)": "5", "Minutes (5–240)": "10" });
  await page.getByRole("button", { name: "Start exam" }).click();
  await expect(page).toHaveURL(/\/exams\/[0-9a-f-]{36}$/);
  await expect(page.getByRole("timer", { name: "Time left" })).toContainText(/\d+:\d\d/);

  // Nothing in the page gives the answers away before submission.
  const html = await page.content();
  expect(html).not.toMatch(/\\?"correct\\?":|\\?"explanation\\?":/);

  // Answer q1 with the keyboard, flag q2 and answer it, leave the rest.
  await page.keyboard.press("1");
  await expect(page.getByText("· saved")).toBeVisible();
  await page.getByRole("button", { name: "Next →" }).click();
  await page.getByRole("button", { name: /Flag for review/ }).click();
  await page.keyboard.press("2");
  await expect(page.getByRole("button", { name: "Question 2, answered, flagged" })).toBeVisible();
  await page.getByRole("button", { name: "Question 4, unanswered" }).click();
  await expect(page.getByRole("region", { name: "Question 4" })).toBeVisible();

  // A reload resumes on the same question, with the answers and the flag.
  await page.reload();
  await expect(page.getByRole("region", { name: "Question 4" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Question 1, answered" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Question 2, answered, flagged" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Question 3, unanswered" })).toBeVisible();

  // Submitting with unanswered and flagged questions asks first.
  await page.getByRole("button", { name: "Submit exam" }).click();
  const dialog = page.getByRole("dialog", { name: "Submit now?" });
  await expect(dialog).toContainText("3 questions are unanswered");
  await expect(dialog).toContainText("1 question is flagged");
  await dialog.getByRole("button", { name: "Submit anyway" }).click();

  await expect(page.getByRole("heading", { name: /results/ })).toBeVisible();
  // The pass mark was entered as a percentage: the report says it both ways.
  await expect(page.getByRole("region", { name: "Score" })).toContainText(/pass mark 730 \(70% right\) · \d of 5 right \(\d+%\)/);
  await expect(page.getByRole("heading", { name: "By model" })).toBeVisible();
  // The filter in force looks pressed, not only to a screen reader.
  const incorrectOnly = page.getByRole("button", { name: "Incorrect only" });
  const allQuestions = page.getByRole("button", { name: "All questions" });
  await incorrectOnly.click();
  await expect(incorrectOnly).toHaveAttribute("aria-pressed", "true");
  const look = (button: typeof allQuestions) =>
    button.evaluate((el) => {
      const s = getComputedStyle(el);
      return `${s.backgroundColor}|${s.borderColor}|${s.fontWeight}`;
    });
  expect(await look(incorrectOnly)).not.toBe(await look(allQuestions));
  const shown = page.getByRole("article");
  const count = await shown.count();
  expect(count).toBeGreaterThanOrEqual(3);
  for (let i = 0; i < count; i++) await expect(shown.nth(i)).toContainText(/✗ (Incorrect|Not answered)/);
  await shown.first().getByText("Each option explained, with its sources").click();
  await expect(shown.first().getByRole("heading", { name: "Sources" })).toBeVisible();

  // Explanations wait behind a disclosure, open for a miss and closed for a right answer.
  await allQuestions.click();
  for (const article of await page.getByRole("article").all()) {
    const missed = /✗ (Incorrect|Not answered)/.test(await article.innerText());
    await expect(article.locator("details").first()).toHaveJSProperty("open", missed);
  }

  // Past attempts give the start in the reader's own time, not UTC.
  await page.goto("/exams");
  const started = page.getByRole("table").getByRole("link").first();
  await expect(started).not.toContainText("UTC");
  await expect(started).toHaveText(/\d{1,2}:\d\d/);

  await expect(page.getByRole("img", { name: /Mock exam scores over time/ })).toBeVisible();
});

test("exam APIs: 404 for another learner's attempt, 400 for bad input", async ({ page, playwright, baseURL }) => {
  await signInAsFreshUser(page, "student", "API Examinee");
  const bad = await page.request.post("/api/v1/exams", { data: { blueprint: "custom", options: { count: 1000 } } });
  expect(bad.status()).toBe(400);
  expect((await bad.json()).error.fieldErrors["options.count"]).toBeTruthy();
  const started = await page.request.post("/api/v1/exams", { data: { blueprint: "custom", options: { count: 5, minutes: 5 } } });
  expect(started.status()).toBe(201);
  const attempt = await started.json();
  expect(attempt.questions).toHaveLength(5);
  expect(JSON.stringify(attempt)).not.toMatch(/"correct"|"explanation"/);

  const other = await apiClientAsFreshUser(playwright.request, baseURL, "student", "Nosy");
  expect((await other.get(`/api/v1/exams/${attempt.attemptId}`)).status()).toBe(404);
  expect((await other.put(`/api/v1/exams/${attempt.attemptId}/answers/q1`, { data: { choiceIds: ["a"] } })).status()).toBe(404);
  expect((await other.post(`/api/v1/exams/${attempt.attemptId}/submit`)).status()).toBe(404);

  const submitted = await (await page.request.post(`/api/v1/exams/${attempt.attemptId}/submit`)).json();
  const again = await (await page.request.post(`/api/v1/exams/${attempt.attemptId}/submit`)).json();
  expect(again.scaledScore).toBe(submitted.scaledScore);
  expect(submitted.questions[0].choices[0]).toHaveProperty("correct");
  expect((await page.request.put(`/api/v1/exams/${attempt.attemptId}/answers/q1`, { data: { choiceIds: ["a"] } })).status()).toBe(409);
});

test("a custom exam the filters cannot fill says so next to the count", async ({ page }) => {
  await customExamAsFreshLearner(page, "Narrow Examinee", { "Questions (5–100)": "100" });
  await page.getByText("Services (none ticked: all)").click();
  await page.getByRole("checkbox", { name: "AWS Artifact" }).check();
  await page.getByRole("button", { name: "Start exam" }).click();
  await expect(page.getByRole("alert").filter({ hasText: /Only \d+ questions match/ })).toBeVisible();
  await expect(page.locator("#count-error")).toContainText(/At most \d+/);
  await expect(page.getByLabel("Questions (5–100)")).toHaveAttribute("aria-invalid", "true");
  await expect(page).toHaveURL(/\/exams$/);
});

test("a custom exam with its fields emptied is refused field by field, not started on defaults", async ({ page }) => {
  await customExamAsFreshLearner(page, "Empty Fields", { "Questions (5–100)": "", "Minutes (5–240)": "", "Pass mark (% right)": "" });
  await page.getByRole("button", { name: "Start exam" }).click();
  await expect(page.locator("#count-error")).toHaveText("Enter how many questions, from 5 to 100.");
  await expect(page.locator("#minutes-error")).toHaveText("Enter a time limit from 5 to 240 minutes.");
  await expect(page.locator("#passMark-error")).toHaveText("Enter a pass mark from 0 to 100%.");
  await expect(page).toHaveURL(/\/exams$/);
  // A pass mark in percent shows its scaled score before the exam starts.
  await page.getByLabel("Pass mark (% right)").fill("80");
  await expect(page.getByText("80% right is a scaled score of 820")).toBeVisible();
});
