import { expect, test } from "@playwright/test";
import { registerApi, signInAs } from "./helpers";

test("settings refuse bad values with a message next to each field and keep what was typed", async ({ page }) => {
  const { email, password } = await registerApi(page.request, "student", "Settings Learner");
  await signInAs(page, email, password);
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
