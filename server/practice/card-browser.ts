import { bank } from "@/questions/bank";
import { capitalise } from "@/questions/text";
import type { Database } from "@/db";
import { CARD_STATES } from "@/db/schema";
import { cardsOfLearner, updateFlagsOfCards } from "@/db/queries/cards";
import { CARD_STATE_NAMES, type CardBrowserQuery } from "@/server/practice/input";
import type { BrowsedCard, BulkCardResult, CardListing } from "@/server/practice/types";

export const CARDS_PER_PAGE = 50;

const facts = new Map(bank.facts.map((fact) => [fact.id, fact]));
const services = new Map(bank.services.map((service) => [service.id, service]));

/** What a card teaches, in words: its fact's duty, or for a model card the model its service follows. */
function dutyOf(card: { factId: string | null; service: string }) {
  const fact = card.factId ? facts.get(card.factId) : undefined;
  return capitalise(fact?.duty ?? `which model ${services.get(card.service)?.shortName ?? card.service} follows`);
}

/** All the learner's cards, filtered and searched (every word in the duty or the service's name), a page at a time. */
export async function browseCards(db: Database, userId: string, query: CardBrowserQuery, now: number): Promise<CardListing> {
  const rows = await cardsOfLearner(
    db,
    userId,
    { state: query.state ? CARD_STATES[query.state] : undefined, mark: query.mark, service: query.service, model: query.model },
    now,
  );
  const words = (query.q ?? "").toLowerCase().split(/\s+/).filter(Boolean);
  const found = rows
    .map((row) => ({ row, duty: dutyOf(row), serviceName: services.get(row.service)?.name ?? row.service }))
    .filter(({ duty, serviceName }) => {
      if (words.length === 0) return true;
      const text = `${duty} ${serviceName}`.toLowerCase();
      return words.every((word) => text.includes(word));
    });
  const pages = Math.max(1, Math.ceil(found.length / CARDS_PER_PAGE));
  const page = Math.min(query.page ?? 1, pages);
  const cards = found.slice((page - 1) * CARDS_PER_PAGE, page * CARDS_PER_PAGE).map(
    ({ row, duty, serviceName }): BrowsedCard => ({
      id: row.id,
      duty,
      service: { id: row.service, name: serviceName },
      model: row.model,
      state: CARD_STATE_NAMES[row.state] ?? "review",
      due: row.state === CARD_STATES.new ? null : row.due,
      reps: row.reps,
      lapses: row.lapses,
      flagged: row.flagged,
      suspended: row.suspended,
      leech: row.leech,
      buried: row.buriedUntil !== null && row.buriedUntil > now,
    }),
  );
  return { total: found.length, page, pages, perPage: CARDS_PER_PAGE, cards };
}

/** One action on several cards; only the learner's own change. */
export async function changeCards(
  db: Database,
  userId: string,
  cardIds: string[],
  action: "flag" | "unflag" | "suspend" | "unsuspend",
): Promise<BulkCardResult> {
  const change = action === "flag" || action === "unflag" ? { flagged: action === "flag" } : { suspended: action === "suspend" };
  return { changed: await updateFlagsOfCards(db, userId, [...new Set(cardIds)], change) };
}
