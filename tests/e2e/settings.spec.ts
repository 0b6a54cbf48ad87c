import { expect, test } from "@playwright/test";
import { readFile } from "node:fs/promises";
import { registerApi, signInAs, signInAsFreshUser, submitWrongPassword, uniqueEmail } from "./helpers";

test("settings refuse bad values with a message next to each field and keep what was typed", async ({ page }) => {
  await signInAsFreshUser(page, "student", "Settings Learner");
  await page.goto("/settings");
  await page.getByLabel("Desired retention").fill("0.5");
  await page.getByLabel("Learning steps", { exact: true }).fill("1m soon");
  await page.getByRole("button", { name: "Save settings" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Nothing was saved" })).toBeVisible();
  await expect(page.locator("#desiredRetention-error")).toContainText("between 0.70 and 0.97");
  await expect(page.locator("#learningSteps-error")).toContainText("durations like 1m");
  await expect(page.getByLabel("Desired retention")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByLabel("Desired retention")).toHaveValue("0.5");

  await page.getByLabel("Desired retention").fill("0.85");
  await page.getByLabel("Learning steps", { exact: true }).fill("1m 10m");
  await page.getByRole("button", { name: "Save settings" }).click();
  await expect(page.getByText("Settings saved")).toBeVisible();
  await page.reload();
  await expect(page.getByLabel("Desired retention")).toHaveValue("0.85");
});

test("saving the settings page without touching anything changes nothing, and UTC stays UTC", async ({ page }) => {
  await signInAsFreshUser(page, "student", "Untouched Settings");
  await page.goto("/settings");
  const zone = page.getByLabel("Time zone");
  await expect(zone).toHaveValue("UTC");
  const fields = ["Desired retention", "New cards per day", "Reviews per day", "Relearning steps", "Day starts at (hour)"];
  const before = await Promise.all(fields.map((label) => page.getByLabel(label).inputValue()));
  await page.getByRole("button", { name: "Save settings" }).click();
  await expect(page.getByRole("status").filter({ hasText: /Nothing to save|Settings saved/ })).toBeVisible();
  await page.reload();
  await expect(zone).toHaveValue("UTC");
  expect(await Promise.all(fields.map((label) => page.getByLabel(label).inputValue()))).toEqual(before);

  // A change to one field saves that field only.
  await page.getByLabel("New cards per day").fill("7");
  await page.getByRole("button", { name: "Save settings" }).click();
  await expect(page.getByText("Settings saved")).toBeVisible();
  await page.reload();
  await expect(page.getByLabel("New cards per day")).toHaveValue("7");
  await expect(zone).toHaveValue("UTC");
});

test.describe("a learner in Tokyo", () => {
  test.use({ timezoneId: "Asia/Tokyo" });

  test("registers and gets Tokyo's day, not UTC's", async ({ page }) => {
    await page.goto("/register");
    await expect(page.getByText(/this device's time zone, Asia\/Tokyo/)).toBeVisible();
    await page.getByLabel("Name").fill("Tokyo Learner");
    await page.getByLabel("Email").fill(uniqueEmail("tokyo"));
    await page.getByLabel("Password").fill("correct horse battery");
    await page.getByRole("button", { name: "Create account" }).click();
    await page.waitForURL((url) => !url.pathname.startsWith("/register"));
    await page.goto("/settings");
    await expect(page.getByLabel("Time zone")).toHaveValue("Asia/Tokyo");
    await expect(page.getByRole("region", { name: "This device's time zone" })).toHaveCount(0);
  });

  test("with a UTC account is offered this device's zone on the settings page", async ({ page }) => {
    await signInAsFreshUser(page, "student", "Travelling Learner");
    await page.goto("/settings");
    const offer = page.getByRole("region", { name: "This device's time zone" });
    await expect(offer).toContainText("This device is set to Asia/Tokyo, but your days follow UTC");
    await offer.getByRole("button", { name: "Use Asia/Tokyo" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Time zone changed to Asia/Tokyo" })).toBeVisible();
    await expect(offer).toHaveCount(0);
    await page.reload();
    await expect(page.getByLabel("Time zone")).toHaveValue("Asia/Tokyo");
  });
});

test("a learner takes their review history with them, then deletes their account", async ({ page }) => {
  const { email, password } = await signInAsFreshUser(page, "student", "Leaving Learner");

  // One review through the API (the browser's session), so the history has a row.
  const { card } = (await (await page.request.get("/api/v1/practice/next?mode=flashcard")).json()) as { card: { id: string } };
  expect(
    (
      await page.request.post("/api/v1/reviews", { data: { reviewId: crypto.randomUUID(), cardId: card.id, rating: 3, durationMs: 2000 } })
    ).status(),
  ).toBe(201);

  await page.goto("/settings");
  const downloading = page.waitForEvent("download");
  await page.getByRole("link", { name: "Review history (CSV)" }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe("demarc-revlog.csv");
  const csv = (await readFile((await download.path())!)).toString("utf8");
  const lines = csv.split("\r\n");
  expect(lines[0]).toBe("\uFEFFcard_id,review_time,review_rating,review_state,review_duration");
  expect(lines[1]).toMatch(new RegExp(`^${card.id},\\d+,3,0,2000$`));

  const section = page.getByRole("region", { name: "Delete your account" });
  await submitWrongPassword(section, "Your password", "Delete my account for good");
  await expect(section.locator("#password-error")).toContainText("That password is not right");

  await section.getByLabel("Your password").fill(password);
  await section.getByRole("button", { name: "Delete my account for good" }).click();
  await page.waitForURL(/\/login\?deleted=1/);
  await expect(page.getByRole("status")).toContainText("Your account and everything in it were deleted.");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "don’t match an account" })).toBeVisible();
  await expect(page).toHaveURL(/\/login/);
});

test("an instructor who leaves hands their class over to a colleague", async ({ page, browser }) => {
  const colleague = await registerApi(page.request, "instructor", "Colleague Instructor");
  const { password } = await signInAsFreshUser(page, "instructor", "Leaving Instructor");
  expect((await page.request.post("/api/v1/classes", { data: { name: "Handed-over class" } })).status()).toBe(201);

  await page.goto("/settings");
  const section = page.getByRole("region", { name: "Delete your account" });
  await expect(section.getByRole("group", { name: "Your classes" })).toContainText("You teach one class: Handed-over class.");
  await section.getByLabel("Delete them").check();
  await expect(section.getByRole("note")).toContainText("every student's attempts and answers");
  await section.getByLabel(/Hand them over/).check();
  await section.getByLabel("The other instructor's email").fill("nobody@example.com");
  await section.getByLabel("Your password").fill(password);
  await section.getByRole("button", { name: "Delete my account for good" }).click();
  await expect(section.locator("#handOverTo-error")).toContainText("No other instructor has an account with this email.");

  await section.getByLabel("The other instructor's email").fill(colleague.email);
  await section.getByRole("button", { name: "Delete my account for good" }).click();
  await page.waitForURL(/\/login\?deleted=1/);

  const other = await browser.newPage();
  await signInAs(other, colleague.email, colleague.password);
  await other.goto("/classes");
  await expect(other.getByRole("link", { name: "Handed-over class" })).toBeVisible();
  await other.close();
});
