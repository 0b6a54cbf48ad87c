import { expect, test } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";
import { DEMO_STUDENT, signInAs, signInAsFreshUser } from "./helpers";

// One sign-in for the whole journey: the demo student's sign-ins are rate-limited per email across the suite.
test("the demo student reads their progress, plans an exam date and practises their weakest facts", async ({ page }) => {
  await signInAs(page, DEMO_STUDENT);
  await page.goto("/stats");
  await expect(page.getByRole("heading", { level: 1, name: "Your progress" })).toBeVisible();
  await expect(page.getByRole("list", { name: "At a glance" })).toContainText(/\d+ days? streak/);

  // Every chart draws, with a description a screen reader reads.
  for (const name of [
    /^Reviews per day over the last year: \d+ days with reviews/,
    /^True retention per week: week of/,
    /^Due reviews for the next 30 days: \d+ in all/,
    /^Predicted recall on the exam morning: Infrastructure services, \d+%/,
    /Mock exam scores over time/,
  ]) {
    await expect(page.getByRole("img", { name })).toBeVisible();
  }
  const models = page.getByRole("list", { name: "Mastery by model" });
  await expect(models.getByRole("listitem")).toHaveCount(4);
  await expect(models.getByRole("listitem").first()).toContainText(/\d+% recall in 7 days.*(Strong|Fair|Weak).*recent answers right/s);
  await expect(page.getByRole("link", { name: /^EC2 \d+%.* recall in 7 days, (strong|fair|weak)/ })).toHaveAttribute(
    "href",
    "/services/ec2",
  );

  // Each chart's numbers are one click away, as a table.
  for (const [summary, caption, firstColumn] of [
    ["Mastery by service, as a table", "Mastery by service", "Service"],
    ["Recall on the exam date, as a table", "Predicted recall on the exam morning by model", "Model"],
    ["Reviews by month, as a table", "Reviews by month", "Month"],
    ["Retention by week, as a table", "True retention by week", "Week of"],
    ["Forecast by day, as a table", "Cards due per day", "Day"],
  ] as const) {
    const table = page.getByRole("table", { name: caption });
    await expect(table).toBeHidden();
    await page.getByText(summary).click();
    await expect(table.getByRole("columnheader").first()).toHaveText(firstColumn);
    expect(await table.getByRole("row").count()).toBeGreaterThan(2);
  }
  await expect(page.getByRole("table", { name: "Cards due per day" }).getByRole("row").nth(1)).toContainText(/Today/);

  // Card counts are written out, not only drawn.
  const cardsRegion = page.getByRole("region", { name: "Your cards" });
  await expect(cardsRegion.getByText("Review", { exact: true })).toBeVisible();
  await expect(cardsRegion.getByText("New (not seen yet)")).toBeVisible();

  // Below 1,000 reviews the optimizer waits, and says why.
  await expect(page.getByRole("button", { name: "Optimize my scheduling" })).toBeDisabled();
  await expect(page.getByText(/optimizing needs 1000/)).toBeVisible();

  const axe = await new AxeBuilder({ page }).analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`)).toEqual([]);

  // The exam-date plan refuses a past date beside the field, then saves with cram mode on.
  const plan = page.getByRole("region", { name: "Exam-date plan" });
  await plan.getByLabel("Exam date", { exact: true }).fill("2020-01-01");
  await plan.getByRole("button", { name: "Save plan" }).click();
  await expect(plan.getByText(/can't be in the past/)).toBeVisible();
  await expect(plan.getByLabel("Exam date", { exact: true })).toHaveAttribute("aria-invalid", "true");
  const inThreeWeeks = new Date(Date.now() + 21 * 86_400_000).toISOString().slice(0, 10);
  await plan.getByLabel("Exam date", { exact: true }).fill(inThreeWeeks);
  await plan.getByLabel("Exam format").selectOption("security-specialty");
  await plan.getByLabel("Cram toward the exam date").check();
  await plan.getByRole("button", { name: "Save plan" }).click();
  await expect(plan.getByRole("status")).toContainText("Practice now crams toward your exam date");
  await expect(plan).toContainText("pass mark 750");
  await expect(plan).toContainText(/learn \d+ new cards a day/);

  // One click practises just the weakest facts.
  await page.getByRole("link", { name: "Practise just these facts" }).click();
  await expect(page).toHaveURL(/\/practice\?fact=/);
  await expect(page.getByText(/Practising only \d+ chosen facts/)).toBeVisible();
});

test("a learner who fails a set of cards sees them as weak on /stats, misses first", async ({ page }) => {
  await signInAsFreshUser(page, "student", "Failing Learner");
  // A five-question S3 exam handed in blank: every answer counts as wrong and goes to practice as Again.
  const started = await page.request.post("/api/v1/exams", {
    data: { blueprint: "custom", options: { count: 5, minutes: 10, services: ["s3"] } },
  });
  expect(started.status()).toBe(201);
  const { attemptId } = await started.json();
  expect((await page.request.post(`/api/v1/exams/${attemptId}/submit`)).status()).toBe(200);

  await page.goto("/stats");
  const s3 = page.getByRole("link", { name: /^S3 ▼? ?\d+%/ });
  await expect(s3).toHaveAccessibleName(/recall in 7 days, weak, 0 of \d+ recent answers right, \d+ missed last time/);
  // Every model with a miss (all this learner has studied) reads Weak, never Strong.
  const tiles = page
    .getByRole("list", { name: "Mastery by model" })
    .getByRole("listitem")
    .filter({ hasText: /missed last time/ });
  expect(await tiles.count()).toBeGreaterThan(0);
  for (const tile of await tiles.all()) {
    await expect(tile).toContainText("Weak");
    await expect(tile).not.toContainText("Strong");
  }
  const weakest = page.getByRole("region", { name: "Weakest facts" });
  await expect(weakest.getByRole("listitem").first()).toContainText("Amazon S3");
  await expect(weakest.getByRole("listitem").first()).toContainText("missed last time");
});
