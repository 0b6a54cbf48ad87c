import type { Metadata } from "next";
import Link from "next/link";
import { requirePageUser } from "@/app/_lib/session";
import { CardList } from "@/components/cards/card-list";
import styles from "@/components/cards/cards.module.css";
import { browseCards } from "@/server/practice/card-browser";
import { CARD_MARKS, CARD_STATE_NAMES, cardBrowserSchema, type CardBrowserQuery } from "@/server/practice/input";
import { MODELS, serviceOptions } from "@/server/models/catalog";
import { getDb } from "@/server/db";

export const metadata: Metadata = { title: "Your cards" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

const MARK_LABELS: Record<(typeof CARD_MARKS)[number], string> = {
  flagged: "Flagged",
  suspended: "Suspended",
  leech: "Leeches",
  buried: "Buried",
};
const STATE_LABELS: Record<(typeof CARD_STATE_NAMES)[number], string> = {
  new: "New (not seen yet)",
  learning: "Learning",
  review: "Review",
  relearning: "Relearning",
};

/** One filter: a labelled choice whose first option means "any". */
interface Filter {
  name: "mark" | "state" | "service" | "model";
  label: string;
  any: string;
  options: [string, string][];
}

/** The filters after the words, in the order the form shows them. */
const FILTERS: Filter[] = [
  { name: "mark", label: "Set aside", any: "Any card", options: CARD_MARKS.map((mark) => [mark, MARK_LABELS[mark]]) },
  { name: "state", label: "State", any: "Any state", options: CARD_STATE_NAMES.map((state) => [state, STATE_LABELS[state]]) },
  { name: "service", label: "Service", any: "Any service", options: serviceOptions().map((service) => [service.id, service.name]) },
  {
    name: "model",
    label: "Model",
    any: "Any model",
    options: [...MODELS, "all" as const].map((model) => [model, model === "all" ? "Every model" : model]),
  },
];

function FilterSelect({ name, label, any, value, options }: Filter & { value?: string }) {
  return (
    <div className="field">
      <label htmlFor={`cards-${name}`}>{label}</label>
      <select id={`cards-${name}`} name={name} defaultValue={value ?? ""}>
        <option value="">{any}</option>
        {options.map(([id, text]) => (
          <option key={id} value={id}>
            {text}
          </option>
        ))}
      </select>
    </div>
  );
}

function pageHref(query: CardBrowserQuery, page: number) {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries({ ...query, page }))
    if (value !== undefined && value !== "" && !(key === "page" && value === 1)) params.set(key, String(value));
  const text = params.toString();
  return text ? `/cards?${text}` : "/cards";
}

/** Every card the learner has, found by words, state, mark, service or model, and changed several at a time. */
export default async function CardsPage({ searchParams }: { searchParams: SearchParams }) {
  const user = await requirePageUser("/cards");
  const raw = Object.fromEntries(Object.entries(await searchParams).map(([key, value]) => [key, Array.isArray(value) ? value[0] : value]));
  const parsed = cardBrowserSchema.safeParse(raw);
  const query: CardBrowserQuery = parsed.success ? parsed.data : {};
  const listing = await browseCards(getDb(), user.id, query, Date.now());
  const filtered = Boolean(query.q || query.state || query.mark || query.service || query.model);
  return (
    <div className="stack">
      <h1>Your cards</h1>
      <p className="muted">Find any card you have, by what it teaches or how it stands, and flag, suspend or bring back several at once.</p>
      {parsed.success ? null : (
        <p className="alert alert-error" role="alert">
          Some filters in the address were not understood ({parsed.error.issues.map((issue) => issue.message).join(" ")}), so every card is
          shown.
        </p>
      )}
      <form className={`card ${styles.filters}`} action="/cards" role="search" aria-label="Find cards">
        <div className="field">
          <label htmlFor="cards-q">Words</label>
          <input id="cards-q" name="q" type="search" defaultValue={query.q ?? ""} placeholder="e.g. patch, encryption, RDS" />
        </div>
        {FILTERS.map((filter) => (
          <FilterSelect key={filter.name} {...filter} value={query[filter.name]} />
        ))}
        <div>
          <button type="submit" className="button">
            Find cards
          </button>
        </div>
      </form>
      <p role="status" className="small">
        {listing.total} card{listing.total === 1 ? "" : "s"}
        {filtered ? " match" : ""}
        {listing.pages > 1 ? ` · page ${listing.page} of ${listing.pages}` : ""}
        {filtered ? (
          <>
            {" "}
            · <Link href="/cards">Show every card</Link>
          </>
        ) : null}
      </p>
      <CardList key={pageHref(query, listing.page)} cards={listing.cards} />
      {listing.pages > 1 ? (
        <nav className={styles.pager} aria-label="Pages of cards">
          {listing.page > 1 ? (
            <Link className="button button-quiet" href={pageHref(query, listing.page - 1)}>
              ← Previous
            </Link>
          ) : null}
          {listing.page < listing.pages ? (
            <Link className="button button-quiet" href={pageHref(query, listing.page + 1)}>
              Next →
            </Link>
          ) : null}
        </nav>
      ) : null}
    </div>
  );
}
