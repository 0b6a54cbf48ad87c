import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db";
import { learnerSettings, saveLearnerSettings } from "@/db/queries/settings";
import { registerAccount } from "@/server/accounts/register";
import { parseInput } from "@/server/errors";
import { settingsChangesSchema } from "@/server/settings/input";
import { changeSettings } from "@/server/settings/settings";
import { timeZoneChoices } from "@/server/time/time-zones";

const person = (timeZone?: unknown) => ({
  name: "Zone",
  email: `zone-${randomUUID()}@example.com`,
  password: "correct horse battery",
  role: "student",
  timeZone,
});

describe("time zone at registration", () => {
  it("takes the browser's zone, canonically spelled", async () => {
    const user = await registerAccount(getDb(), person("asia/tokyo"), `10.0.0.${Math.floor(Math.random() * 200)}`);
    expect((await learnerSettings(getDb(), user.id)).timeZone).toBe("Asia/Tokyo");
  });

  it("keeps UTC when none is sent, and refuses a zone that does not exist, naming the field", async () => {
    const user = await registerAccount(getDb(), person(undefined), "10.0.1.1");
    expect((await learnerSettings(getDb(), user.id)).timeZone).toBe("UTC");
    await expect(registerAccount(getDb(), person("Mars/Olympus_Mons"), "10.0.1.2")).rejects.toMatchObject({
      code: "bad_request",
      fieldErrors: { timeZone: [expect.stringMatching(/time zone from the list/)] },
    });
  });

  it("offers UTC first and always the learner's own zone", () => {
    expect(timeZoneChoices("UTC")[0]).toBe("UTC");
    expect(timeZoneChoices("Asia/Kolkata")).toContain("Asia/Kolkata");
    expect(timeZoneChoices("Asia/Tokyo")).toContain("Asia/Tokyo");
  });
});

describe("saving settings changes only what was sent", () => {
  it("an empty change touches nothing; one field changes that field; one scope list keeps the others", async () => {
    const user = await registerAccount(getDb(), person("Europe/Berlin"), "10.0.2.1");
    await saveLearnerSettings(getDb(), user.id, { newPerDay: 12, scope: { models: ["abstract"], topics: ["data"] } });
    const before = await learnerSettings(getDb(), user.id);

    await changeSettings(getDb(), user.id, parseInput(settingsChangesSchema, {}, "check"));
    expect(await learnerSettings(getDb(), user.id)).toEqual(before);

    await changeSettings(getDb(), user.id, parseInput(settingsChangesSchema, { reviewsPerDay: "150" }, "check"));
    expect(await learnerSettings(getDb(), user.id)).toEqual({ ...before, reviewsPerDay: 150 });

    await changeSettings(getDb(), user.id, parseInput(settingsChangesSchema, { models: [] }, "check"));
    expect((await learnerSettings(getDb(), user.id)).scope).toEqual({ models: [], topics: ["data"] });
  });
});

describe("the home page's greeting", () => {
  it("welcomes a brand-new account, and welcomes back someone who has studied or whose account is older than a day", async () => {
    const { isReturningUser } = await import("@/server/accounts/greeting");
    const user = await registerAccount(getDb(), person("UTC"), "10.0.3.1");
    const now = user.createdAt + 60_000;
    expect(await isReturningUser(getDb(), user.id, now)).toBe(false);
    expect(await isReturningUser(getDb(), user.id, now + 2 * 86_400_000)).toBe(true);
    const { nextPracticeCard } = await import("@/server/practice/queue");
    const { submitPracticeReview } = await import("@/server/practice/review");
    const { undoPracticeReview } = await import("@/server/practice/review");
    const { card } = await nextPracticeCard(getDb(), user.id, "flashcard", now);
    const reviewId = randomUUID();
    await submitPracticeReview(getDb(), user.id, { reviewId, cardId: card!.id, rating: 3, durationMs: 1000 }, now);
    expect(await isReturningUser(getDb(), user.id, now)).toBe(true);
    // A review taken back leaves no history: a brand-new account is still greeted as new.
    await undoPracticeReview(getDb(), user.id, reviewId, now);
    expect(await isReturningUser(getDb(), user.id, now)).toBe(false);
  });
});
