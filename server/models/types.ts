/** The one declaration of the shapes the models and services pages pass to their components. */
import type { Fact, FactModel, Model, Owner } from "@/questions/schema";
import type { CitationView } from "@/questions/types";

export type { CitationView, Fact, FactModel, Model, Owner };

/** A fact with everything a card shows already resolved (the page builds it; the card only renders). */
export interface FactView {
  fact: Fact;
  citations: CitationView[];
  disagreement?: string;
  service: { id: string; name: string };
  /** Absent for facts that hold in every model. */
  model?: { href: string; label: string };
  controlTypeName?: string;
}
