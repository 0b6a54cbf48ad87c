import { expect, test } from "@playwright/test";
import { MOODLE_EXPORT } from "../unit/gift-fixtures";
import { freshStudentInClass, publishAssignment, signInAsFreshUser } from "./helpers";

test("a Moodle [html] file imports with a note for its description; students see bold text, not tags, and half credit for a partly right answer", async ({
  browser,
}) => {
  const teacherContext = await browser.newContext();
  const teacher = await teacherContext.newPage();
  await signInAsFreshUser(teacher, "instructor", "Moodle Instructor");
  const created = await (await teacher.request.post("/api/v1/classes", { data: { name: "Moodle cohort" } })).json();

  await teacher.goto(`/classes/${created.id}/questions`);
  await teacher.getByLabel("GIFT text").fill(MOODLE_EXPORT);
  await teacher.getByLabel("Source for questions without one").fill("Course reader, chapter 4");
  await teacher.getByRole("button", { name: "Import" }).click();
  await expect(teacher.getByText("Imported 4 questions.", { exact: false })).toBeVisible();
  await expect(
    teacher.getByText("Line 6: skipped a description (text with no answer block { … }): Demarc imports questions only."),
  ).toBeVisible();
  // The instructor's list shows the formatting too.
  await expect(teacher.locator("strong", { hasText: "guest operating system" })).toBeVisible();

  const { questions } = await (await teacher.request.get(`/api/v1/classes/${created.id}/questions`)).json();
  const assignmentId = await publishAssignment(teacher.request, created.id, {
    title: "Imported from Moodle",
    mode: "practice",
    dueAt: Date.now() + 86_400_000,
    selection: { questionIds: questions.map((q: { itemId: string }) => q.itemId) },
  });

  const { context, student } = await freshStudentInClass(browser, created.joinCode, "Moodle Student");
  await student.goto(`/assignments/${assignmentId}`);
  await student.getByRole("button", { name: /Start/ }).click();

  const question = student.getByRole("region", { name: "Question 1" });
  const bold = question.locator("legend strong");
  await expect(bold).toHaveText("guest operating system");
  // Bold stands out from the words around it (the prompt's own weight does not swallow it).
  const weights = await bold.evaluate((element) => [
    Number(getComputedStyle(element).fontWeight),
    Number(getComputedStyle(element.parentElement!).fontWeight),
  ]);
  expect(weights[0]).toBeGreaterThanOrEqual(700);
  expect(weights[0] - weights[1]).toBeGreaterThanOrEqual(200);
  await expect(question).not.toContainText("<p>");
  await expect(question).not.toContainText("<strong>");
  await expect(question.getByRole("group")).toContainText("Who patches the guest operating system on an EC2 instance?");

  await question.getByRole("button", { name: /The customer, with AWS Systems Manager/ }).click();
  await student.getByRole("button", { name: "Check answer" }).click();
  await expect(student.getByText("Partly right: 0.5 of 1")).toBeVisible();
  await expect(question.getByText(/Your answer — partly right: earns 50% of the credit/)).toBeVisible();
  // The feedback keeps its formatting: emphasis in an answer's feedback, a link in the general feedback.
  await expect(question.locator("em", { hasText: "their" })).toBeVisible();
  await expect(question.getByRole("link", { name: "the model" })).toHaveAttribute(
    "href",
    "https://aws.amazon.com/compliance/shared-responsibility-model/",
  );
  await teacherContext.close();
  await context.close();
});
