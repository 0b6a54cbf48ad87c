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
  const scopeQuery = scope.toString();
  const services = scope.getAll("service").map((id) => serviceById(id)?.name ?? id);
  const facts = scope.getAll("fact");
  const modeLink = (target: string) => `/practice?mode=${target}${scopeQuery ? `&${scopeQuery}` : ""}`;
  return (
    <div className="stack">
      <div className={styles.toolbar}>
        <h1 style={{ margin: 0 }}>Daily practice</h1>
        <nav className={styles.modes} aria-label="Practice mode">
          <Link href={modeLink("quiz")} aria-current={mode === "quiz" ? "page" : undefined}>
            Quiz
          </Link>
          <Link href={modeLink("flashcard")} aria-current={mode === "flashcard" ? "page" : undefined}>
            Flashcards
          </Link>
        </nav>
      </div>
      {scopeQuery ? (
        <p className="alert alert-info small">
          Practising only{" "}
          {facts.length
            ? `${facts.length} chosen ${facts.length === 1 ? "fact" : "facts"}`
            : services.length
              ? services.join(", ")
              : scope.getAll("model").concat(scope.getAll("topic")).join(", ")}
          .{" "}
          <Link href={`/practice?mode=${mode}`}>Practise everything</Link>
        </p>
      ) : null}
      <PracticeSession key={`${mode}|${scopeQuery}`} mode={mode} scopeQuery={scopeQuery} />
    </div>
  );
}
