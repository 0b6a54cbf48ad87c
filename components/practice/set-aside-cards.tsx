"use client";

import { useRouter } from "next/navigation";
import type { SetAsideCard } from "@/server/practice/types";
import { cardAction } from "./practice-api";
import { ErrorAlert } from "@/components/ui/error-alert";
import { useRequest } from "@/components/ui/use-request";

type BringBack = { suspended: false } | { flagged: false };

/** The ways back for a card set aside, each shown when the card has that mark. */
const BRING_BACK: { mark: "suspended" | "flagged"; label: string; className: string; change: BringBack }[] = [
  { mark: "suspended", label: "Unsuspend", className: "button button-secondary", change: { suspended: false } },
  { mark: "flagged", label: "Unflag", className: "button button-quiet", change: { flagged: false } },
];

/** Cards the learner suspended or flagged (and leeches), with one click to bring each back. */
export function SetAsideCards({ cards }: { cards: SetAsideCard[] }) {
  const router = useRouter();
  const { pending, error, send } = useRequest<string>();
  if (cards.length === 0) return null;
  async function act(id: string, change: BringBack) {
    if (await send(() => cardAction(id, change), { action: id })) router.refresh();
  }
  return (
    <section className="card stack" aria-labelledby="set-aside-title">
      <h2 id="set-aside-title">Your cards set aside</h2>
      <ErrorAlert message={error} />
      <ul className="stack" style={{ listStyle: "none", padding: 0, margin: 0 }}>
        {cards.map((card) => (
          <li
            key={card.id}
            style={{ display: "flex", flexWrap: "wrap", gap: "0.5rem", alignItems: "center", justifyContent: "space-between" }}
          >
            <span>
              {card.duty}{" "}
              <span className="muted small">
                {[
                  card.leech ? `leech (${card.lapses} lapses)` : null,
                  card.suspended ? "suspended" : null,
                  card.flagged ? "⚑ flagged" : null,
                ]
                  .filter(Boolean)
                  .join(" · ")}
              </span>
            </span>
            <span style={{ display: "flex", gap: "0.5rem" }}>
              {BRING_BACK.filter(({ mark }) => card[mark]).map(({ mark, label, className, change }) => (
                <button
                  key={mark}
                  type="button"
                  className={className}
                  disabled={pending === card.id}
                  onClick={() => void act(card.id, change)}
                >
                  {label}
                </button>
              ))}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
