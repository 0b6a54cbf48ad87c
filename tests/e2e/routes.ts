import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

/** Every route file under app/api: its URL pattern, methods, and whether it reads a body. */
export function apiRoutes() {
  const root = path.resolve("app/api");
  const routes: { pattern: string; methods: string[]; readsBody: boolean }[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name === "route.ts") {
        const source = readFileSync(full, "utf8");
        // `export const POST = …`, `export async function POST(…)`, `export { handler as POST }`.
        const methods = [...source.matchAll(/\b(GET|POST|PUT|PATCH|DELETE)\b(?=\s*=|\s*\(|\s*[,}])/g)].map((m) => m[1]);
        routes.push({
          pattern: `/api/${path.relative(root, dir).split(path.sep).join("/")}`,
          methods: [...new Set(methods)],
          readsBody: /parseJsonBody|readJsonBody|NextAuth/.test(source),
        });
      }
    }
  };
  walk(root);
  return routes;
}

/** Every page under app/, as its URL pattern ("/classes/[classId]"). */
export function pagePatterns() {
  const root = path.resolve("app");
  const pages: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory() && entry.name !== "api" && !entry.name.startsWith("_")) walk(full);
      else if (entry.name === "page.tsx") {
        const route = path
          .relative(root, dir)
          .split(path.sep)
          .filter((segment) => segment && !/^\(.*\)$/.test(segment))
          .join("/");
        pages.push(`/${route}`);
      }
    }
  };
  walk(root);
  return pages;
}
