import type { Metadata } from "next";
import Link from "next/link";
import { requirePageUser } from "@/app/_lib/session";
import { PracticeSession } from "@/components/practice/practice-session";
import styles from "@/components/practice/practice.module.css";
import { serviceById } from "@/server/models/catalog";

export const metadata: Metadata = { title: "Practice" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function PracticePage({ searchParams }: { searchParams: SearchParams }) {
  await requirePageUser("/practice");
  const params = await searchParams;
  const mode = params.mode === "flashcard" ? "flashcard" : "quiz";
  const scope = new URLSearchParams();
  for (const key of ["service", "model", "topic", "fact"]) {
    const values = params[key];
    for (const value of Array.isArray(values) ? values : values ? [values] : []) scope.append(key, value);
  }
  const scopeOnly = scope.toString();
  // Custom study once the day is done: reviews due in the next days, or new cards past today's limit.
  const aheadDays = Number(params.ahead) || 0;
  const extraNew = Number(params.extraNew) || 0;
  const extra = new URLSearchParams();
  if (aheadDays) extra.set("ahead", String(params.ahead));
  if (extraNew) extra.set("extraNew", String(params.extraNew));
  const scopeQuery = [scopeOnly, extra.toString()].filter(Boolean).join("&");
  const services = scope.getAll("service").map((id) => serviceById(id)?.name ?? id);
  const facts = scope.getAll("fact");
  const modeLink = (target: string) => `/practice?mode=${target}${scopeQuery ? `&${scopeQuery}` : ""}`;
  return (
    <div className="stack">
      <div className={styles.toolbar}>
        <h1 style={{ margin: 0 }}>Daily practice</h1>
        <div className={styles.toolbarEnd}>
          <nav className={styles.modes} aria-label="Practice mode">
            <Link href={modeLink("quiz")} aria-current={mode === "quiz" ? "page" : undefined}>
              Quiz
            </Link>
            <Link href={modeLink("flashcard")} aria-current={mode === "flashcard" ? "page" : undefined}>
              Flashcards
            </Link>
          </nav>
          <Link href="/cards" className="small">
            Browse all your cards
          </Link>
        </div>
      </div>
      {aheadDays || extraNew ? (
        <p className="alert alert-info small">
          Custom study:{" "}
          {[
            aheadDays ? `reviews due in the next ${aheadDays} day${aheadDays === 1 ? "" : "s"}` : "",
            extraNew ? `${extraNew} new cards past today's limit` : "",
          ]
            .filter(Boolean)
            .join(" and ")}
          . <Link href={`/practice?mode=${mode}${scopeOnly ? `&${scopeOnly}` : ""}`}>Back to today&apos;s practice</Link>
        </p>
      ) : null}
      {scopeOnly ? (
        <p className="alert alert-info small">
          Practising only{" "}
          {facts.length
            ? `${facts.length} chosen ${facts.length === 1 ? "fact" : "facts"}`
            : services.length
              ? services.join(", ")
              : scope.getAll("model").concat(scope.getAll("topic")).join(", ")}
          . <Link href={`/practice?mode=${mode}`}>Practise everything</Link>
        </p>
      ) : null}
      <PracticeSession
        key={`${mode}|${scopeQuery}`}
        mode={mode}
        scopeQuery={scopeQuery}
        studyMore={{ base: `/practice?mode=${mode}${scopeOnly ? `&${scopeOnly}` : ""}`, aheadDays, extraNew }}
      />
    </div>
  );
}
