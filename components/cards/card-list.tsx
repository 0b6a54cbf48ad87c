"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { api, errorMessage } from "@/components/api-client";
import { LocalTime } from "@/components/classes/local-time";
import type { BrowsedCard, BulkCardResult } from "@/server/practice/types";
import styles from "./cards.module.css";

type BulkAction = "flag" | "unflag" | "suspend" | "unsuspend";

const ACTIONS: { action: BulkAction; label: string; done: string }[] = [
  { action: "flag", label: "Flag", done: "flagged" },
  { action: "unflag", label: "Unflag", done: "unflagged" },
  { action: "suspend", label: "Suspend", done: "suspended" },
  { action: "unsuspend", label: "Unsuspend", done: "unsuspended" },
];

function Marks({ card }: { card: BrowsedCard }) {
  const marks = [
    card.flagged ? "⚑ flagged" : "",
    card.suspended ? "‖ suspended" : "",
    card.leech ? "⚠ leech" : "",
    card.buried ? "buried until tomorrow" : "",
  ].filter(Boolean);
  return marks.length ? <span className={styles.marks}>{marks.join(" · ")}</span> : null;
}

/** One page of the learner's cards (or word that none match): tick several, then flag, unflag, suspend or unsuspend them together. */
export function CardList({ cards }: { cards: BrowsedCard[] }) {
  const router = useRouter();
  const [selected, setSelected] = useState<string[]>([]);
  const [pending, setPending] = useState(false);
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);
  const allChosen = cards.length > 0 && cards.every((card) => selected.includes(card.id));

  async function act(action: BulkAction, done: string) {
    setPending(true);
    setStatus(null);
    try {
      const { changed } = await api<BulkCardResult>("/api/v1/cards/bulk", { method: "POST", body: { cardIds: selected, action } });
      setStatus({ ok: true, text: `${changed} card${changed === 1 ? "" : "s"} ${done}.` });
      setSelected([]);
      router.refresh();
    } catch (failure) {
      setStatus({ ok: false, text: errorMessage(failure) });
    } finally {
      setPending(false);
    }
  }

  const statusLine = status ? (
    <p className={`alert ${status.ok ? "alert-info" : "alert-error"}`} role={status.ok ? "status" : "alert"}>
      {status.text}
    </p>
  ) : null;
  // After a change empties the list (every chosen card unsuspended under "Set aside: suspended"),
  // the refreshed page keeps this component, so its confirmation stays on screen.
  if (cards.length === 0) {
    return (
      <div className="stack">
        {statusLine}
        <p className="muted">No cards match these filters.</p>
      </div>
    );
  }

  return (
    <div className="stack">
      <div className={styles.bulkBar} role="group" aria-label="Change the chosen cards">
        <label className={styles.selectAll}>
          <input type="checkbox" checked={allChosen} onChange={(e) => setSelected(e.target.checked ? cards.map((card) => card.id) : [])} />{" "}
          Choose all {cards.length} on this page
        </label>
        <span className="small muted" aria-live="polite">
          {selected.length} chosen
        </span>
        {ACTIONS.map(({ action, label, done }) => (
          <button
            key={action}
            type="button"
            className="button button-quiet"
            disabled={pending || selected.length === 0}
            onClick={() => void act(action, done)}
          >
            {label}
          </button>
        ))}
      </div>
      {statusLine}
      <ul className={styles.list} aria-label="Cards">
        {cards.map((card) => (
          <li key={card.id} className={styles.card} data-chosen={selected.includes(card.id)}>
            <input
              type="checkbox"
              id={`card-${card.id}`}
              checked={selected.includes(card.id)}
              onChange={(e) => setSelected(e.target.checked ? [...selected, card.id] : selected.filter((id) => id !== card.id))}
            />
            <div>
              <label htmlFor={`card-${card.id}`} className={styles.duty}>
                {card.duty}
              </label>
              <p className="small muted" style={{ margin: 0 }}>
                <Link href={`/services/${card.service.id}`}>{card.service.name}</Link> · {card.model === "all" ? "every model" : card.model}{" "}
                · {card.state}
                {card.due !== null ? (
                  <>
                    {" "}
                    · due <LocalTime ms={card.due} />
                  </>
                ) : null}
                {card.reps ? ` · ${card.reps} review${card.reps === 1 ? "" : "s"}` : ""}
                {card.lapses ? ` · ${card.lapses} lapse${card.lapses === 1 ? "" : "s"}` : ""} <Marks card={card} />
              </p>
            </div>
          </li>
        ))}
      </ul>
    </div>
  );
}
