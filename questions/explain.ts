import { CONTROL_TYPE_RULES, LAYER_RULES, MODEL_NAMES, MODEL_RULES } from "./model-rules";
import type { Citation, Fact, Service } from "./schema";
import { sourceDocument } from "./sources";
import type { CitationView } from "./types";

export function citationView(citation: Citation): CitationView {
  if (citation.kind === "aws-doc") {
    return { title: citation.title, url: citation.url, section: citation.section, quote: citation.quote };
  }
  const doc = sourceDocument(citation.file);
  return { title: doc?.title ?? citation.file, section: citation.section, quote: citation.quote, file: citation.file };
}

/** The citations of several facts, each once. */
export function citationsOf(facts: Fact[], extra: Citation[] = []): CitationView[] {
  const seen = new Set<string>();
  const views: CitationView[] = [];
  for (const citation of [...facts.flatMap((fact) => fact.citations), ...extra]) {
    const view = citationView(citation);
    const key = `${view.title}|${view.section ?? ""}|${view.quote ?? ""}|${view.url ?? ""}`;
    if (seen.has(key)) continue;
    seen.add(key);
    views.push(view);
  }
  return views;
}

const article = (word: string) => (/^[aeiou]/i.test(word) ? "an" : "a");

/** "Amazon RDS is a container service (PaaS): AWS runs …" — the model named, then its rule. */
export function modelSentence(fact: Fact, service: Service | undefined): string {
  const layer = fact.layer ? ` (${fact.layer})` : "";
  if (fact.model === "all") return MODEL_RULES.all;
  if (!service || service.id === "aws-cloud") return `In the ${fact.model} model${layer}: ${MODEL_RULES[fact.model]}`;
  const name = MODEL_NAMES[fact.model];
  return `${service.name} is ${article(name)} ${name}${layer}: ${MODEL_RULES[fact.model]}`;
}

export function disagreementNote(fact: Fact): string | undefined {
  if (!fact.disagreement) return undefined;
  const doc = sourceDocument(fact.disagreement.file);
  return `Sources differ: ${doc ? `“${doc.title}”` : fact.disagreement.file} — ${fact.disagreement.note} Demarc follows AWS's documentation.`;
}

/** The full explanation of one fact: the model, what happens, the rule that generalises, and any disagreement. */
export function explainFact(fact: Fact, service: Service | undefined): string {
  const parts = [modelSentence(fact, service), fact.statement, fact.why];
  if (fact.layer && fact.model !== "all") parts.push(LAYER_RULES[fact.layer]);
  if (fact.controlType) parts.push(CONTROL_TYPE_RULES[fact.controlType]);
  if (fact.misconception) parts.push(`Common mistake: “${fact.misconception.replace(/\.$/, "")}.” That is not how it works.`);
  const note = disagreementNote(fact);
  if (note) parts.push(note);
  return parts.join(" ");
}
