import { bank } from "@/questions/bank";
import { MODEL_TITLES } from "@/questions/model-rules";
import { practiceItems } from "@/questions/practice";
import { MODELS } from "@/questions/schema";
import type { LatestAnswer, StudiedCard } from "@/db/queries/stats";
import type { MasteryArea, MasteryLevel, MasteryMap, WeakFact } from "@/server/stats/types";
import { recallAt, toFsrsCard, type SchedulerSettings } from "@/server/practice/scheduler";
import { State } from "ts-fsrs";

/** The models a card can belong to; "all" holds the facts true in every model. */
export const MASTERY_MODELS = [...MODELS, "all"] as const;
export type MasteryModel = (typeof MASTERY_MODELS)[number];

export const MASTERY_MODEL_TITLES: Record<MasteryModel, string> = { ...MODEL_TITLES, all: "Every model (duties that never move)" };

const WEAKEST_SHOWN = 8;
/** How far ahead the map looks: recall today reads high right after a miss, recall in a week does not. */
export const MASTERY_HORIZON_DAYS = 7;
/** How many of an area's latest answers its accuracy counts. */
export const RECENT_ANSWERS = 20;
/** How many of the learner's latest answers are read to find each area's. */
const ANSWERS_READ = 2000;
/** Strong at 90% or more, fair from 75%: recall in a week and, once there are a few, recent accuracy. */
const STRONG = 0.9;
const FAIR = 0.75;
const MIN_ANSWERS_FOR_ACCURACY = 3;

export { ANSWERS_READ as MASTERY_ANSWERS_READ };

/** The weaker of recall in a week and recent accuracy decides: a run of misses is weak whatever FSRS hopes. */
export function masteryLevel(recallInWeek: number | null, recent: { answered: number; right: number }): MasteryLevel {
  if (recallInWeek === null) return "unstudied";
  const accuracy = recent.answered >= MIN_ANSWERS_FOR_ACCURACY ? recent.right / recent.answered : 1;
  const score = Math.min(recallInWeek, accuracy);
  return score >= STRONG ? "strong" : score >= FAIR ? "fair" : "weak";
}

interface CardMastery {
  card: StudiedCard;
  recallInWeek: number;
  /** The card's latest answer was wrong (rated Again), or it is relearning after a lapse. */
  missed: boolean;
}

function area(
  id: string,
  title: string,
  href: string,
  practiceHref: string,
  total: number,
  cards: CardMastery[],
  ratings: number[],
): MasteryArea {
  const recallInWeek = cards.length ? cards.reduce((sum, c) => sum + c.recallInWeek, 0) / cards.length : null;
  const recent = { answered: ratings.length, right: ratings.filter((rating) => rating > 1).length };
  return {
    id,
    title,
    href,
    practiceHref,
    total,
    studied: cards.length,
    recallInWeek,
    recent,
    lapses: cards.reduce((sum, c) => sum + c.card.lapses, 0),
    missed: cards.filter((c) => c.missed).length,
    level: masteryLevel(recallInWeek, recent),
  };
}

/**
 * Per model and per service: predicted recall a week from now if not reviewed (mean FSRS
 * retrievability of the studied cards), accuracy of the latest answers, lapses and cards missed
 * last time; and the weakest facts, misses first.
 */
export function masteryMap(cards: StudiedCard[], answers: LatestAnswer[], settings: SchedulerSettings, now: number): MasteryMap {
  const horizon = now + MASTERY_HORIZON_DAYS * 86_400_000;
  const byId = new Map(cards.map((card) => [card.id, card]));
  const lastRating = new Map<string, number>();
  const ratingsByArea = new Map<string, number[]>();
  for (const answer of answers) {
    const card = byId.get(answer.cardId);
    if (!card) continue;
    if (!lastRating.has(card.id)) lastRating.set(card.id, answer.rating);
    for (const key of [`model:${card.model}`, `service:${card.service}`]) {
      const ratings = ratingsByArea.get(key) ?? ratingsByArea.set(key, []).get(key)!;
      if (ratings.length < RECENT_ANSWERS) ratings.push(answer.rating);
    }
  }
  const mastery: CardMastery[] = cards.map((card) => ({
    card,
    recallInWeek: recallAt(toFsrsCard(card), horizon, settings),
    missed: (lastRating.get(card.id) ?? (card.state === State.Relearning ? 1 : 2)) === 1,
  }));
  const byArea = new Map<string, CardMastery[]>();
  for (const entry of mastery) {
    for (const key of [`model:${entry.card.model}`, `service:${entry.card.service}`])
      (byArea.get(key) ?? byArea.set(key, []).get(key)!).push(entry);
  }
  const items = practiceItems(bank);
  const totals = new Map<string, number>();
  for (const item of items)
    for (const key of [`model:${item.model}`, `service:${item.service}`]) totals.set(key, (totals.get(key) ?? 0) + 1);

  const models = MASTERY_MODELS.map((model) =>
    area(
      model,
      MASTERY_MODEL_TITLES[model],
      `/models/${model === "all" ? "overview" : model}`,
      `/practice?model=${model}`,
      totals.get(`model:${model}`) ?? 0,
      byArea.get(`model:${model}`) ?? [],
      ratingsByArea.get(`model:${model}`) ?? [],
    ),
  );
  const services = bank.services.map((service) => ({
    ...area(
      service.id,
      service.name,
      `/services/${service.id}`,
      `/practice?service=${service.id}`,
      totals.get(`service:${service.id}`) ?? 0,
      byArea.get(`service:${service.id}`) ?? [],
      ratingsByArea.get(`service:${service.id}`) ?? [],
    ),
    model: service.model as MasteryModel,
  }));

  const facts = new Map(bank.facts.map((fact) => [fact.id, fact]));
  const weakest = mastery
    .filter(({ card }) => card.factId && !card.suspended && facts.has(card.factId))
    .sort((a, b) => Number(b.missed) - Number(a.missed) || a.recallInWeek - b.recallInWeek || a.card.due - b.card.due)
    .slice(0, WEAKEST_SHOWN)
    .map(({ card, recallInWeek, missed }): WeakFact => {
      const fact = facts.get(card.factId!)!;
      const service = bank.services.find((s) => s.id === fact.service);
      return {
        factId: fact.id,
        duty: fact.duty,
        service: { id: fact.service, name: service?.name ?? fact.service },
        recallInWeek,
        missed,
        lapses: card.lapses,
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
