import { gzipSync } from "node:zlib";
import { readFileSync, readdirSync } from "node:fs";
import autocannon from "autocannon";

export interface LoadResult {
  rps: number;
  p50: number;
  p99: number;
  p90: number;
  max: number;
  requests: number;
  errors: number;
  non2xx: number;
}

export interface LoadRequest {
  method: "GET" | "POST";
  path: string;
  headers: Record<string, string>;
  body?: string;
}

/** Drives a server with autocannon: `next()` supplies each request (a distinct card, a session). */
export async function load(url: string, connections: number, seconds: number, next: () => LoadRequest): Promise<LoadResult> {
  const result = await autocannon({
    url,
    connections,
    duration: seconds,
    requests: [{ setupRequest: (request) => ({ ...request, ...next() }) }],
  });
  return {
    rps: Math.round(result.requests.total / result.duration),
    p50: result.latency.p50,
    p99: result.latency.p99,
    p90: result.latency.p90,
    max: result.latency.max,
    requests: result.requests.total,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
  };
}

export function percentile(samples: number[], p: number): number {
  if (samples.length === 0) return 0;
  const sorted = [...samples].sort((a, b) => a - b);
  return Number(sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)].toFixed(2));
}

export function median(samples: number[]) {
  return percentile(samples, 50);
}

/** A process and every process below it, from /proc. */
function processTree(rootPid: number): number[] {
  const children = new Map<number, number[]>();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const ppid = Number(/PPid:\s+(\d+)/.exec(readFileSync(`/proc/${entry}/status`, "utf8"))?.[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)]);
    } catch {
      // the process ended while we looked
    }
  }
  const tree: number[] = [];
  const visit = (pid: number) => {
    tree.push(pid);
    for (const child of children.get(pid) ?? []) visit(child);
  };
  visit(rootPid);
  return tree;
}

function readProc(pid: number, file: string): string {
  try {
    return readFileSync(`/proc/${pid}/${file}`, "utf8");
  } catch {
    return "";
  }
}

/** Resident memory of a process and its children, in MB, from /proc. */
export function treeRssMb(rootPid: number): number {
  const kb = processTree(rootPid).reduce((sum, pid) => sum + Number(/VmRSS:\s+(\d+)/.exec(readProc(pid, "status"))?.[1] ?? 0), 0);
  return Math.round(kb / 1024);
}

/** CPU time (user + system) a process and its children have used so far, in seconds (Linux clock ticks are 1/100 s). */
export function treeCpuSeconds(rootPid: number): number {
  const ticks = processTree(rootPid).reduce((sum, pid) => {
    const fields = readProc(pid, "stat").split(") ")[1]?.split(" ") ?? [];
    return sum + Number(fields[11] ?? 0) + Number(fields[12] ?? 0);
  }, 0);
  return ticks / 100;
}

/** First-load JavaScript of a page: every script it references, gzipped, in kB. */
/** A fetch that retries once when a kept-alive socket was closed under it (seen on a loaded machine). */
async function fetchOnceMore(url: string | URL, init?: RequestInit): Promise<Response> {
  try {
    return await fetch(url, init);
  } catch {
    return fetch(url, init);
  }
}

export async function firstLoadKb(baseUrl: string, path: string, cookie: string): Promise<number | null> {
  const response = await fetchOnceMore(`${baseUrl}${path}`, { headers: { cookie }, redirect: "manual" });
  if (response.status !== 200) return null;
  const html = await response.text();
  const scripts = [...new Set([...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => m[1]))];
  let bytes = 0;
  for (const src of scripts) {
    const script = await fetchOnceMore(new URL(src, baseUrl));
    bytes += gzipSync(Buffer.from(await script.arrayBuffer()), { level: 9 }).length;
  }
  return Math.round((bytes / 1024) * 10) / 10;
}
