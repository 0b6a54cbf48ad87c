import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { createEmptyCard, default_w, fsrs, generatorParameters, Rating, State, type Card, type Grade } from "ts-fsrs";
import { getDb } from "@/db";
import { cards, reviewLog } from "@/db/schema";
import { createUser } from "@/db/queries/users";
import { learnerSettings } from "@/db/queries/settings";
import { MIN_REVIEWS_TO_OPTIMIZE, optimizeScheduling, reviewSequences } from "@/server/stats/fsrs-optimizer";
import { createRandom } from "@/questions/random";

const DAY = 86_400_000;
const START = Date.parse("2026-01-05T12:00:00Z");

/**
 * A learner who forgets faster than FSRS's defaults assume: small first stabilities, slower growth,
 * a steeper forgetting curve. Their reviews follow this model; the app schedules them with the defaults.
 */
const TRUE_WEIGHTS = [...default_w];
TRUE_WEIGHTS.splice(0, 4, 0.05, 0.2, 0.5, 1.5);
TRUE_WEIGHTS[8] = 0.8;
TRUE_WEIGHTS[20] = 0.3;

const dayOnly = { enable_fuzz: false, enable_short_term: false, learning_steps: [], relearning_steps: [] };
const truth = fsrs(generatorParameters({ ...dayOnly, w: TRUE_WEIGHTS }));
const appScheduler = fsrs(generatorParameters({ ...dayOnly, request_retention: 0.9 }));

/** Reviews drawn from the true model with noise: recall is a coin flipped at the true recall, ratings vary. */
async function seedSyntheticHistory(userId: string, cardIds: string[], reviewsPerCard: number) {
  const random = createRandom("synthetic-history");
  const rows: (typeof reviewLog.$inferInsert)[] = [];
  for (const cardId of cardIds) {
    let day = random.int(30);
    let memory: Card = createEmptyCard(new Date(START + day * DAY));
    let schedule: Card = memory;
    for (let n = 0; n < reviewsPerCard; n++) {
      const now = new Date(START + day * DAY);
      const recall = memory.state === State.New ? 0.7 : truth.get_retrievability(memory, now, false);
      const roll = random.next();
      const rating: Grade = random.next() >= recall ? Rating.Again : roll < 0.15 ? Rating.Hard : roll > 0.9 ? Rating.Easy : Rating.Good;
      rows.push({
        id: randomUUID(),
        userId,
        cardId,
        rating,
        reviewedAt: now.getTime(),
        prevState: schedule.state,
        prevScheduledDays: schedule.scheduled_days,
        cardBefore: {},
        newState: 2,
        newDue: now.getTime(),
      });
      memory = truth.next(memory, now, rating).card;
      schedule = appScheduler.next(schedule, now, rating).card;
      // The learner comes back when the app says, give or take a few days.
      const interval = Math.max(1, Math.round(schedule.scheduled_days * (0.7 + 0.6 * random.next())));
      day += interval;
    }
  }
  for (let i = 0; i < rows.length; i += 500)
    await getDb()
      .insert(reviewLog)
      .values(rows.slice(i, i + 500));
  return rows.length;
}

let learners = 0;

/** A learner with `count` cards whose ids are fixed, so the held-out split is the same every run. */
async function learner(count = 240) {
  learners += 1;
  const user = await createUser(getDb(), {
    email: `optimizer-${randomUUID()}@example.com`,
    name: "Optimizer",
    passwordHash: "x",
    role: "student",
  });
  const rows = Array.from({ length: count }, (_, i) => ({
    id: `optimizer-${learners}-card-${i}`,
    userId: user.id,
    itemId: `synthetic:${i}`,
    service: "s3",
    model: "abstract",
    topic: "data",
    newPosition: i,
    due: START,
    createdAt: START,
  }));
  for (let i = 0; i < rows.length; i += 200)
    await getDb()
      .insert(cards)
      .values(rows.slice(i, i + 200));
  return { userId: user.id, cardIds: rows.map((r) => r.id) };
}

describe("Optimize my scheduling", () => {
  it("turns the review log into FSRS sequences of ratings and whole learner days", () => {
    const t = (iso: string) => Date.parse(iso);
    const sequences = reviewSequences(
      [
        { cardId: "a", rating: 3, reviewedAt: t("2026-03-07T20:00:00Z"), prevState: 0 },
        { cardId: "a", rating: 3, reviewedAt: t("2026-03-07T20:10:00Z"), prevState: 1 },
        // 03:30 EDT is still Saturday's learner day in New York (day starts 04:00): 0 days later.
        { cardId: "a", rating: 1, reviewedAt: t("2026-03-08T07:30:00Z"), prevState: 2 },
        { cardId: "a", rating: 3, reviewedAt: t("2026-03-10T15:00:00Z"), prevState: 3 },
        // A card whose first review is missing can't be replayed.
        { cardId: "b", rating: 3, reviewedAt: t("2026-03-08T15:00:00Z"), prevState: 2 },
      ],
      "America/New_York",
      4,
    );
    expect([...sequences.keys()]).toEqual(["a"]);
    expect(sequences.get("a")).toEqual([
      { rating: 3, deltaT: 0 },
      { rating: 3, deltaT: 0 },
      { rating: 1, deltaT: 0 },
      { rating: 3, deltaT: 3 },
    ]);
  });

  it("keeps the defaults below the minimum number of reviews, and says how many are needed", async () => {
    const { userId, cardIds } = await learner();
    await seedSyntheticHistory(userId, cardIds.slice(0, 20), 5);
    const result = await optimizeScheduling(getDb(), userId, START + 200 * DAY);
    expect(result).toEqual({ status: "too_few", reviews: 80, needed: MIN_REVIEWS_TO_OPTIMIZE });
    expect((await learnerSettings(getDb(), userId)).fsrsWeights).toBeNull();
  });

  it("fits parameters on a synthetic history that predict held-out reviews better than the defaults", async () => {
    const { userId, cardIds } = await learner(600);
    const reviews = await seedSyntheticHistory(userId, cardIds, 8);
    expect(reviews).toBe(600 * 8);
    const now = START + 400 * DAY;
    const result = await optimizeScheduling(getDb(), userId, now);
    if (result.status !== "saved") throw new Error(`expected saved parameters, got ${JSON.stringify(result)}`);
    console.info(
      `optimizer: ${result.trainReviews} training / ${result.heldOutReviews} held-out reviews; log loss ${result.before.logLoss.toFixed(4)} → ${result.after.logLoss.toFixed(4)}, RMSE(bins) ${result.before.rmseBins.toFixed(4)} → ${result.after.rmseBins.toFixed(4)}`,
    );
    expect(result.usedDefaultsBefore).toBe(true);
    expect(result.heldOutReviews).toBeGreaterThan(200);
    expect(result.after.logLoss).toBeLessThan(result.before.logLoss);
    const settings = await learnerSettings(getDb(), userId);
    expect(settings.fsrsWeights).toEqual(result.weights);
    expect(settings.fsrsWeights).toHaveLength(21);
    expect(settings.fsrsOptimizedAt).toBe(now);
    // The fitted model learned this learner forgets faster: a lower first stability after Good.
    expect(result.weights[2]).toBeLessThan(default_w[2]);
  }, 120_000);
});
