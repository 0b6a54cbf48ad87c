/**
 * Synthetic data at the scale the bench needs: many learners with a card for every practice item,
 * and one heavy learner with 20,000 cards and 100,000 review-log rows.
 */
import { randomUUID } from "node:crypto";
import bcrypt from "bcrypt";
import type { Database } from "../db";
import { cards, classMembers, reviewLog, users, userSettings } from "../db/schema";
import { createAssignment } from "../server/classes/assignments";
import { createClass } from "../server/classes/classes";
import { bank } from "../questions/bank";
import { practiceItems } from "../questions/practice";

export const BENCH_PASSWORD = "bench-password-123";
const DAY = 86_400_000;

export interface BenchScale {
  users: number;
  heavyCards: number;
  heavyReviews: number;
}

export interface SeededUser {
  id: string;
  email: string;
  cardIds: string[];
}

type Table = typeof cards | typeof reviewLog;

async function insertChunked(db: Database, table: Table, rows: Record<string, unknown>[], size = 400) {
  await db.transaction(async (tx) => {
    for (let i = 0; i < rows.length; i += size) await tx.insert(table).values(rows.slice(i, i + size) as never);
  });
}

function cardRow(
  userId: string,
  itemId: string,
  item: { factId?: string; service: string; model: string; topic: string },
  now: number,
  index: number,
) {
  return {
    id: randomUUID(),
    userId,
    itemId,
    factId: item.factId ?? null,
    service: item.service,
    model: item.model,
    topic: item.topic,
    newPosition: index,
    // Reviewed cards, due over the last week: every one of them is waiting in the review queue.
    due: now - (index % 7) * DAY - 60_000,
    stability: 5 + (index % 20),
    difficulty: 4 + (index % 5),
    elapsedDays: 5,
    scheduledDays: 5 + (index % 20),
    learningSteps: 0,
    reps: 3 + (index % 6),
    lapses: index % 3,
    state: 2,
    lastReview: now - 10 * DAY,
    // Shown and waiting for an answer, so the review bench can answer each card once.
    presentedSeed: "bench",
    createdAt: now - 60 * DAY,
  };
}

export async function seedBench(db: Database, scale: BenchScale, now = Date.now()) {
  const passwordHash = await bcrypt.hash(BENCH_PASSWORD, 10);
  const items = practiceItems(bank);
  const learners: SeededUser[] = [];
  for (let u = 0; u < scale.users; u++) {
    const id = randomUUID();
    const email = `bench-${u}@example.com`;
    await db.insert(users).values({ id, email, name: `Bench Learner ${u}`, passwordHash, role: "student", createdAt: now });
    await db.insert(userSettings).values({ userId: id, cardsBankVersion: bank.version, updatedAt: now });
    const rows = items.map((item, index) => cardRow(id, item.id, item, now, index));
    await insertChunked(db, cards, rows);
    learners.push({ id, email, cardIds: rows.map((r) => r.id) });
  }

  // The heavy learner: every practice item, plus archived cards (items from earlier bank versions)
  // scheduled far ahead, to reach 20,000 rows the queue must skip past.
  const heavyId = randomUUID();
  await db
    .insert(users)
    .values({ id: heavyId, email: "bench-heavy@example.com", name: "Heavy Learner", passwordHash, role: "student", createdAt: now });
  await db.insert(userSettings).values({ userId: heavyId, cardsBankVersion: bank.version, updatedAt: now, reviewsPerDay: 100_000 });
  const heavyCards = items.map((item, index) => ({ ...cardRow(heavyId, item.id, item, now, index), presentedSeed: null }));
  for (let n = heavyCards.length; n < scale.heavyCards; n++) {
    const item = items[n % items.length];
    heavyCards.push({
      ...cardRow(heavyId, `archived:${n}:${item.id}`, item, now, n),
      due: now + (30 + (n % 300)) * DAY,
      presentedSeed: null,
    });
  }
  await insertChunked(db, cards, heavyCards);
  const logs = [];
  for (let r = 0; r < scale.heavyReviews; r++) {
    const card = heavyCards[r % heavyCards.length];
    const reviewedAt = now - 365 * DAY + Math.floor((r / scale.heavyReviews) * 364 * DAY);
    logs.push({
      id: randomUUID(),
      userId: heavyId,
      cardId: card.id,
      rating: 1 + (r % 4),
      answer: null,
      correct: r % 4 !== 0,
      durationMs: 3000 + (r % 9000),
      reviewedAt,
      origin: "practice" as const,
      questionId: null,
      questionSeed: null,
      prevState: 2,
      prevScheduledDays: 5 + (r % 30),
      cardBefore: { state: 2 },
      elapsedDays: 5,
      newState: 2,
      newDue: reviewedAt + 10 * DAY,
    });
  }
  await insertChunked(db, reviewLog, logs);
  return { learners, heavy: { id: heavyId, email: "bench-heavy@example.com" } };
}

/**
 * The class-exam scenario: an instructor's class with every learner in it, and one exam-mode
 * assignment of `questions` bank questions (the same for all of them), open now, due in three hours.
 */
export async function seedClassExam(db: Database, learners: SeededUser[], questions: number, now = Date.now()) {
  const instructorId = randomUUID();
  await db.insert(users).values({
    id: instructorId,
    email: "bench-instructor@example.com",
    name: "Bench Instructor",
    passwordHash: "x",
    role: "instructor",
    createdAt: now,
  });
  const klass = await createClass(db, instructorId, "Bench class", now);
  for (let i = 0; i < learners.length; i += 400) {
    await db
      .insert(classMembers)
      .values(learners.slice(i, i + 400).map((learner) => ({ classId: klass.id, userId: learner.id, joinedAt: now })));
  }
  const assignment = await createAssignment(
    db,
    instructorId,
    klass.id,
    { title: "Class exam", mode: "exam", timeLimitMinutes: 90, dueAt: now + 3 * 3_600_000, selection: { count: questions } },
    now,
  );
  return { assignmentId: assignment.id, questions: assignment.questionCount };
}
