import type { WeakFact } from "@/server/stats/types";
import Link from "next/link";
import { LEVELS, percent, recallLevel } from "./format";
import styles from "./stats.module.css";

const sentenceCase = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

function dueText(due: number, now: number) {
  if (due <= now) return "due now";
  const days = Math.ceil((due - now) / 86_400_000);
  return days <= 1 ? "due within a day" : `due in ${days} days`;
}

function factLevel(fact: WeakFact) {
  return LEVELS[fact.missed ? "weak" : recallLevel(fact.recallInWeek)];
}

/** The facts missed last time, then those with the lowest recall in a week, and one link that practises just those. */
export function WeakestFacts({ facts, practiceHref, now }: { facts: WeakFact[]; practiceHref: string; now: number }) {
  if (facts.length === 0) return <p className="muted">Nothing studied yet: your weakest facts appear here after your first reviews.</p>;
  const dueNow = facts.filter((f) => f.due <= now).length;
  return (
    <div className="stack">
      <ol className={styles.weakList}>
        {facts.map((fact) => (
          <li key={fact.factId}>
            <Link href={fact.href}>{sentenceCase(fact.duty)}</Link>
            <br />
            <span className="small muted">
              {fact.service.name} · <span aria-hidden="true">{factLevel(fact).symbol}</span>{" "}
              {fact.missed ? <strong>missed last time</strong> : factLevel(fact).word} · {percent(fact.recallInWeek)} recall in 7 days
              {fact.lapses ? ` · ${fact.lapses} ${fact.lapses === 1 ? "lapse" : "lapses"}` : ""} · {dueText(fact.due, now)}
            </span>
          </li>
        ))}
      </ol>
      <p className={styles.actions}>
        <Link className="button" href={practiceHref}>
          Practise just these facts
        </Link>
      </p>
      <p className="small muted">
        Practice shows the ones that are due ({dueNow} of {facts.length} now); the others wait for their day, since reviewing early helps
        memory little.
      </p>
    </div>
  );
}
