import { bank } from "@/questions/bank";
import { capitalise } from "@/questions/text";
import type { Database } from "@/db";
import { setAsideCardsOfService } from "@/db/queries/cards";
import type { SetAsideCard } from "@/server/practice/types";

/** The learner's suspended, flagged and leech cards of one service, each named by its duty. */
export async function setAsideCards(db: Database, userId: string, service: { id: string; shortName: string }): Promise<SetAsideCard[]> {
  return (await setAsideCardsOfService(db, userId, service.id)).map((card) => ({
    id: card.id,
    suspended: card.suspended,
    flagged: card.flagged,
    leech: card.leech,
    lapses: card.lapses,
    duty: capitalise(bank.facts.find((fact) => fact.id === card.factId)?.duty ?? `which model ${service.shortName} follows`),
  }));
}
