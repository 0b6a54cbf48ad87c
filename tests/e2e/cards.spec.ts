import { expect, test } from "@playwright/test";
import { apiClientAsFreshUser, practiseAsFreshLearner, signInAsFreshUser } from "./helpers";

test("a learner finds their set-aside cards in one place and brings several back at once", async ({ page }) => {
  await practiseAsFreshLearner(page, "Card Browser");

  // Set two cards aside from practice: one flagged, one suspended.
  await page.keyboard.press("f");
  await expect(page.getByText("Card flagged.")).toBeVisible();
  await page.keyboard.press("s");
  await expect(page.getByText("Card suspended.")).toBeVisible();
  await expect(page.getByRole("button", { name: /Check answer/ })).toBeVisible();
  await page.keyboard.press("s");
  await expect(page.getByText("Card suspended.")).toBeVisible();

  await page.getByRole("link", { name: "Browse all your cards" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Your cards" })).toBeVisible();
  const find = page.getByRole("search", { name: "Find cards" });
  await find.getByLabel("Set aside").selectOption("suspended");
  await find.getByRole("button", { name: "Find cards" }).click();
  await expect(page).toHaveURL(/mark=suspended/);
  await expect(page.getByRole("status").filter({ hasText: /cards? match/ })).toHaveText(/^2 cards match/);
  const cards = page.getByRole("list", { name: "Cards" }).getByRole("listitem");
  await expect(cards).toHaveCount(2);
  await expect(cards.first()).toContainText("suspended");
  await expect(cards.filter({ hasText: "flagged" })).toHaveCount(1);

  // Both at once: choose all, unsuspend.
  const bulk = page.getByRole("group", { name: "Change the chosen cards" });
  await expect(bulk.getByRole("button", { name: "Unsuspend" })).toBeDisabled();
  await bulk.getByLabel(/Choose all 2 on this page/).check();
  await bulk.getByRole("button", { name: "Unsuspend" }).click();
  await expect(page.getByRole("status").filter({ hasText: "2 cards unsuspended." })).toBeVisible();
  await expect(page.getByText("No cards match these filters.")).toBeVisible();

  // Words and a service narrow the whole deck; one card can be flagged from the list.
  await page.goto("/cards?service=s3&q=encrypt");
  await expect(page.getByRole("status").filter({ hasText: /cards? match/ })).toHaveText(/^\d+ cards? match/);
  const first = page.getByRole("list", { name: "Cards" }).getByRole("listitem").first();
  await expect(first).toContainText("Amazon S3");
  await first.getByRole("checkbox").check();
  await page.getByRole("group", { name: "Change the chosen cards" }).getByRole("button", { name: "Flag", exact: true }).click();
  await expect(page.getByRole("status").filter({ hasText: "1 card flagged." })).toBeVisible();
  await expect(page.getByRole("list", { name: "Cards" }).getByRole("listitem").first()).toContainText("flagged");
});

test("the cards API answers only for the learner's own cards and refuses bad filters in words", async ({ page, playwright, baseURL }) => {
  await signInAsFreshUser(page, "student", "Card Owner");
  const listing = await (await page.request.get("/api/v1/cards?service=rds")).json();
  const ids = listing.cards.slice(0, 2).map((card: { id: string }) => card.id);
  const bad = await page.request.get("/api/v1/cards?state=forgotten");
  expect(bad.status()).toBe(400);
  expect((await bad.json()).error.fieldErrors.state).toEqual(["Choose a state from the list."]);

  const other = await apiClientAsFreshUser(playwright.request, baseURL, "student", "Card Thief");
  const stolen = await other.post("/api/v1/cards/bulk", { data: { cardIds: ids, action: "suspend" } });
  expect(stolen.status()).toBe(200);
  expect(await stolen.json()).toEqual({ changed: 0 });
  expect((await (await page.request.get("/api/v1/cards?mark=suspended")).json()).total).toBe(0);
  expect((await other.post("/api/v1/cards/bulk", { data: { cardIds: [], action: "launch" } })).status()).toBe(400);
});
