import type { Citation, Fact } from "./schema";
import { SOURCE_DOCUMENTS, sourceDocument } from "./sources";
import type { CitationView } from "./types";

export function citationView(citation: Citation): CitationView {
  if (citation.kind === "aws-doc") {
    return { title: citation.title, url: citation.url, section: citation.section, quote: citation.quote };
  }
  const doc = sourceDocument(citation.file);
  return { title: doc?.title ?? citation.file, section: citation.section, quote: citation.quote, file: citation.file };
}

/** The citations of several facts, one per page and section (the first quote from it), the asked fact's first. */
export function citationsOf(facts: Fact[], extra: Citation[] = []): CitationView[] {
  const seen = new Set<string>();
  const views: CitationView[] = [];
  for (const citation of [...facts.flatMap((fact) => fact.citations), ...extra]) {
    const view = citationView(citation);
    const key = `${view.title}|${view.section ?? ""}`;
    if (seen.has(key)) continue;
    seen.add(key);
    views.push(view);
  }
  return views;
}

/** Authors may write "004" or "source 002" in a note; learners see the document's title instead. */
function withSourceTitles(text: string): string {
  return text.replace(/\b(?:[Ss]ource )?(00[0-4])\b(?:'s)?/g, (match, number: string) => {
    const doc = SOURCE_DOCUMENTS.find((d) => d.file.startsWith(`${number}_`));
    if (!doc) return match;
    return match.endsWith("'s") ? `“${doc.title}”'s` : `“${doc.title}”`;
  });
}

/** Stated once per question, naming the source by title. */
export function disagreementNote(fact: Fact): string | undefined {
  if (!fact.disagreement) return undefined;
  const doc = sourceDocument(fact.disagreement.file);
  const note = withSourceTitles(fact.disagreement.note).trim();
  const named = !doc || note.includes(doc.title);
  return `Sources differ. ${named ? note : `In “${doc.title}”: ${note}`} Demarc follows AWS's documentation.`;
}

/** Ordinary words that may open a sentence; anything else (AWS, Lambda, CloudFront, Secrets Manager) keeps its capital. */
const ORDINARY_OPENERS = new Set(
  "a an the any all every each because customers customer you your with when using once moving running if since on data security teams traffic to turning subscribing putting patching permissions producers other web workforce serverless it its there this that these those no nothing only enabling storing backups encryption keys users there's".split(
    " ",
  ),
);

/** Lower-cases the first word when it is an ordinary word, so a sentence can continue it. */
function lowerFirst(text: string): string {
  const [first, second = ""] = text.split(/[\s,]+/, 2);
  // "Security Hub", "Data Firehose": a capitalised next word makes the pair a name.
  const ordinary = ORDINARY_OPENERS.has(first.toLowerCase()) && /^[A-Z][a-z']*$/.test(first) && !/^[A-Z]/.test(second);
  return ordinary ? text.charAt(0).toLowerCase() + text.slice(1) : text;
}

const withoutStop = (text: string) => text.trim().replace(/[.!]$/, "");

function misconceptionSentence(fact: Fact): string | undefined {
  return fact.misconception ? `A common mistake is to believe that ${lowerFirst(withoutStop(fact.misconception))}.` : undefined;
}

/**
 * The explanation of one fact: this service's demarc first (the statement), then the rule that
 * generalises (why), then the misconception. Nothing generic that could contradict the item.
 */
export function explainFact(fact: Fact): string {
  return [fact.statement, fact.why, misconceptionSentence(fact)].filter(Boolean).join(" ");
}
