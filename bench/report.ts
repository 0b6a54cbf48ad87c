/** One measured figure with its target; `met` is null when it could not be measured. */
export interface Figure {
  id: string;
  label: string;
  value: number | null;
  target: string;
  met: boolean | null;
}

/** A figure that should stay at or under its limit (a latency, a size). */
export const atMost = (id: string, label: string, value: number | null, limit: number): Figure => ({
  id,
  label,
  value,
  target: `≤ ${limit}`,
  met: value === null ? null : value <= limit,
});

/** A figure that should reach at least its floor (a throughput share). */
export const atLeast = (id: string, label: string, value: number | null, floor: number): Figure => ({
  id,
  label,
  value,
  target: `≥ ${floor}`,
  met: value === null ? null : value >= floor,
});

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- results.json is whatever each measurement wrote
type Results = Record<string, any>;

/** The bench's results as a table on the console. */
export function printResults(results: Results) {
  const rows: [string, string, string][] = [];
  for (const processes of results.processCounts as number[]) {
    for (const [connections, r] of Object.entries(results.review[processes]) as [string, Results][]) {
      rows.push([
        `review submit, ${processes}p, ${connections.slice(1)} conn`,
        `${r.rps} rps · p50 ${r.p50} ms · p99 ${r.p99} ms`,
        `baseline ${r.baselineRps} rps · p99 ${r.baselineP99} ms · ratio ${r.ratioToBaseline} · p99 ×${r.p99RatioToBaseline}`,
      ]);
    }
  }
  if (results.reviewThroughNext) {
    const t = results.reviewThroughNext;
    rows.push([
      "review submit through Next.js, 1p, 50 conn",
      `${t.rps} rps · p50 ${t.p50} ms · p99 ${t.p99} ms`,
      `ratio ${t.ratioToBaseline} (lean API off) · RSS ${t.rssMb} MB vs ${t.rssMbWithLeanApi} MB with it`,
    ]);
  }
  rows.push([
    `floor: Next.js no-op route, 1p, 50 conn`,
    `${results.floor.pingRps} rps · p99 ${results.floor.pingP99} ms`,
    `${results.floor.pingShareOfBaseline} of the baseline's review rps at 1p`,
  ]);
  rows.push([
    `due queue (${results.dueQueue.cards} cards)`,
    `p50 ${results.dueQueue.p50} ms · p99 ${results.dueQueue.p99} ms`,
    `${results.dueQueue.processes}p`,
  ]);
  for (const step of ["start", "answer", "submit"])
    rows.push([
      `mock exam ${step}`,
      `p50 ${results.exam[step].p50} ms · p99 ${results.exam[step].p99} ms`,
      `${results.exam[step].samples} samples`,
    ]);
  const c = results.classExam;
  for (const step of ["start", "save", "submit"])
    rows.push([`class exam ${step}`, `p50 ${c.steps[step].p50} ms · p99 ${c.steps[step].p99} ms`, `${c.steps[step].count} requests`]);
  rows.push([
    "class exam server",
    `${c.serverCpuSeconds} CPU s in ${c.seconds} s (${c.serverCoresBusy} cores) · RSS peak ${c.serverRssPeakMb} MB`,
    `${c.students} students · ${c.processes}p`,
  ]);
  rows.push(["generate whole bank", `${results.generator.ms} ms (median of 20)`, `${results.generator.questionsPerSecond} questions/s`]);
  rows.push([
    "server RSS after load",
    `${results.footprint.rssMb} MB`,
    `${results.footprint.processes} server processes + supervisor; one process alone: ${results.footprint.rssMbOneProcess} MB`,
  ]);
  rows.push(["first-load JS, floor page", `${results.footprint.floorKb} kB gzipped`, "bare App Router page, same Next.js"]);
  for (const [route, kb] of Object.entries(results.footprint.firstLoadKb)) {
    rows.push([`first-load JS ${route}`, kb === null ? "n/a" : `${kb} kB = floor + ${results.footprint.overheadKb[route]} kB`, ""]);
  }
  const width = [Math.max(...rows.map((r) => r[0].length)), Math.max(...rows.map((r) => r[1].length))];
  const m = results.machine;
  console.log(
    `\nDemarc bench · ${m.cpus} CPUs · Node ${m.node}${m.quick ? " · quick" : ""} · load average ${m.loadAverageBefore[0]} before, ${m.loadAverageAfter[0]} after`,
  );
  for (const [a, b, note] of rows) console.log(`${a.padEnd(width[0])}  ${b.padEnd(width[1])}  ${note}`);
  console.log("\ntargets");
  for (const figure of results.figures as Figure[]) {
    const verdict = figure.met === null ? "n/a" : figure.met ? "met" : "MISSED";
    console.log(`  ${verdict.padEnd(6)} ${figure.label}: ${figure.value ?? "n/a"} (target ${figure.target})`);
  }
  console.log(`\nwrote bench/results.json in ${results.durationSeconds} s`);
}
