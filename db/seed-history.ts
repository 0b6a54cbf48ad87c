import { asc, eq } from "drizzle-orm";
import { fsrs, generatorParameters, Rating, State, type Grade } from "ts-fsrs";
import { bank } from "../questions/bank";
import { practiceItems } from "../questions/practice";
import { createRandom } from "../questions/random";
import type { Database } from "./index";
import { ensureCards } from "./queries/cards";
import { cards, reviewLog, userSettings } from "./schema";
import { seedDemoExams } from "./seed-exams";
import { fromFsrsCard as fromCard, toFsrsCard as toCard } from "./fsrs-card";

const DAY = 86_400_000;
const MINUTE = 60_000;
const DEMO_HISTORY_DAYS = 60;
const NEW_PER_STUDY_DAY = 3;
const LAST_NEW_DAY = 45;

/** The app's default scheduling (DEFAULT_SETTINGS), without fuzz so the demo is the same every time. */
const scheduler = fsrs(
  generatorParameters({ request_retention: 0.9, enable_fuzz: false, learning_steps: ["1m", "10m"], relearning_steps: ["10m"] }),
);

/**
 * Gives the demo student two months of believable study: a few new cards most days, every review
 * done when due (with a missed day now and then, and a streak up to yesterday), recall drawn from
 * FSRS's own forgetting curve so true retention lands near 90%, and three mock exams. Deterministic:
 * the same `now` gives the same history.
 */
export async function seedDemoHistory(db: Database, userId: string, now: number) {
  const start = now - DEMO_HISTORY_DAYS * DAY;
  const random = createRandom("demo-history");
  await ensureCards(db, userId, practiceItems(bank), bank.version, null, start);
  const rows = await db.select().from(cards).where(eq(cards.userId, userId)).orderBy(asc(cards.newPosition));
  const state = new Map(rows.map((row) => [row.id, { row, card: toCard(row) }]));
  const unseen = rows.map((row) => row.id);
  const logs: (typeof reviewLog.$inferInsert)[] = [];

  const review = (cardId: string, at: number) => {
    const entry = state.get(cardId)!;
    const before = entry.card;
    const recall = before.state === State.New ? 0.8 : scheduler.get_retrievability(before, new Date(at), false);
    const remembered = random.next() < recall;
    const roll = random.next();
    const rating: Grade = !remembered ? Rating.Again : roll < 0.1 ? Rating.Hard : roll > 0.9 ? Rating.Easy : Rating.Good;
    const after = scheduler.next(before, new Date(at), rating).card;
    logs.push({
      id: `demo-${logs.length + 1}`,
      userId,
      cardId,
      rating,
      answer: null,
      correct: rating > Rating.Again,
      durationMs: 4_000 + random.int(16_000),
      reviewedAt: at,
      origin: "practice",
      questionId: null,
      questionSeed: null,
      prevState: before.state,
      prevScheduledDays: before.scheduled_days,
      cardBefore: { ...entry.row, ...fromCard(before) } as unknown as Record<string, unknown>,
      elapsedDays: before.last_review ? (at - before.last_review.getTime()) / DAY : 0,
      newState: after.state,
      newDue: after.due.getTime(),
    });
    entry.card = after;
  };

  for (let day = 0; day <= DEMO_HISTORY_DAYS; day++) {
    const recent = day >= DEMO_HISTORY_DAYS - 10;
    if (!recent && random.next() < 0.15) continue;
    // Evenings, two hours before "now" o'clock; today's session is the short one just done.
    let at = start + day * DAY - 2 * 60 * MINUTE + random.int(30) * MINUTE;
    const sessionEnd = at + 45 * MINUTE;
    // A busy last week: only the most overdue few get done, so some recall has slipped by today.
    const reviewCap = day >= DEMO_HISTORY_DAYS - 7 ? 4 : 40;
    const dueReviews = [...state.entries()]
      .filter(([, e]) => e.card.state !== State.New && e.card.due.getTime() <= at)
      .sort((a, b) => a[1].card.due.getTime() - b[1].card.due.getTime())
      .slice(0, reviewCap)
      .map(([id]) => id);
    const fresh = day <= LAST_NEW_DAY ? unseen.splice(0, NEW_PER_STUDY_DAY) : [];
    for (const cardId of [...dueReviews, ...fresh]) {
      review(cardId, at);
      at += 20_000;
    }
    // Learning steps come back within the session, in due order.
    for (let guard = 0; guard < 200; guard++) {
      const next = [...state.entries()]
        .filter(([, e]) => (e.card.state === State.Learning || e.card.state === State.Relearning) && e.card.due.getTime() <= sessionEnd)
        .sort((a, b) => a[1].card.due.getTime() - b[1].card.due.getTime())[0];
      if (!next) break;
      at = Math.max(at + 20_000, next[1].card.due.getTime());
      review(next[0], at);
    }
  }

  await db.transaction(async (tx) => {
    for (const { row, card } of state.values()) {
      if (card.state === State.New) continue;
      await tx.update(cards).set(fromCard(card)).where(eq(cards.id, row.id));
    }
    for (let i = 0; i < logs.length; i += 200) await tx.insert(reviewLog).values(logs.slice(i, i + 200));
    // A plan to show: the Cloud Practitioner format, five weeks out.
    const examDay = new Date(now + 35 * DAY).toISOString().slice(0, 10);
    await tx
      .update(userSettings)
      .set({ examDate: Date.parse(`${examDay}T00:00:00Z`), examBlueprint: "cloud-practitioner", updatedAt: now })
      .where(eq(userSettings.userId, userId));
  });
  await seedDemoExams(db, userId, now);
  return { reviews: logs.length };
}
