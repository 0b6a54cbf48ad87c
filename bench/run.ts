/**
 * npm run bench [-- --quick] [-- --cpu-prof]
 * Seeds a temp embedded database at scale, then drives Demarc as `npm start` serves it (production
 * build) with autocannon, and a bare node:http baseline doing the same review work on the same file:
 * both at one process and at one per core. Then the due queue, mock exams, a class of students
 * taking one exam at once, and first-load JS against a bare App Router page built in the same run.
 * Writes bench/results.json (every figure with its target and whether it was met). Any error or
 * non-2xx response fails the run; a missed target does not.
 */
import { randomUUID } from "node:crypto";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { encode } from "next-auth/jwt";
import { buildIfNeeded } from "../scripts/build-if-needed";
import { bank } from "../questions/bank";
import { generate } from "../questions/generator";
import { classExam, type ClassExamResult } from "./class-exam";
import { firstLoadKb, load, median, percentile, treeRssMb, type LoadResult } from "./measure";
import { atLeast, atMost, printResults, type Figure } from "./report";
import { seedBench, seedClassExam } from "./seed";
import { buildFloorIfNeeded, startBaseline, startDemarc, startFloor, type Server } from "./servers";

const quick = process.argv.includes("--quick");
const cpuProf = process.argv.includes("--cpu-prof");
const CORES = os.availableParallelism();
const PROCESS_COUNTS = CORES > 1 ? [1, CORES] : [1];
const SECONDS = quick ? 2 : 10;
const CONNECTIONS = quick ? [50] : [1, 10, 50];
const SCALE = quick ? { users: 60, heavyCards: 2_000, heavyReviews: 5_000 } : { users: 300, heavyCards: 20_000, heavyReviews: 100_000 };
const EXAM_ROUNDS = quick ? 1 : 5;
const CLASS_EXAM = quick
  ? { students: 60, startWithinMs: 2_000, submitFromMs: 5_000, submitWithinMs: 4_000, thinkMs: [1_000, 2_000] as [number, number] }
  : { students: 300, startWithinMs: 10_000, submitFromMs: 40_000, submitWithinMs: 30_000, thinkMs: [2_000, 4_000] as [number, number] };
const ROUTES = ["/", "/practice", "/exams", "/models", "/stats", "/settings"];
const failures: string[] = [];

function check(name: string, result: LoadResult) {
  if (result.errors > 0 || result.non2xx > 0)
    failures.push(`${name}: ${result.errors} errors, ${result.non2xx} non-2xx of ${result.requests}`);
}

async function main() {
  const started = Date.now();
  const loadBefore = os.loadavg();
  buildIfNeeded();
  buildFloorIfNeeded();
  const dir = mkdtempSync(path.join(os.tmpdir(), "demarc-bench-"));
  const databaseUrl = `file:${path.join(dir, "bench.db")}`;
  process.env.DATABASE_URL = databaseUrl;
  const secret = randomUUID() + randomUUID();
  const { migrateDatabase } = await import("../db/migrate");
  const { getDb } = await import("../db");
  await migrateDatabase();
  const seedStart = Date.now();
  const seeded = await seedBench(getDb(), SCALE);
  const exam = await seedClassExam(getDb(), seeded.learners.slice(0, CLASS_EXAM.students), 65);
  console.log(
    `seeded ${SCALE.users} learners × ${seeded.learners[0].cardIds.length} cards, heavy learner ${SCALE.heavyCards} cards / ${SCALE.heavyReviews} reviews, a ${exam.questions}-question class exam, in ${((Date.now() - seedStart) / 1000).toFixed(1)} s`,
  );

  const profiles = cpuProf ? path.resolve("bench/profiles") : undefined;
  if (profiles) mkdirSync(profiles, { recursive: true });
  const demarcEnv = { DATABASE_URL: databaseUrl, NEXTAUTH_SECRET: secret, DEMARC_SEED_DEMO: "0", DEMARC_DATA_DIR: dir };
  const cookieFor = async (user: { id: string; email: string }) =>
    `next-auth.session-token=${await encode({ token: { uid: user.id, role: "student", email: user.email, name: user.email, sub: user.id }, secret })}`;
  const cookies = await Promise.all(seeded.learners.map(cookieFor));
  const heavyCookie = await cookieFor(seeded.heavy);

  // A third of the learners answer through Demarc, the rest through the baseline. Demarc refuses a
  // card that is not on screen, so before each Demarc run every one of its cards is shown again;
  // the baseline does not check, and cycles through its cards.
  const third = Math.floor(seeded.learners.length / 3);
  const demarcLearners = seeded.learners.slice(0, third).map((learner, u) => ({ ...learner, cookie: cookies[u] }));
  const demarcPairs = seeded.learners[0].cardIds.flatMap((_, c) =>
    demarcLearners.map((learner) => ({ cookie: learner.cookie, cardId: learner.cardIds[c] })),
  );
  const basePairs = seeded.learners[0].cardIds.flatMap((_, c) =>
    seeded.learners.slice(third).map((learner) => ({ userId: learner.id, cardId: learner.cardIds[c] })),
  );
  const showAgain = () =>
    getDb().$client.execute({
      sql: "update cards set presented_seed = 'bench' where user_id in (select value from json_each(?))",
      args: [JSON.stringify(demarcLearners.map((l) => l.id))],
    });

  const review: Record<string, Record<string, Record<string, number>>> = {};
  let dueQueue: LoadResult | undefined;
  const examTimes = { start: [] as number[], answer: [] as number[], submit: [] as number[] };
  let classResult: ClassExamResult | undefined;
  let footprint: { rssMb: number; processes: number; firstLoadKb: Record<string, number | null> } | undefined;
  let throughNext: (LoadResult & { rssMb: number }) | undefined;
  let rssOneProcess = 0;

  for (const processes of PROCESS_COUNTS) {
    const demarc = await startDemarc(demarcEnv, processes, profiles);
    const baseline = await startBaseline(databaseUrl, processes);
    try {
      review[processes] = {};
      for (const connections of CONNECTIONS) {
        await showAgain();
        let next = 0;
        const ours = await load(demarc.url, connections, SECONDS, () => {
          const pair = demarcPairs[next++ % demarcPairs.length];
          return {
            method: "POST",
            path: "/api/v1/reviews",
            headers: { "content-type": "application/json", cookie: pair.cookie },
            body: JSON.stringify({ reviewId: randomUUID(), cardId: pair.cardId, rating: 3, durationMs: 2000 }),
          };
        });
        check(`review ${processes}p c${connections}`, ours);
        if (next > demarcPairs.length) failures.push("ran out of distinct cards: raise the number of learners");
        let baseNext = 0;
        const base = await load(baseline.url, connections, SECONDS, () => {
          const pair = basePairs[baseNext++ % basePairs.length];
          return {
            method: "POST",
            path: "/review",
            headers: { "content-type": "application/json" },
            body: JSON.stringify({ ...pair, rating: 3 }),
          };
        });
        check(`baseline ${processes}p c${connections}`, base);
        review[processes][`c${connections}`] = {
          rps: ours.rps,
          p50: ours.p50,
          p90: ours.p90,
          p99: ours.p99,
          max: ours.max,
          requests: ours.requests,
          baselineRps: base.rps,
          baselineP50: base.p50,
          baselineP99: base.p99,
          ratioToBaseline: Number((ours.rps / base.rps).toFixed(2)),
          p99RatioToBaseline: Number((ours.p99 / Math.max(base.p99, 1)).toFixed(2)),
        };
      }
      if (processes === 1) rssOneProcess = treeRssMb(demarc.process.pid!);
      if (processes === 1 && !quick) throughNext = await reviewThroughNext(demarcEnv, async () => void (await showAgain()), demarcPairs);
      if (processes !== PROCESS_COUNTS.at(-1)) continue;

      // The rest runs once, on Demarc as `npm start` serves it by default: one process per core.
      dueQueue = await load(demarc.url, 1, quick ? 2 : 5, () => ({
        method: "GET",
        path: "/api/v1/practice/next?mode=quiz",
        headers: { cookie: heavyCookie },
      }));
      check("due queue", dueQueue);
      await mockExams(demarc, heavyCookie, examTimes);
      classResult = await classExam({
        baseUrl: demarc.url,
        assignmentId: exam.assignmentId,
        cookies: cookies.slice(0, CLASS_EXAM.students),
        serverPid: demarc.process.pid!,
        ...CLASS_EXAM,
      });
      failures.push(...new Set(classResult.failures));
      const firstLoad: Record<string, number | null> = {};
      for (const route of ROUTES) firstLoad[route] = await firstLoadKb(demarc.url, route, heavyCookie);
      footprint = { rssMb: treeRssMb(demarc.process.pid!), processes, firstLoadKb: firstLoad };
    } finally {
      await Promise.all([demarc.stop(), baseline.stop()]);
    }
  }

  // The framework floor: the smallest App Router app, one process, as Next.js serves it.
  const floor = await startFloor();
  let floorResult: { firstLoadKb: number | null; pingRps: number; pingP99: number };
  try {
    const ping = await load(floor.url, 50, SECONDS, () => ({
      method: "POST",
      path: "/api/ping",
      headers: { "content-type": "application/json" },
      body: '{"n":1}',
    }));
    check("floor ping", ping);
    floorResult = { firstLoadKb: await firstLoadKb(floor.url, "/", ""), pingRps: ping.rps, pingP99: ping.p99 };
  } finally {
    await floor.stop();
  }

  const generatorMs: number[] = [];
  let questions = 0;
  for (let i = 0; i < 20; i++) {
    const t = performance.now();
    questions = generate(bank, { seed: i }).length;
    generatorMs.push(performance.now() - t);
  }
  getDb().$client.close();

  const examSummary = Object.fromEntries(
    Object.entries(examTimes).map(([k, v]) => [k, { p50: percentile(v, 50), p99: percentile(v, 99), samples: v.length }]),
  );
  const floorKb = floorResult.firstLoadKb ?? 0;
  const top = PROCESS_COUNTS.at(-1)!;
  const figures: Figure[] = [];
  for (const processes of PROCESS_COUNTS) {
    const r = review[processes].c50;
    const who = `review submit, 50 conn, ${processes} process${processes > 1 ? "es" : ""}`;
    figures.push(atLeast(`review.${processes}p.c50.ratio`, `${who}: share of baseline rps`, r.ratioToBaseline, 0.6));
    figures.push(atMost(`review.${processes}p.c50.p99ratio`, `${who}: p99 over baseline p99`, r.p99RatioToBaseline, 2));
  }
  figures.push(
    atMost("classExam.save.p99", "class exam: save p99 (ms)", classResult!.steps.save.p99, 100),
    atMost("classExam.submit.p99", "class exam: submit p99 (ms)", classResult!.steps.submit.p99, 250),
    atMost("exam.submit.p50", "mock exam (65 q): submit p50 (ms)", examSummary.submit.p50, 50),
    atMost("dueQueue.p99", `due queue, ${SCALE.heavyCards}-card learner: p99 (ms)`, dueQueue!.p99, 10),
  );
  for (const [route, kb] of Object.entries(footprint!.firstLoadKb)) {
    const overhead = kb === null ? null : Number((kb - floorKb).toFixed(1));
    figures.push(atMost(`firstLoad.${route}.overhead`, `first-load JS ${route}: kB over the floor`, overhead, 15));
  }
  figures.push(atMost("generator.ms", "generate the whole bank (ms, median of 20)", median(generatorMs), 100));

  const results = {
    machine: {
      cpus: CORES,
      cpuModel: os.cpus()[0]?.model,
      node: process.version,
      quick,
      loadAverageBefore: loadBefore.map((l) => Number(l.toFixed(2))),
      loadAverageAfter: os.loadavg().map((l) => Number(l.toFixed(2))),
    },
    scale: SCALE,
    secondsPerRun: SECONDS,
    processCounts: PROCESS_COUNTS,
    figures,
    review,
    dueQueue: { p50: dueQueue!.p50, p99: dueQueue!.p99, rps: dueQueue!.rps, cards: SCALE.heavyCards, processes: top },
    exam: { ...examSummary, processes: top },
    classExam: { ...classResult!, failures: undefined, processes: top, plan: CLASS_EXAM },
    floor: {
      ...floorResult,
      baselineRps1p: review[1].c50.baselineRps,
      pingShareOfBaseline: Number((floorResult.pingRps / review[1].c50.baselineRps).toFixed(2)),
    },
    reviewThroughNext: throughNext
      ? {
          processes: 1,
          connections: 50,
          rps: throughNext.rps,
          p50: throughNext.p50,
          p99: throughNext.p99,
          ratioToBaseline: Number((throughNext.rps / review[1].c50.baselineRps).toFixed(2)),
          rssMb: throughNext.rssMb,
          rssMbWithLeanApi: rssOneProcess,
        }
      : null,
    generator: { ms: median(generatorMs), questions, questionsPerSecond: Math.round(questions / (median(generatorMs) / 1000)) },
    footprint: {
      ...footprint!,
      rssMbOneProcess: rssOneProcess,
      floorKb,
      overheadKb: Object.fromEntries(
        Object.entries(footprint!.firstLoadKb).map(([route, kb]) => [route, kb === null ? null : Number((kb - floorKb).toFixed(1))]),
      ),
    },
    errors: failures,
    durationSeconds: Math.round((Date.now() - started) / 1000),
  };
  writeFileSync("bench/results.json", `${JSON.stringify(results, null, 2)}\n`);
  printResults(results);
  rmSync(dir, { recursive: true, force: true });
  if (failures.length) {
    console.error(`bench failed:\n  ${failures.join("\n  ")}`);
    process.exit(1);
  }
}

/**
 * The same review route with the lean API switched off (DEMARC_LEAN_API=false): every request
 * through Next.js's route pipeline, one process, 50 connections. What the lean API is for.
 */
async function reviewThroughNext(env: Record<string, string>, showAgain: () => Promise<void>, pairs: { cookie: string; cardId: string }[]) {
  const demarc = await startDemarc({ ...env, DEMARC_LEAN_API: "false" }, 1);
  try {
    await showAgain();
    let next = 0;
    const result = await load(demarc.url, 50, SECONDS, () => {
      const pair = pairs[next++ % pairs.length];
      return {
        method: "POST",
        path: "/api/v1/reviews",
        headers: { "content-type": "application/json", cookie: pair.cookie },
        body: JSON.stringify({ reviewId: randomUUID(), cardId: pair.cardId, rating: 3, durationMs: 2000 }),
      };
    });
    check("review through Next.js", result);
    return { ...result, rssMb: treeRssMb(demarc.process.pid!) };
  } finally {
    await demarc.stop();
  }
}

/** Mock exams by one learner, one after another: start, an answer to every question, submit. */
async function mockExams(demarc: Server, cookie: string, times: { start: number[]; answer: number[]; submit: number[] }) {
  for (let round = 0; round < EXAM_ROUNDS; round++) {
    const timed = async (bucket: number[], url: string, init: RequestInit) => {
      const t = performance.now();
      const response = await fetch(`${demarc.url}${url}`, { ...init, headers: { "content-type": "application/json", cookie } });
      const body = await response.json();
      bucket.push(performance.now() - t);
      if (!response.ok) failures.push(`exam ${init.method} ${url}: ${response.status}`);
      return body;
    };
    const attempt = await timed(times.start, "/api/v1/exams", {
      method: "POST",
      body: JSON.stringify({ blueprint: "cloud-practitioner" }),
    });
    for (const question of attempt.questions ?? []) {
      await timed(times.answer, `/api/v1/exams/${attempt.attemptId}/answers/${question.id}`, {
        method: "PUT",
        body: JSON.stringify({ choiceIds: [question.choices[0].id] }),
      });
    }
    await timed(times.submit, `/api/v1/exams/${attempt.attemptId}/submit`, { method: "POST" });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
