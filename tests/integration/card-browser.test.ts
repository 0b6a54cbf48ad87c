import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db";
import { cardOfUser } from "@/db/queries/cards";
import { createUser } from "@/db/queries/users";
import { browseCards, changeCards } from "@/server/practice/card-browser";
import { nextPracticeCard, practiceCounts } from "@/server/practice/queue";
import { changeCard } from "@/server/practice/review";
import { cardBrowserSchema } from "@/server/practice/input";

const NOW = Date.UTC(2026, 2, 2, 15, 0);

async function learner() {
  const user = await createUser(getDb(), { email: `cards-${randomUUID()}@example.com`, name: "Cards", passwordHash: "x", role: "student" });
  await practiceCounts(getDb(), user.id, NOW); // fills the learner's cards from the bank
  return user.id;
}

describe("the card browser", () => {
  it("finds cards by words, service, state and mark, a page at a time", async () => {
    const userId = await learner();
    const all = await browseCards(getDb(), userId, {}, NOW);
    expect(all.total).toBeGreaterThan(100);
    expect(all.cards).toHaveLength(all.perPage);
    expect(all.pages).toBe(Math.ceil(all.total / all.perPage));

    const s3 = await browseCards(getDb(), userId, { service: "s3" }, NOW);
    expect(s3.total).toBeGreaterThan(0);
    expect(s3.cards.every((card) => card.service.id === "s3" && card.state === "new" && card.due === null)).toBe(true);

    const patch = await browseCards(getDb(), userId, { q: "patch" }, NOW);
    expect(patch.total).toBeGreaterThan(0);
    expect(patch.cards.every((card) => `${card.duty} ${card.service.name}`.toLowerCase().includes("patch"))).toBe(true);

    const [first, second] = s3.cards;
    await changeCard(getDb(), userId, first.id, { flagged: true }, NOW);
    await changeCard(getDb(), userId, second.id, { suspended: true }, NOW);
    expect((await browseCards(getDb(), userId, { mark: "flagged" }, NOW)).cards.map((c) => c.id)).toEqual([first.id]);
    expect((await browseCards(getDb(), userId, { mark: "suspended", service: "s3" }, NOW)).cards.map((c) => c.id)).toEqual([second.id]);
    expect((await browseCards(getDb(), userId, { state: "review" }, NOW)).total).toBe(0);
    // Past the last page: the last page.
    expect((await browseCards(getDb(), userId, { page: 10_000 }, NOW)).page).toBe(all.pages);
  });

  it("changes several of the learner's own cards at once, and never another learner's", async () => {
    const userId = await learner();
    const stranger = await learner();
    const mine = (await browseCards(getDb(), userId, { service: "rds" }, NOW)).cards.slice(0, 3).map((c) => c.id);
    const theirs = (await browseCards(getDb(), stranger, { service: "rds" }, NOW)).cards[0].id;

    expect(await changeCards(getDb(), userId, [...mine, theirs], "flag")).toEqual({ changed: 3 });
    expect((await cardOfUser(getDb(), stranger, theirs))!.flagged).toBe(false);
    expect(await changeCards(getDb(), stranger, mine, "suspend")).toEqual({ changed: 0 });

    // Suspending the card on screen takes it off screen: an answer shown before is refused.
    const { card } = await nextPracticeCard(getDb(), userId, "quiz", NOW);
    expect(await changeCards(getDb(), userId, [card!.id], "suspend")).toEqual({ changed: 1 });
    const after = await cardOfUser(getDb(), userId, card!.id);
    expect(after).toMatchObject({ suspended: true, presentedSeed: null, version: card!.version + 1 });
    expect(await changeCards(getDb(), userId, [card!.id, ...mine], "unsuspend")).toEqual({ changed: 4 });
  });

  it("refuses filters it does not know, in words", () => {
    const result = cardBrowserSchema.safeParse({ state: "forgotten", mark: "starred", service: "nope", page: "0" });
    expect(result.success).toBe(false);
    expect(result.error!.issues.map((issue) => issue.message)).toEqual(
      expect.arrayContaining([
        "Choose a state from the list.",
        "Choose flagged, suspended, leeches or buried.",
        "Choose a service from the list.",
        "Pages are numbered from 1.",
      ]),
    );
    expect(cardBrowserSchema.parse({ state: "", mark: "", service: "", model: "" })).toEqual({});
  });
});
