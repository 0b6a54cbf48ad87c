import type { FactView } from "@/server/models/types";
import { citationView, disagreementNote } from "@/questions/explain";
import { CONTROL_TYPE_NAMES, MODEL_TITLES } from "@/questions/model-rules";
import type { Fact, Service } from "@/questions/schema";

/** Resolves what a FactCard shows: citations, the disagreement note, and the service and model it links to. */
export function factViews(facts: Fact[], services: Service[]): FactView[] {
  const byId = new Map(services.map((service) => [service.id, service]));
  return facts.map((fact) => ({
    fact,
    citations: fact.citations.map(citationView),
    disagreement: disagreementNote(fact),
    service: { id: fact.service, name: byId.get(fact.service)?.name ?? fact.service },
    model: fact.model === "all" ? undefined : { href: `/models/${fact.model}`, label: MODEL_TITLES[fact.model] },
    controlTypeName: fact.controlType ? CONTROL_TYPE_NAMES[fact.controlType] : undefined,
  }));
}
