import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { signInAsFreshUser } from "./helpers";

async function expectNoAxeViolations(page: Page, where: string) {
  const { violations } = await new AxeBuilder({ page }).analyze();
  expect(violations.map((v) => `${where}: ${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`)).toEqual([]);
}

// Every screen a learner and an instructor reach, in each state that shows something new, in light and dark, at phone and desktop width.
for (const width of [390, 1280]) {
  for (const colorScheme of ["light", "dark"] as const) {
    test(`no accessibility violations at ${width} px, ${colorScheme}`, async ({ page }) => {
      test.setTimeout(180_000);
      await page.setViewportSize({ width, height: 900 });
      await page.emulateMedia({ colorScheme });
      await signInAsFreshUser(page, "student", "Axe Learner");

      for (const path of ["/", "/settings", "/assignments", "/exams"]) {
        await page.goto(path);
        await expectNoAxeViolations(page, path);
      }

      // Practice: the question, then the answer's feedback.
      await page.goto("/practice");
      await expect(page.getByRole("button", { name: /Check answer/ })).toBeVisible();
      await expectNoAxeViolations(page, "practice question");
      await page.keyboard.press("1");
      await page.keyboard.press("Enter");
      await expect(page.getByRole("region", { name: "Answer and explanation" })).toBeVisible();
      await expectNoAxeViolations(page, "practice feedback");

      // A mock exam in progress and its report.
      const { attemptId } = await (
        await page.request.post("/api/v1/exams", { data: { blueprint: "custom", options: { count: 5, minutes: 10 } } })
      ).json();
      await page.goto(`/exams/${attemptId}`);
      await expect(page.getByRole("timer", { name: "Time left" })).toBeVisible();
      await expectNoAxeViolations(page, "exam in progress");
      await page.request.post(`/api/v1/exams/${attemptId}/submit`);
      await page.goto(`/exams/${attemptId}`);
      await expect(page.getByRole("heading", { name: /results/ })).toBeVisible();
      await expectNoAxeViolations(page, "exam report");

      // The card browser, with a card chosen.
      await page.goto("/cards?service=s3");
      await page.getByRole("list", { name: "Cards" }).getByRole("checkbox").first().check();
      await expectNoAxeViolations(page, "/cards");

      await page.goto("/stats");
      await expect(page.getByRole("heading", { level: 1, name: "Your progress" })).toBeVisible();
      await expectNoAxeViolations(page, "/stats");
    });
  }
}
