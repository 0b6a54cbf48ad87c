import { expect, test } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";
import { DEMO_STUDENT, signInAs } from "./helpers";

test.describe("models", () => {
  test.beforeEach(async ({ page }) => {
    await signInAs(page, DEMO_STUDENT);
    await expect(page.getByRole("heading", { name: /Welcome back/ })).toBeVisible();
  });

  test("a student goes from the models overview to a model's stack, its cited facts and a service", async ({ page }) => {
    await page.goto("/models");
    await expect(page.getByRole("heading", { level: 1, name: "The shared responsibility model" })).toBeVisible();
    await expect(page.getByRole("heading", { name: /Security OF the cloud/ })).toBeVisible();
    await expect(page.getByRole("heading", { name: "AWS's three kinds of control" })).toBeVisible();

    await page.getByRole("link", { name: /See the container stack/ }).click();
    await expect(page).toHaveURL(/\/models\/container$/);
    await expect(page.getByRole("heading", { level: 1, name: "Container services" })).toBeVisible();

    // In the container model AWS owns the operating system, and the diagram says so in words.
    const layers = page.getByRole("list", { name: "Layers, top to bottom" });
    const osLayer = layers.getByRole("listitem").filter({ hasText: "Operating system" });
    await expect(osLayer).toContainText("Owner: AWS");
    await expect(layers.getByRole("listitem").filter({ hasText: "Customer data" })).toContainText("Owner: Customer");

    // A fact renders with its reasoning and both kinds of citation.
    const fact = page.getByRole("article", { name: "Patch the operating system of the hosts that run RDS DB instances" });
    await expect(fact).toContainText("Why:");
    await expect(fact.getByRole("list", { name: "Sources" })).toContainText("customers cannot patch the operating system");
    await expect(fact.getByRole("link", { name: /Maintaining a DB instance/ })).toHaveAttribute(
      "href",
      /^https:\/\/docs\.aws\.amazon\.com\//,
    );

    await fact.getByRole("link", { name: "Amazon RDS" }).click();
    await expect(page).toHaveURL(/\/services\/rds$/);
    await expect(page.getByRole("heading", { level: 1, name: "Amazon RDS" })).toBeVisible();
    await expect(page.getByRole("heading", { name: /AWS’s duties/ })).toBeVisible();
    await expect(page.getByRole("heading", { name: /Customer duties/ })).toBeVisible();
    await expect(page.getByRole("link", { name: "Practise this service" })).toHaveAttribute("href", "/practice?service=rds");
  });

  test("the model-wide overview, linked from question explanations, lists the cloud-wide duties", async ({ page }) => {
    await page.goto("/models/overview");
    await expect(page.getByRole("heading", { level: 1, name: /Every model/ })).toBeVisible();
    const layers = page.getByRole("list", { name: "Layers, top to bottom" });
    await expect(layers.getByRole("listitem").filter({ hasText: "Operating system" })).toContainText("Varies by service");
    await expect(page.getByRole("article").first()).toBeVisible();
  });

  test("the container model page has no accessibility violations", async ({ page }) => {
    // axe over this long page takes 40–60 s on a busy 2-core machine: more than the default minute.
    test.setTimeout(150_000);
    await page.goto("/models/container");
    await expect(page.getByRole("heading", { level: 1, name: "Container services" })).toBeVisible();
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([]);
  });

  test("unknown services and models get a 404 page", async ({ page }) => {
    const service = await page.goto("/services/not-a-service");
    expect(service?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "No such service" })).toBeVisible();
    const model = await page.goto("/models/serverless");
    expect(model?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "No such model" })).toBeVisible();
  });
});
