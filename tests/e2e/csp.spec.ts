/**
 * Every page runs under the strict policy without the browser refusing anything: each page is
 * opened (by whoever may see it), then the main navigation is clicked through, so chunks loaded at
 * run time are covered too. Violations are caught twice: the `securitypolicyviolation` event and
 * Chromium's "Refused to …" console messages.
 */
import { expect, test, type BrowserContext, type Page } from "@playwright/test";
import { pagePatterns } from "./routes";
import { signInAs } from "./helpers";
import { buildWorld, fill, type World } from "./world";

async function watchViolations(context: BrowserContext, seen: string[]) {
  await context.exposeFunction("__reportCspViolation", (report: string) => seen.push(report));
  await context.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => {
      (window as unknown as { __reportCspViolation: (r: string) => void }).__reportCspViolation(
        `${location.pathname}: ${event.effectiveDirective} blocked ${event.blockedURI || "inline"} (${event.sample})`,
      );
    });
  });
  context.on("console", (message) => {
    if (/Refused to|Content Security Policy/i.test(message.text())) seen.push(`${message.page()?.url()}: ${message.text()}`);
  });
}

/** Opens a page, checks its policy header, and waits until its scripts have run. */
async function open(page: Page, address: string) {
  const response = await page.goto(address);
  const policy = response?.headers()["content-security-policy"] ?? "";
  const scriptSrc = policy.split(";").find((directive) => directive.trim().startsWith("script-src")) ?? "";
  expect(scriptSrc, address).toMatch(/'nonce-[A-Za-z0-9+/=]{20,}' 'strict-dynamic'/);
  expect(scriptSrc, address).not.toContain("unsafe-inline");
  expect(scriptSrc, address).not.toContain("unsafe-eval");
  await page.waitForLoadState("networkidle");
}

const INSTRUCTOR_PAGES = /^\/classes/;
const SIGNED_OUT_PAGES = ["/login", "/register"];

test("no page breaks the strict CSP, and injected markup cannot run script", async ({ browser, playwright, baseURL }) => {
  test.setTimeout(180_000);
  const world: World = await buildWorld(playwright, baseURL!);
  const patterns = pagePatterns();
  const violations: string[] = [];
  const visited = new Set<string>();

  const signedOut = await browser.newContext();
  await watchViolations(signedOut, violations);
  const anonymous = await signedOut.newPage();
  for (const pattern of SIGNED_OUT_PAGES) {
    await open(anonymous, pattern);
    visited.add(pattern);
  }

  for (const role of ["student", "instructor"] as const) {
    const context = await browser.newContext();
    await watchViolations(context, violations);
    const page = await context.newPage();
    await signInAs(page, world[role].email, world[role].password);
    for (const pattern of patterns.filter((p) => !SIGNED_OUT_PAGES.includes(p) && INSTRUCTOR_PAGES.test(p) === (role === "instructor"))) {
      await open(page, fill(world, pattern));
      visited.add(pattern);
    }
    await open(page, "/practice?mode=flashcard");
    await open(page, "/no-such-page");
    await open(page, "/exams/%C0%AE");
    // Client-side navigation loads further chunks through 'strict-dynamic'.
    await open(page, "/");
    for (const link of await page.getByRole("navigation", { name: "Main" }).getByRole("link").all()) {
      await link.click();
      await page.waitForLoadState("networkidle");
    }
    await context.close();
  }
  expect(patterns.filter((pattern) => !visited.has(pattern))).toEqual([]);
  expect(violations).toEqual([]);

  // The detector works, and markup injected into a page (the usual XSS) cannot run script.
  await anonymous.evaluate(() => document.body.insertAdjacentHTML("beforeend", '<img src="/x" onerror="window.__injected = true">'));
  await expect.poll(() => violations.length).toBeGreaterThan(0);
  expect(await anonymous.evaluate(() => (window as unknown as { __injected?: boolean }).__injected)).toBeUndefined();
  await signedOut.close();
});
