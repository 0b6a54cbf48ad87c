import { expect, test, type Page } from "@playwright/test";
import { publishAssignment, signInAsFreshUser } from "./helpers";

const PHONE = { width: 390, height: 844 };

/** The page is no wider than the screen: nothing to scroll sideways. */
async function expectNoSideways(page: Page) {
  const widths = await page.evaluate(() => ({ page: document.documentElement.scrollWidth, screen: window.innerWidth }));
  expect(widths.page).toBeLessThanOrEqual(widths.screen);
}

/** The element drawn at the middle of `locator` is inside it: nothing covers it. */
async function expectUncovered(page: Page, name: string) {
  const covered = await page.getByRole("timer", { name }).evaluate((el) => {
    const box = el.getBoundingClientRect();
    const top = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
    return { inView: box.top >= 0 && box.bottom <= window.innerHeight, uncovered: top !== null && el.contains(top) };
  });
  expect(covered).toEqual({ inView: true, uncovered: true });
}

test("at 390 px every tab shows, the active one included, and the header scrolls away", async ({ page }) => {
  await page.setViewportSize(PHONE);
  await signInAsFreshUser(page, "student", "Phone Learner");
  await page.goto("/settings");
  const nav = page.getByRole("navigation", { name: "Main" });
  for (const name of ["Practice", "Exams", "Models", "Assignments", "Stats", "Settings"]) {
    const box = (await nav.getByRole("link", { name, exact: true }).boundingBox())!;
    expect(box.x, name).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width, name).toBeLessThanOrEqual(PHONE.width);
  }
  await expect(nav.getByRole("link", { name: "Settings" })).toHaveAttribute("aria-current", "page");
  await expectNoSideways(page);
  await page.mouse.wheel(0, 600);
  await expect
    .poll(async () => (await page.getByRole("banner").boundingBox())!.y + (await page.getByRole("banner").boundingBox())!.height)
    .toBeLessThanOrEqual(0);
});

for (const viewport of [PHONE, { width: 1280, height: 800 }]) {
  test(`the exam clock stays in sight when scrolling at ${viewport.width} px`, async ({ page }) => {
    await page.setViewportSize(viewport);
    await signInAsFreshUser(page, "student", "Scrolling Examinee");
    const started = await page.request.post("/api/v1/exams", { data: { blueprint: "custom", options: { count: 100, minutes: 30 } } });
    const { attemptId } = await started.json();
    await page.goto(`/exams/${attemptId}`);
    await expect(page.getByRole("timer", { name: "Time left" })).toBeVisible();
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(150);
    await expectUncovered(page, "Time left");
  });
}

test("long unbroken names wrap instead of widening the page at 390 px", async ({ page }) => {
  await page.setViewportSize(PHONE);
  await signInAsFreshUser(page, "instructor", "Long Names");
  const created = await page.request.post("/api/v1/classes", { data: { name: "C".repeat(80) } });
  expect(created.status()).toBe(201);
  const { id: classId } = await created.json();
  const assignmentId = await publishAssignment(page.request, classId, {
    title: "T".repeat(120),
    instructions: "I".repeat(4000),
    mode: "practice",
    dueAt: Date.now() + 86_400_000,
    selection: { count: 3 },
  });
  for (const path of ["/classes", "/", `/classes/${classId}`, `/classes/${classId}/assignments/${assignmentId}`]) {
    await page.goto(path);
    await expectNoSideways(page);
  }
});
