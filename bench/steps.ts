/**
 * npx tsx bench/steps.ts — times the hot paths' steps in-process (no HTTP, no framework), on a temp
 * embedded database seeded like the bench: what a review, the due queue and an exam cost inside
 * Demarc's own code, step by step. The HTTP bench (bench/run.ts) measures the whole request.
 */
import { randomUUID } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";

const dir = mkdtempSync(path.join(os.tmpdir(), "demarc-steps-"));
process.env.DATABASE_URL = `file:${path.join(dir, "steps.db")}`;
process.env.DEMARC_DATA_DIR = dir;

async function time(label: string, runs: number, step: (i: number) => Promise<unknown> | unknown) {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await step(i);
    samples.push(performance.now() - t);
  }
  samples.sort((a, b) => a - b);
  const at = (p: number) => samples[Math.min(samples.length - 1, Math.ceil((p / 100) * samples.length) - 1)].toFixed(3);
  console.log(`${label.padEnd(46)} p50 ${at(50).padStart(8)} ms  p90 ${at(90).padStart(8)} ms  p99 ${at(99).padStart(8)} ms  (${runs})`);
}

async function main() {
  const { migrateDatabase } = await import("../db/migrate");
  const { getDb } = await import("../db");
  const { seedBench } = await import("./seed");
  await migrateDatabase();
  const db = getDb();
  const seeded = await seedBench(db, { users: 20, heavyCards: 20_000, heavyReviews: 100_000 });
  const { encode } = await import("next-auth/jwt");
  const { decode } = await import("next-auth/jwt");
  const { cardWithSettings } = await import("../db/queries/cards");
  const { submitPracticeReview } = await import("../server/practice/review");
  const { nextPracticeCard } = await import("../server/practice/queue");
  const { startExam, saveExamAnswer, submitExam } = await import("../server/exams/exams");

  const secret = randomUUID();
  const token = await encode({
    token: { uid: seeded.learners[0].id, role: "student", email: "x", name: "x", sub: seeded.learners[0].id },
    secret,
  });
  await time("session: next-auth decode", 300, () => decode({ token, secret }));
  // What every request pays: the per-process token cache, then the session-version check (revocation).
  process.env.NEXTAUTH_SECRET = secret;
  const { userOfSessionToken } = await import("../app/_lib/session");
  const { forgetCachedSessionVersions } = await import("../server/accounts/sessions");
  await time("session: read, token and version cached", 1000, () => userOfSessionToken(token));
  await time("session: read, version re-read from the db", 300, () => (forgetCachedSessionVersions(), userOfSessionToken(token)));

  const pairs = seeded.learners.flatMap((l) => l.cardIds.map((cardId) => ({ userId: l.id, cardId })));
  let next = 0;
  await time("review: card + settings read", 300, () => cardWithSettings(db, pairs[next].userId, pairs[next++].cardId));
  await time("review: submitPracticeReview (whole)", 1000, () => {
    const pair = pairs[next++];
    return submitPracticeReview(db, pair.userId, { reviewId: randomUUID(), cardId: pair.cardId, rating: 3, durationMs: 2000 }, Date.now());
  });

  await time("due queue: next card, 20,000-card learner", 200, () => nextPracticeCard(db, seeded.heavy.id, "quiz", Date.now()));
  await time("due queue: next card, 621-card learner", 200, (i) =>
    nextPracticeCard(db, seeded.learners[1 + (i % 5)].id, "quiz", Date.now()),
  );

  for (const [label, user] of [
    ["learner", seeded.learners[10]],
    ["heavy", seeded.heavy],
  ] as const) {
    const attempts: { attemptId: string; questions: { id: string; choices: { id: string }[] }[] }[] = [];
    await time(`exam start (65 q), ${label}`, 5, async () =>
      attempts.push(await startExam(db, user.id, { blueprint: "cloud-practitioner" }, Date.now())),
    );
    let q = 0;
    await time(`exam save answer, ${label}`, 5 * 65, (i) => {
      const attempt = attempts[Math.floor(i / 65)];
      const question = attempt.questions[q++ % 65];
      return saveExamAnswer(db, user.id, attempt.attemptId, question.id, { choiceIds: [question.choices[0].id] }, Date.now());
    });
    await time(`exam submit (65 q), ${label}`, 5, (i) => submitExam(db, user.id, attempts[i].attemptId, Date.now()));
  }
  db.$client.close();
  rmSync(dir, { recursive: true, force: true });
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
