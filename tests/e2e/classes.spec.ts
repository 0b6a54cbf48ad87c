import { readFile } from "node:fs/promises";
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { parseCsv } from "@/server/classes/csv";
import { RESULTS_CSV_HEADER } from "@/tests/support/export-headers";
import {
  DEMO_INSTRUCTOR,
  apiClientAsFreshUser,
  freshStudentInClass,
  publishAssignment,
  signInApi,
  signInAs,
  signInAsFreshUser,
} from "./helpers";

async function expectNoAxeViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).analyze();
  expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
}

test("an instructor sets work, a student joins and completes it, the instructor sees the result and downloads the CSV", async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const teacherContext = await browser.newContext();
  const studentContext = await browser.newContext();
  const teacher = await teacherContext.newPage();
  const student = await studentContext.newPage();

  // The instructor creates a class and reads its join code.
  await signInAs(teacher, DEMO_INSTRUCTOR);
  await teacher.goto("/classes");
  await teacher.getByLabel("Class name").fill("Cloud Security, spring");
  await teacher.getByRole("button", { name: "Create class" }).click();
  await expect(teacher.getByRole("heading", { level: 1, name: "Cloud Security, spring" })).toBeVisible();
  const joinCode = (await teacher.getByTestId("join-code").textContent())!.trim();
  expect(joinCode).toMatch(/^[ABCDEFGHJKMNPQRSTUVWXYZ23456789]{8}$/);
  await expectNoAxeViolations(teacher);

  // …and an assignment of three questions by filter, previewed first.
  await teacher.getByRole("link", { name: "New assignment" }).click();
  await teacher.getByLabel("Title").fill("Week 1: who patches what?");
  await teacher.getByLabel("Number of questions (1–100)").fill("3");
  await teacher.getByRole("button", { name: "Preview as students see it" }).click();
  await expect(teacher.getByRole("heading", { name: /Preview: 3 questions/ })).toBeVisible();
  await teacher.getByRole("button", { name: "Publish assignment" }).click();
  await expect(teacher.getByText("Published.")).toBeVisible();
  await expect(teacher.getByRole("heading", { level: 1, name: "Week 1: who patches what?" })).toBeVisible();

  // A student joins with the code and finds the work on their dashboard.
  const studentAccount = await signInAsFreshUser(student, "student", 'Zoë Ñandú, "Zo"');
  await student.goto("/");
  await student.getByLabel("Join code").fill(`${joinCode.slice(0, 4)}-${joinCode.slice(4)}`);
  await student.getByRole("button", { name: "Join class" }).click();
  await expect(student.getByText(/You are in Cloud Security, spring/)).toBeVisible();
  await student.goto("/");
  await student.getByRole("link", { name: "Week 1: who patches what?" }).click();
  await student.getByRole("button", { name: "Start" }).click();

  // Practice mode: each answer is checked at once, with the explanation.
  for (let n = 1; n <= 3; n++) {
    const question = student.getByRole("region", { name: `Question ${n}` });
    await question.getByRole("button").first().click();
    await student.getByRole("button", { name: "Check answer" }).click();
    await expect(student.getByRole("region", { name: "Answer and explanation" })).toContainText(/Correct|Not quite/);
    if (n < 3) await student.getByRole("button", { name: "Next question →" }).click();
  }
  await student.getByRole("button", { name: "See your results" }).click();
  await expect(student.getByRole("heading", { name: "Your result" })).toBeVisible();
  await expect(student.getByText(/of 3 right/)).toBeVisible();
  await expect(student.getByText("✓ Submitted")).toBeVisible();

  // The instructor sees the submission and downloads the results.
  await teacher.reload();
  const row = teacher.getByRole("row", { name: /Zoë Ñandú/ });
  await expect(row).toContainText("Submitted");
  await expect(row).toContainText(/\d\/3 \(\d+%\)/);
  await expect(teacher.getByRole("heading", { name: "Questions" })).toBeVisible();
  await expectNoAxeViolations(teacher);
  const [download] = await Promise.all([teacher.waitForEvent("download"), teacher.getByRole("link", { name: "Results CSV" }).click()]);
  const rows = parseCsv(await readFile((await download.path())!, "utf8"));
  expect(rows[0]).toEqual(RESULTS_CSV_HEADER.split(","));
  expect(rows[1]).toEqual(expect.arrayContaining(['Zoë Ñandú, "Zo"', studentAccount.email, "Submitted", "3"]));

  const [gradebook] = await Promise.all([
    teacher.waitForEvent("download"),
    teacher.goto(teacher.url().replace(/\/assignments\/.*$/, "")).then(() => teacher.getByRole("link", { name: "Gradebook CSV" }).click()),
  ]);
  const grades = parseCsv(await readFile((await gradebook.path())!, "utf8"));
  expect(grades[0]).toEqual(["Name", "Email", "Week 1: who patches what? (%)", "Week 1: who patches what? status"]);
  expect(grades[1][3]).toBe("Submitted");

  await teacherContext.close();
  await studentContext.close();
});

test("the join link fills in the code; a replaced code is refused with a clear message", async ({ browser }) => {
  const teacherContext = await browser.newContext();
  const studentContext = await browser.newContext();
  const teacher = await teacherContext.newPage();
  const student = await studentContext.newPage();
  await signInApi(teacher.request, DEMO_INSTRUCTOR);
  const created = await (await teacher.request.post("/api/v1/classes", { data: { name: "Link class" } })).json();
  const rotated = await (await teacher.request.post(`/api/v1/classes/${created.id}/join-code`, { data: { action: "rotate" } })).json();

  await signInAsFreshUser(student, "student", "Link Follower");
  await student.goto(`/join/${created.joinCode}`);
  await expect(student.getByText("No class has the code in this link")).toBeVisible();
  await expect(student.getByLabel("Join code")).toHaveValue(created.joinCode);
  await student.getByRole("button", { name: "Join class" }).click();
  await expect(student.getByText(/No class has that join code/)).toBeVisible();
  await expect(student.getByLabel("Join code")).toHaveAttribute("aria-invalid", "true");

  await student.goto(`/join/${rotated.joinCode}`);
  // The link names the class before the student joins, under one "Join a class" heading.
  await expect(student.getByText("Your instructor invited you to Link class.")).toBeVisible();
  await expect(student.getByRole("heading", { name: "Join a class" })).toHaveCount(1);
  await student.getByRole("button", { name: "Join class" }).click();
  await expect(student.getByText(/You are in Link class/)).toBeVisible();
  await teacherContext.close();
  await studentContext.close();
});

test("a student takes an exam-mode assignment with the navigator, submits with a question left, and sees the result", async ({
  browser,
  playwright,
  baseURL,
}) => {
  const teacherApi = await playwright.request.newContext({ baseURL });
  await signInApi(teacherApi, DEMO_INSTRUCTOR);
  const created = await (await teacherApi.post("/api/v1/classes", { data: { name: "Exam-mode cohort" } })).json();
  const assignmentId = await publishAssignment(teacherApi, created.id, {
    title: "Timed check",
    mode: "exam",
    dueAt: Date.now() + 86_400_000,
    timeLimitMinutes: 10,
    feedbackTiming: "on_submit",
    selection: { count: 3 },
  });

  const { context, student } = await freshStudentInClass(browser, created.joinCode, "Timed Student");

  await student.goto(`/assignments/${assignmentId}`);
  await student.getByRole("button", { name: /Start/ }).click();
  await expect(student.getByRole("button", { name: "Question 1, unanswered" })).toBeVisible();
  await student.keyboard.press("1");
  await expect(student.getByRole("button", { name: "Question 1, answered" })).toBeVisible();
  await student.getByRole("button", { name: "Question 2, unanswered" }).click();
  await expect(student.getByRole("region", { name: "Question 2" })).toBeVisible();
  await student.keyboard.press("1");
  await expect(student.getByRole("button", { name: "Question 2, answered" })).toBeVisible();

  // A reload keeps the answers; submitting with one left asks first.
  await student.reload();
  await expect(student.getByRole("button", { name: "Question 2, answered" })).toBeVisible();
  await student.getByRole("button", { name: "Submit" }).click();
  const dialog = student.getByRole("dialog", { name: "Submit now?" });
  await expect(dialog).toContainText("1 question is unanswered");
  await dialog.getByRole("button", { name: "Submit anyway" }).click();
  await expect(student.getByText(/of 3 right/)).toBeVisible();
  await context.close();
});

test("long text gets a counter and a refusal instead of a cut; a published assignment can be renamed; messages are in plain words", async ({
  page,
}) => {
  await signInAsFreshUser(page, "instructor", "Counting Instructor");
  await page.goto("/classes");
  const name = page.getByLabel("Class name");
  await name.fill("N".repeat(85));
  await expect(name).toHaveValue("N".repeat(85));
  await expect(page.getByText("85 of 80 characters — 5 too many: shorten it to save")).toBeVisible();
  await page.getByRole("button", { name: "Create class" }).click();
  await expect(page.locator("#class-name-error")).toHaveText("A class name is at most 80 characters.");
  await expect(page).toHaveURL(/\/classes$/);

  const { id: classId } = await (await page.request.post("/api/v1/classes", { data: { name: "Counted class" } })).json();
  // The bank search says a too-long search is too long, rather than blaming the connection.
  await page.goto(`/classes/${classId}/assignments/new`);
  await page.getByRole("button", { name: /Hand-pick/ }).click();
  await page.getByLabel("Search prompts, facts and services").fill("x".repeat(10_000));
  await expect(page.getByText("10000 of 200 characters — 9800 too many")).toBeVisible();
  await expect(page.getByText(/connection/)).toHaveCount(0);

  const assignmentId = await publishAssignment(page.request, classId, {
    title: "Week 1",
    mode: "practice",
    dueAt: Date.now() + 86_400_000,
    selection: { count: 3 },
  });
  await page.goto(`/classes/${classId}/assignments/${assignmentId}`);
  await page.getByText("Edit the title, instructions, due date, late policy or attempts").click();
  const title = page.getByLabel("Title");
  await title.fill("Week 1, renamed");
  await page.getByLabel("Instructions").fill("Read the S3 page first.");
  await page.getByLabel("Attempts allowed").fill("1.5");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.locator("#edit-attemptsAllowed-error")).toHaveText("Allow 1 to 10 attempts (a whole number).");
  await page.getByLabel("Attempts allowed").fill("2");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Week 1, renamed" })).toBeVisible();
});

test("an instructor renames a class; another instructor cannot", async ({ page, playwright, baseURL }) => {
  await signInAsFreshUser(page, "instructor", "Renaming Instructor");
  const { id: classId } = await (await page.request.post("/api/v1/classes", { data: { name: "Old name" } })).json();
  await page.goto(`/classes/${classId}`);
  await page.getByText("Rename the class").click();
  await page.getByLabel("Class name").fill("New name, spring");
  await page.getByRole("button", { name: "Rename class" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "New name, spring" })).toBeVisible();

  const other = await apiClientAsFreshUser(playwright.request, baseURL, "instructor", "Other Instructor");
  expect((await other.patch(`/api/v1/classes/${classId}`, { data: { name: "Hijacked" } })).status()).toBe(404);
  const tooLong = await page.request.patch(`/api/v1/classes/${classId}`, { data: { name: "N".repeat(81) } });
  expect(tooLong.status()).toBe(400);
  expect((await tooLong.json()).error.fieldErrors.name).toEqual(["A class name is at most 80 characters."]);
});

test("an instructor archives a class after a confirm step, finds it under Archived, and unarchives it", async ({ page }) => {
  await signInAsFreshUser(page, "instructor", "Archiving Instructor");
  const { id: classId } = await (await page.request.post("/api/v1/classes", { data: { name: "Last spring" } })).json();
  await page.goto(`/classes/${classId}`);
  await page.getByRole("button", { name: "Archive Last spring" }).click();
  const dialog = page.getByRole("dialog", { name: "Archive Last spring?" });
  await dialog.getByRole("button", { name: "Cancel" }).click();
  await expect(page.getByText(/Archived on/)).toHaveCount(0);
  await page.getByRole("button", { name: "Archive Last spring" }).click();
  await dialog.getByRole("button", { name: "Archive class" }).click();
  await expect(page.getByText(/Archived on/)).toBeVisible();
  await expect(page.getByRole("link", { name: "New assignment" })).toHaveCount(0);
  // The refreshed page's metadata streams in after its body: check it once the title is back.
  await expect(page).toHaveTitle(/Class/);
  await expectNoAxeViolations(page);

  await page.goto("/classes");
  const archived = page.locator("details", { hasText: "Archived (1)" });
  await expect(archived.getByRole("link", { name: "Last spring" })).toBeHidden();
  await archived.getByText("Archived (1)").click();
  await archived.getByRole("link", { name: "Last spring" }).click();

  await page.getByRole("button", { name: "Unarchive Last spring" }).click();
  await page.getByRole("dialog", { name: "Unarchive Last spring?" }).getByRole("button", { name: "Unarchive class" }).click();
  await expect(page.getByText(/Archived on/)).toHaveCount(0);
  await expect(page.getByRole("link", { name: "New assignment" })).toBeVisible();
});
