import { expect, test, type Page } from "@playwright/test";
import { apiClientAsFreshUser, practiseAsFreshLearner, signInAsFreshUser } from "./helpers";

async function answerWithKeyboard(page: Page) {
  // Wait for a card in its question phase, not the previous card's feedback.
  await expect(page.getByRole("button", { name: /Check answer/ })).toBeVisible();
  const prompt = await page.locator("legend").first().innerText();
  await page.keyboard.press("1");
  await page.keyboard.press("Enter");
  await expect(page.getByText(/^(✓ Correct|✗ Not quite)$/)).toBeVisible();
  return prompt;
}

test("a learner completes a practice session by keyboard, reloads mid-session and undoes a review", async ({ page }) => {
  await signInAsFreshUser(page, "student", "Keyboard Learner");
  // A brand-new account is welcomed, not welcomed back.
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Welcome, Keyboard");

  // A short session: three new cards a day, no learning steps.
  await page.goto("/settings");
  await page.getByLabel("New cards per day").fill("3");
  await page.getByLabel("Learning steps", { exact: true }).fill("");
  await page.getByLabel("Relearning steps").fill("");
  await page.getByRole("button", { name: "Save settings" }).click();
  await expect(page.getByText("Settings saved")).toBeVisible();

  await page.goto("/practice");
  const counts = page.getByRole("status", { name: "Cards left today" });
  await expect(counts).toContainText("3 new");

  // First card: answer, see the verdict in words, the explanation and its sources; Enter continues.
  await answerWithKeyboard(page);
  await expect(page.getByRole("heading", { name: "Why" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Sources" })).toBeVisible();
  await page.keyboard.press("Enter");
  await expect(counts).toContainText("2 new");

  // A reload shows the same card: the server holds the session.
  const shown = await page.locator("legend").first().innerText();
  await page.reload();
  await expect(page.locator("legend").first()).toHaveText(shown);
  await expect(counts).toContainText("2 new");

  // Answer it, move on, then undo: it comes back.
  const answered = await answerWithKeyboard(page);
  await page.keyboard.press("Enter");
  await expect(counts).toContainText("1 new");
  await page.keyboard.press("u");
  await expect(page.getByText("Review undone")).toBeVisible();
  await expect(page.locator("legend").first()).toHaveText(answered);
  await expect(counts).toContainText("2 new");

  // Finish the session.
  for (let i = 0; i < 2; i++) {
    await answerWithKeyboard(page);
    await page.keyboard.press("Enter");
  }
  await expect(page.getByRole("heading", { name: /All done for now/ })).toBeVisible();
  await expect(page.getByRole("img", { name: /Reviews due over the next 7 days/ })).toBeVisible();
  await expect(counts).toContainText("0 new");
});

test("flashcard mode reveals the back and rates with the interval on each button", async ({ page }) => {
  await practiseAsFreshLearner(page, "Flashcard Learner", "flashcard");
  await page.keyboard.press("Space");
  const ratings = page.getByRole("group", { name: "Rate how well you knew it" });
  await expect(ratings.getByRole("button")).toHaveCount(4);
  await expect(ratings.getByRole("button", { name: /Good/ })).toContainText(/\d+(m|h|d|mo|y)/);
  await expect(page.getByText(/^(AWS|The customer|Shared|Infrastructure services|Container services|Abstract services)\./)).toBeVisible();
  const front = await page.locator("legend").first().innerText();
  await page.keyboard.press("3");
  await expect(page.locator("legend").first()).not.toHaveText(front);
});

test("practice APIs refuse bad input and other learners' cards", async ({ page, playwright, baseURL }) => {
  await signInAsFreshUser(page, "student", "API Learner");
  const nextResponse = await page.request.get("/api/v1/practice/next?mode=quiz");
  const next = await nextResponse.json();
  expect(nextResponse.status(), JSON.stringify(next)).toBe(200);
  expect(next.card.question.choices.length).toBeGreaterThan(1);
  expect(JSON.stringify(next)).not.toMatch(/"correct"|"explanation"/);

  const bad = await page.request.post("/api/v1/reviews", { data: { reviewId: "not-a-uuid", cardId: next.card.id, rating: 9 } });
  expect(bad.status()).toBe(400);
  const body = await bad.json();
  expect(Object.keys(body.error.fieldErrors)).toEqual(expect.arrayContaining(["reviewId", "rating"]));
  expect((await page.request.get("/api/v1/practice/next?mode=sideways")).status()).toBe(400);

  const other = await apiClientAsFreshUser(playwright.request, baseURL, "student", "Stranger");
  const stolen = await other.post("/api/v1/reviews", {
    data: { reviewId: crypto.randomUUID(), cardId: next.card.id, rating: 3, durationMs: 10 },
  });
  expect(stolen.status()).toBe(404);
  expect((await other.patch(`/api/v1/cards/${next.card.id}`, { data: { flagged: true } })).status()).toBe(404);
  expect((await other.get(`/api/v1/cards/${next.card.id}/answer`)).status()).toBe(404);
});

test("a suspended card can be brought back from its service page", async ({ page }) => {
  await practiseAsFreshLearner(page, "Suspending Learner");
  const counts = page.getByRole("status", { name: "Cards left today" });
  await expect(counts).toContainText("20 new");
  await page.keyboard.press("s");
  await expect(page.getByText("Card suspended.")).toBeVisible();
  await page.getByRole("link", { name: "Unsuspend it on its service page" }).click();
  const setAside = page.getByRole("region", { name: "Your cards set aside" });
  await expect(setAside).toContainText("suspended");
  await setAside.getByRole("button", { name: "Unsuspend" }).click();
  await expect(setAside).toHaveCount(0);
  await page.goto("/practice");
  await expect(counts).toContainText("20 new");
});

test("flagging the card on screen keeps it answerable, in quiz and flashcard mode", async ({ page }) => {
  await practiseAsFreshLearner(page, "Flagging Learner");
  await page.keyboard.press("f");
  await expect(page.getByText("Card flagged.")).toBeVisible();
  await answerWithKeyboard(page);
  await expect(page.getByRole("button", { name: /Continue/ })).toBeVisible();

  await page.goto("/practice?mode=flashcard");
  await page.getByRole("button", { name: /Show answer/ }).click();
  const ratings = page.getByRole("group", { name: "Rate how well you knew it" });
  await expect(ratings).toBeVisible();
  const front = await page.locator("legend").first().innerText();
  await page.keyboard.press("f");
  await expect(page.getByText("Card flagged.")).toBeVisible();
  await expect(ratings).toBeVisible();
  await ratings.getByRole("button", { name: /Good/ }).click();
  await expect(page.locator("legend").first()).not.toHaveText(front);
  await expect(page.getByRole("button", { name: /Show answer/ })).toBeVisible();
  await expect(page.getByText(/already answered/)).toHaveCount(0);
});

test("a card answered on another device offers one way on: load the next card", async ({ page, context }) => {
  await practiseAsFreshLearner(page, "Two Devices");
  const shown = await page.locator("legend").first().innerText();

  const other = await context.newPage();
  await other.goto("/practice");
  await expect(other.locator("legend").first()).toHaveText(shown);
  await answerWithKeyboard(other);
  await other.close();

  await page.keyboard.press("1");
  await page.keyboard.press("Enter");
  await expect(page.getByText(/already answered/)).toBeVisible();
  const way = page.getByRole("button", { name: /Load the next card/ });
  await expect(way).toBeVisible();
  await expect(page.getByRole("button", { name: /Check answer/ })).toHaveCount(0);
  await way.click();
  await expect(page.getByRole("button", { name: /Check answer/ })).toBeVisible();
  await expect(page.locator("legend").first()).not.toHaveText(shown);
});

test("reloading after an answer shows that answer's feedback again, until the learner continues", async ({ page }) => {
  await signInAsFreshUser(page, "student", "Reloading Learner");
  await page.goto("/practice");
  const counts = page.getByRole("status", { name: "Cards left today" });
  await expect(counts).toContainText("20 new");
  const prompt = await answerWithKeyboard(page);
  const verdict = await page.getByText(/^(✓ Correct|✗ Not quite)$/).innerText();
  const chosen = await page
    .getByRole("button", { pressed: true })
    .filter({ hasText: /your answer/i })
    .first()
    .textContent();

  await page.reload();
  await expect(page.getByText(verdict, { exact: true })).toBeVisible();
  await expect(page.locator("legend").first()).toHaveText(prompt);
  expect(
    await page
      .getByRole("button", { pressed: true })
      .filter({ hasText: /your answer/i })
      .first()
      .textContent(),
  ).toBe(chosen);
  await expect(page.getByRole("heading", { name: "Why" })).toBeVisible();
  await expect(counts).toContainText("19 new");

  await page.getByRole("button", { name: /Continue/ }).click();
  await expect(page.getByRole("button", { name: /Check answer/ })).toBeVisible();
  await expect(page.locator("legend").first()).not.toHaveText(prompt);
  // Once continued, a reload shows the card now on screen, not the old answer.
  const next = await page.locator("legend").first().innerText();
  await page.reload();
  await expect(page.locator("legend").first()).toHaveText(next);
  await expect(page.getByRole("button", { name: /Check answer/ })).toBeVisible();
});

test("when the day is done, custom study offers more: extra new cards and reviews ahead", async ({ page }) => {
  await signInAsFreshUser(page, "student", "Keen Learner");
  const saved = await page.request.patch("/api/v1/me/settings", { data: { newPerDay: 1, learningSteps: "", relearningSteps: "" } });
  expect(saved.status()).toBe(200);
  await page.goto("/practice");
  await answerWithKeyboard(page);
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { name: /All done for now/ })).toBeVisible();
  const more = page.getByRole("navigation", { name: "Study more" });
  await expect(more.getByRole("link", { name: /Study ahead: reviews due in the next 3 days/ })).toBeVisible();
  await more.getByRole("link", { name: "Learn 10 more new cards" }).click();
  await expect(page).toHaveURL(/extraNew=10/);
  await expect(page.getByText(/Custom study: 10 new cards past today's limit/)).toBeVisible();
  await expect(page.getByRole("status", { name: "Cards left today" })).toContainText("10 new");
  await expect(page.getByRole("button", { name: /Check answer/ })).toBeVisible();
});
