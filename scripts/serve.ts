/**
 * One server process: Next.js for every page and route, with the lean API (app/_lib/lean-api.ts)
 * answering the busiest JSON routes in front of it. `npm start` runs one of these per core.
 */
import http from "node:http";
import path from "node:path";
import { pathToFileURL } from "node:url";
import next from "next";
import { env } from "@/env";

interface HeaderRule {
  source: string;
  headers: { key: string; value: string }[];
}

/** The headers next.config.mjs puts on every path (CSP, nosniff…), read from it so both servers send the same. */
async function everyPathHeaders(): Promise<[string, string][]> {
  const config = (await import(pathToFileURL(path.join(process.cwd(), "next.config.mjs")).href)).default as {
    headers?: () => Promise<HeaderRule[]>;
  };
  const rules = (await config.headers?.()) ?? [];
  return rules
    .filter((rule) => rule.source === "/(.*)")
    .flatMap((rule) => rule.headers.map(({ key, value }): [string, string] => [key, value]));
}

export async function serve(port: number): Promise<http.Server> {
  const app = next({ dev: false, dir: process.cwd(), hostname: "localhost", port });
  await app.prepare();
  const nextHandler = app.getRequestHandler();
  // After Next.js has set up its server environment: the route handlers import next/server and next/headers.
  // DEMARC_LEAN_API=false sends every request through Next.js (the bench measures both).
  const lean = env().DEMARC_LEAN_API ? (await import("@/app/_lib/lean-api")).leanApi({ headers: await everyPathHeaders() }) : () => false;
  const server = http.createServer((request, response) => {
    if (!lean(request, response)) void nextHandler(request, response);
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, () => resolve());
  });
  // A clean exit (not death by signal), so open requests finish and `--cpu-prof` profiles get written.
  const stop = () => {
    server.close(() => process.exit(0));
    server.closeIdleConnections();
    setTimeout(() => process.exit(0), 3_000).unref();
  };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
  return server;
}
