/**
 * npm run bench [-- --quick] [-- --cpu-prof]
 * Starts the production build on a temp embedded database seeded at scale, drives it with
 * autocannon, measures a bare node:http baseline doing the same review work on the same file,
 * and writes bench/results.json. Any error or non-2xx response fails the run.
 */
import { fork, spawn, type ChildProcess } from "node:child_process";
import { randomUUID } from "node:crypto";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { encode } from "next-auth/jwt";
import { buildIfNeeded } from "../scripts/build-if-needed";
import { bank } from "../questions/bank";
import { generate } from "../questions/generator";
import { load, median, percentile, treeRssMb, firstLoadKb, type LoadResult } from "./measure";
import { seedBench } from "./seed";

const quick = process.argv.includes("--quick");
const cpuProf = process.argv.includes("--cpu-prof");
const SECONDS = quick ? 2 : 10;
const SCALE = quick ? { users: 60, heavyCards: 2_000, heavyReviews: 5_000 } : { users: 300, heavyCards: 20_000, heavyReviews: 100_000 };
const EXAM_ROUNDS = quick ? 1 : 5;
const CONNECTIONS = [1, 10, 50] as const;
const ROUTES = ["/", "/practice", "/exams", "/models", "/stats", "/settings"];
const failures: string[] = [];

function freePort() {
  return 4100 + Math.floor(Math.random() * 800);
}

async function waitFor(url: string, timeoutMs = 60_000) {
  const start = Date.now();
  while (Date.now() - start < timeoutMs) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${url} did not come up`);
}

function check(name: string, result: LoadResult) {
  if (result.errors > 0 || result.non2xx > 0) failures.push(`${name}: ${result.errors} errors, ${result.non2xx} non-2xx of ${result.requests}`);
}

async function main() {
  const started = Date.now();
  buildIfNeeded();
  const dir = mkdtempSync(path.join(os.tmpdir(), "demarc-bench-"));
  const databaseUrl = `file:${path.join(dir, "bench.db")}`;
  process.env.DATABASE_URL = databaseUrl;
  const secret = randomUUID() + randomUUID();
  const { migrateDatabase } = await import("../db/migrate");
  const { getDb } = await import("../db");
  await migrateDatabase();
  const seedStart = Date.now();
  const seeded = await seedBench(getDb(), SCALE);
  getDb().$client.close();
  console.log(`seeded ${SCALE.users} learners × ${seeded.learners[0].cardIds.length} cards, heavy learner ${SCALE.heavyCards} cards / ${SCALE.heavyReviews} reviews in ${((Date.now() - seedStart) / 1000).toFixed(1)} s`);

  const port = freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const nodeArgs = cpuProf ? [`--cpu-prof`, `--cpu-prof-dir=${path.resolve("bench/profiles")}`] : [];
  if (cpuProf) mkdirSync("bench/profiles", { recursive: true });
  const server: ChildProcess = spawn(process.execPath, [...nodeArgs, require.resolve("next/dist/bin/next"), "start", "-p", String(port)], {
    env: { ...process.env, DATABASE_URL: databaseUrl, NEXTAUTH_SECRET: secret, NEXTAUTH_URL: baseUrl, DEMARC_SEED_DEMO: "0", NODE_ENV: "production" },
    stdio: ["ignore", "ignore", "inherit"],
  });
  const basePort = port + 1;
  const baseline = fork(path.resolve("bench/baseline-server.mjs"), [], { env: { ...process.env, DATABASE_URL: databaseUrl, PORT: String(basePort) }, stdio: "inherit" });
  try {
    await waitFor(`${baseUrl}/api/health`);
    await new Promise((resolve) => baseline.once("message", resolve));

    const cookieFor = async (user: { id: string; email: string }) =>
      `next-auth.session-token=${await encode({ token: { uid: user.id, role: "student", email: user.email, name: user.email, sub: user.id }, secret })}`;
    // A third of the learners answer through Demarc, the rest through the (faster) baseline: every review is a distinct, shown card.
    const half = Math.floor(seeded.learners.length / 3);
    const demarcPairs: { cookie: string; cardId: string }[] = [];
    const basePairs: { userId: string; cardId: string }[] = [];
    const cookies = await Promise.all(seeded.learners.map(cookieFor));
    const cardsPerLearner = seeded.learners[0].cardIds.length;
    for (let c = 0; c < cardsPerLearner; c++) {
      seeded.learners.forEach((learner, u) => {
        if (u < half) demarcPairs.push({ cookie: cookies[u], cardId: learner.cardIds[c] });
        else basePairs.push({ userId: learner.id, cardId: learner.cardIds[c] });
      });
    }
    let demarcNext = 0;
    let baseNext = 0;
    const review: Record<string, unknown> = {};
    for (const connections of CONNECTIONS) {
      const demarc = await load(baseUrl, connections, SECONDS, () => {
        const pair = demarcPairs[demarcNext++ % demarcPairs.length];
        return {
          method: "POST",
          path: "/api/v1/reviews",
          headers: { "content-type": "application/json", cookie: pair.cookie },
          body: JSON.stringify({ reviewId: randomUUID(), cardId: pair.cardId, rating: 3, durationMs: 2000 }),
        };
      });
      check(`review c${connections}`, demarc);
      const base = await load(`http://127.0.0.1:${basePort}`, connections, SECONDS, () => {
        const pair = basePairs[baseNext++ % basePairs.length];
        return { method: "POST", path: "/review", headers: { "content-type": "application/json" }, body: JSON.stringify({ ...pair, rating: 3 }) };
      });
      check(`baseline c${connections}`, base);
      review[`c${connections}`] = {
        rps: demarc.rps,
        p50: demarc.p50,
        p99: demarc.p99,
        p90: demarc.p90,
        max: demarc.max,
        baselineRps: base.rps,
        baselineP50: base.p50,
        baselineP99: base.p99,
        ratioToBaseline: Number((demarc.rps / base.rps).toFixed(2)),
        p99RatioToBaseline: Number((demarc.p99 / Math.max(base.p99, 0.01)).toFixed(2)),
        requests: demarc.requests,
      };
      if (demarcNext > demarcPairs.length || baseNext > basePairs.length) failures.push("ran out of distinct cards: raise the number of learners");
    }

    const heavyCookie = await cookieFor(seeded.heavy);
    const due = await load(baseUrl, 1, quick ? 2 : 5, () => ({ method: "GET", path: "/api/v1/practice/next?mode=quiz", headers: { cookie: heavyCookie } }));
    check("due queue", due);

    const examTimes = { start: [] as number[], answer: [] as number[], submit: [] as number[] };
    for (let round = 0; round < EXAM_ROUNDS; round++) {
      const timed = async (bucket: number[], url: string, init: RequestInit) => {
        const t = performance.now();
        const response = await fetch(`${baseUrl}${url}`, { ...init, headers: { "content-type": "application/json", cookie: heavyCookie } });
        bucket.push(performance.now() - t);
        if (!response.ok) failures.push(`exam ${init.method} ${url}: ${response.status}`);
        return response.json();
      };
      const attempt = await timed(examTimes.start, "/api/v1/exams", { method: "POST", body: JSON.stringify({ blueprint: "cloud-practitioner" }) });
      for (const question of attempt.questions ?? []) {
        await timed(examTimes.answer, `/api/v1/exams/${attempt.attemptId}/answers/${question.id}`, { method: "PUT", body: JSON.stringify({ choiceIds: [question.choices[0].id] }) });
      }
      await timed(examTimes.submit, `/api/v1/exams/${attempt.attemptId}/submit`, { method: "POST" });
    }

    const generatorMs: number[] = [];
    let questions = 0;
    for (let i = 0; i < 20; i++) {
      const t = performance.now();
      questions = generate(bank, { seed: i }).length;
      generatorMs.push(performance.now() - t);
    }

    const rssMb = treeRssMb(server.pid!);
    const firstLoad: Record<string, number | null> = {};
    for (const route of ROUTES) firstLoad[route] = await firstLoadKb(baseUrl, route, heavyCookie);

    const results = {
      machine: { cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model, node: process.version, quick },
      scale: SCALE,
      secondsPerRun: SECONDS,
      review,
      dueQueue: { p50: due.p50, p99: due.p99, rps: due.rps, cards: SCALE.heavyCards },
      exam: Object.fromEntries(Object.entries(examTimes).map(([k, v]) => [k, { p50: percentile(v, 50), p99: percentile(v, 99), samples: v.length }])),
      generator: { ms: median(generatorMs), questions, questionsPerSecond: Math.round(questions / (median(generatorMs) / 1000)) },
      footprint: { rssMb, firstLoadKb: firstLoad },
      errors: failures,
      durationSeconds: Math.round((Date.now() - started) / 1000),
    };
    mkdirSync("bench", { recursive: true });
    writeFileSync("bench/results.json", `${JSON.stringify(results, null, 2)}\n`);
    printTable(results);
  } finally {
    server.kill("SIGINT");
    baseline.kill();
    await new Promise((r) => setTimeout(r, cpuProf ? 1500 : 200));
    rmSync(dir, { recursive: true, force: true });
  }
  if (failures.length) {
    console.error(`bench failed:\n  ${failures.join("\n  ")}`);
    process.exit(1);
  }
}

function printTable(results: Record<string, any>) { // eslint-disable-line @typescript-eslint/no-explicit-any -- results.json is whatever each measurement wrote
  const rows: [string, string, string][] = [];
  for (const c of CONNECTIONS) {
    const r = results.review[`c${c}`];
    rows.push([`review submit, ${c} conn`, `${r.rps} rps · p50 ${r.p50} ms · p99 ${r.p99} ms`, `baseline ${r.baselineRps} rps · p99 ${r.baselineP99} ms · ratio ${r.ratioToBaseline}`]);
  }
  rows.push([`due queue (${results.dueQueue.cards} cards)`, `p50 ${results.dueQueue.p50} ms · p99 ${results.dueQueue.p99} ms`, "target p99 ≤ 10 ms"]);
  for (const step of ["start", "answer", "submit"]) rows.push([`exam ${step}`, `p50 ${results.exam[step].p50} ms · p99 ${results.exam[step].p99} ms`, `${results.exam[step].samples} samples`]);
  rows.push(["generate whole bank", `${results.generator.ms} ms (median of 20)`, `${results.generator.questionsPerSecond} questions/s · target ≤ 100 ms`]);
  rows.push(["server RSS after load", `${results.footprint.rssMb} MB`, "target ≤ 300 MB"]);
  for (const [route, kb] of Object.entries(results.footprint.firstLoadKb)) rows.push([`first-load JS ${route}`, kb === null ? "n/a" : `${kb} kB gzipped`, route === "/practice" ? "target ≤ 130 kB" : ""]);
  const width = [Math.max(...rows.map((r) => r[0].length)), Math.max(...rows.map((r) => r[1].length))];
  console.log(`\nDemarc bench · ${results.machine.cpus} CPUs · Node ${results.machine.node}${results.machine.quick ? " · quick" : ""}`);
  for (const [a, b, c] of rows) console.log(`${a.padEnd(width[0])}  ${b.padEnd(width[1])}  ${c}`);
  console.log(`\nwrote bench/results.json in ${results.durationSeconds} s`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
