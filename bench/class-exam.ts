/**
 * The moment that matters most: a whole class in one exam. Every student starts the same exam-mode
 * assignment within the first seconds, saves an answer every few seconds, and everyone submits
 * within one window at the end, while the others are still saving. Each student is a separate
 * client with their own session; every request is timed from sending to the last byte read.
 */
import { percentile, treeCpuSeconds, treeRssMb } from "./measure";

export interface ClassExamPlan {
  baseUrl: string;
  assignmentId: string;
  /** One session cookie per student. */
  cookies: string[];
  /** Students start at random moments in [0, startWithinMs). */
  startWithinMs: number;
  /** ...and submit at random moments in [submitFromMs, submitFromMs + submitWithinMs). */
  submitFromMs: number;
  submitWithinMs: number;
  /** Between two saves a student thinks for a random time in this range. */
  thinkMs: [number, number];
  /** The server's process (its children are counted too), for CPU and memory. */
  serverPid: number;
}

type Step = "start" | "save" | "submit";

export interface ClassExamResult {
  students: number;
  seconds: number;
  requests: number;
  steps: Record<Step, { p50: number; p99: number; max: number; count: number }>;
  serverCpuSeconds: number;
  /** CPU time over wall time: 1.0 is one core busy all the time. */
  serverCoresBusy: number;
  serverRssPeakMb: number;
  failures: string[];
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, Math.max(0, ms)));
const between = (min: number, max: number) => min + Math.random() * (max - min);

export async function classExam(plan: ClassExamPlan): Promise<ClassExamResult> {
  const times: Record<Step, number[]> = { start: [], save: [], submit: [] };
  const failures: string[] = [];
  const started = performance.now();
  const cpuBefore = treeCpuSeconds(plan.serverPid);
  let rssPeak = treeRssMb(plan.serverPid);
  const sampler = setInterval(() => (rssPeak = Math.max(rssPeak, treeRssMb(plan.serverPid))), 500);

  async function call(step: Step, cookie: string, method: string, path: string, body?: unknown) {
    const t = performance.now();
    const response = await fetch(`${plan.baseUrl}${path}`, {
      method,
      headers: { cookie, ...(body === undefined ? {} : { "content-type": "application/json" }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    times[step].push(performance.now() - t);
    if (!response.ok) {
      failures.push(`class exam ${step}: ${response.status} ${text.slice(0, 160)}`);
      return null;
    }
    return JSON.parse(text);
  }

  async function student(cookie: string) {
    await sleep(between(0, plan.startWithinMs));
    const attempt = await call("start", cookie, "POST", `/api/v1/assignments/${plan.assignmentId}/attempts`);
    if (!attempt) return;
    const submitAt = started + between(plan.submitFromMs, plan.submitFromMs + plan.submitWithinMs);
    const base = `/api/v1/assignments/${plan.assignmentId}/attempts/${attempt.attemptId}`;
    for (;;) {
      const wait = Math.min(between(...plan.thinkMs), submitAt - performance.now());
      await sleep(wait);
      if (performance.now() >= submitAt) break;
      const question = attempt.questions[Math.floor(Math.random() * attempt.questions.length)];
      const choice = question.choices[Math.floor(Math.random() * question.choices.length)];
      await call("save", cookie, "PUT", `${base}/answers/${question.id}`, { choiceIds: [choice.id], flagged: Math.random() < 0.1 });
    }
    await call("submit", cookie, "POST", `${base}/submit`);
  }

  await Promise.all(plan.cookies.map((cookie) => student(cookie).catch((error) => failures.push(`class exam: ${String(error)}`))));
  clearInterval(sampler);
  const seconds = (performance.now() - started) / 1000;
  const cpu = treeCpuSeconds(plan.serverPid) - cpuBefore;
  const summary = (samples: number[]) => ({
    p50: percentile(samples, 50),
    p99: percentile(samples, 99),
    max: percentile(samples, 100),
    count: samples.length,
  });
  return {
    students: plan.cookies.length,
    seconds: Number(seconds.toFixed(1)),
    requests: times.start.length + times.save.length + times.submit.length,
    steps: { start: summary(times.start), save: summary(times.save), submit: summary(times.submit) },
    serverCpuSeconds: Number(cpu.toFixed(1)),
    serverCoresBusy: Number((cpu / seconds).toFixed(2)),
    serverRssPeakMb: rssPeak,
    failures,
  };
}
