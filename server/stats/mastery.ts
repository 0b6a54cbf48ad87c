import { bank } from "@/questions/bank";
import { MODEL_TITLES } from "@/questions/model-rules";
import { practiceItems } from "@/questions/practice";
import { MODELS } from "@/questions/schema";
import type { StudiedCard } from "@/db/queries/stats";
import type { MasteryArea, MasteryMap, WeakFact } from "@/server/stats/types";
import { retrievability, type SchedulerSettings } from "@/server/practice/scheduler";

/** The models a card can belong to; "all" holds the facts true in every model. */
export const MASTERY_MODELS = [...MODELS, "all"] as const;
export type MasteryModel = (typeof MASTERY_MODELS)[number];

export const MASTERY_MODEL_TITLES: Record<MasteryModel, string> = { ...MODEL_TITLES, all: "Every model (duties that never move)" };




const WEAKEST_SHOWN = 8;

function area(id: string, title: string, href: string, practiceHref: string, total: number, recalls: number[]): MasteryArea {
  const recall = recalls.length ? recalls.reduce((sum, r) => sum + r, 0) / recalls.length : null;
  return { id, title, href, practiceHref, total, studied: recalls.length, recall };
}

/** Predicted recall today (FSRS retrievability) per model, per service, and the weakest facts. */
export function masteryMap(cards: StudiedCard[], settings: SchedulerSettings, now: number): MasteryMap {
  const recallByCard = cards.map((card) => ({ card, recall: retrievability(card, now, settings) ?? 0 }));
  const items = practiceItems(bank);
  const byModel = (model: string) => recallByCard.filter((c) => c.card.model === model).map((c) => c.recall);
  const byService = (service: string) => recallByCard.filter((c) => c.card.service === service).map((c) => c.recall);

  const models = MASTERY_MODELS.map((model) =>
    area(
      model,
      MASTERY_MODEL_TITLES[model],
      `/models/${model === "all" ? "overview" : model}`,
      `/practice?model=${model}`,
      items.filter((item) => item.model === model).length,
      byModel(model),
    ),
  );
  const services = bank.services.map((service) => ({
    ...area(
      service.id,
      service.name,
      `/services/${service.id}`,
      `/practice?service=${service.id}`,
      items.filter((item) => item.service === service.id).length,
      byService(service.id),
    ),
    model: service.model as MasteryModel,
  }));

  const facts = new Map(bank.facts.map((fact) => [fact.id, fact]));
  const weakest = recallByCard
    .filter(({ card }) => card.factId && !card.suspended && facts.has(card.factId))
    .sort((a, b) => a.recall - b.recall || a.card.due - b.card.due)
    .slice(0, WEAKEST_SHOWN)
    .map(({ card, recall }): WeakFact => {
      const fact = facts.get(card.factId!)!;
      const service = bank.services.find((s) => s.id === fact.service);
      return {
        factId: fact.id,
        duty: fact.duty,
        service: { id: fact.service, name: service?.name ?? fact.service },
        recall,
        due: card.due,
        href: `/services/${fact.service}#fact-${fact.id.replace(/\./g, "-")}`,
      };
    });
  return { models, services, weakest };
}

/** The practice link for a set of facts: one click practises just those. */
export function practiceFactsHref(factIds: string[]) {
  return `/practice?${factIds.map((id) => `fact=${encodeURIComponent(id)}`).join("&")}`;
}
