import { ASSIGNABLE_KINDS } from "./assignment-selection";
import { bankItems, generateItem, type BankItem } from "./generator";
import type { FactModel, Topic } from "./schema";
import type { Bank, QuestionKind } from "./types";

export interface BankSearch {
  query?: string;
  models?: FactModel[];
  services?: string[];
  topics?: Topic[];
  kinds?: QuestionKind[];
  offset?: number;
  limit?: number;
}

interface IndexedItem {
  item: BankItem;
  words: string[];
  serviceWords: string[];
}

const indexCache = new WeakMap<Bank, IndexedItem[]>();
const wordsOf = (text: string) =>
  text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);

/** Each assignable item with the words a search can match: a sample wording, its facts, its services. */
function searchIndex(bank: Bank): IndexedItem[] {
  const cached = indexCache.get(bank);
  if (cached) return cached;
  const facts = new Map(bank.facts.map((f) => [f.id, f]));
  const services = new Map(bank.services.map((s) => [s.id, s]));
  const index = bankItems(bank)
    .filter((item) => ASSIGNABLE_KINDS.includes(item.kind))
    .map((item) => {
      const question = generateItem(bank, item.id, "browse");
      const factText = (question?.factIds ?? []).map((id) => {
        const fact = facts.get(id);
        return fact ? `${fact.id} ${fact.duty} ${fact.statement} ${fact.misconception ?? ""}` : id;
      });
      const serviceText = item.services.map((id) => `${services.get(id)?.name ?? ""} ${services.get(id)?.shortName ?? ""} ${id}`).join(" ");
      return {
        item,
        words: [
          ...new Set(wordsOf([item.id, item.kind, item.model, item.topic, question?.prompt ?? "", ...factText, serviceText].join(" "))),
        ],
        serviceWords: [...new Set(wordsOf(serviceText))],
      };
    });
  indexCache.set(bank, index);
  return index;
}

const hasPrefix = (words: string[], query: string) => words.some((word) => word.startsWith(query));

/**
 * Bank items where every query word starts a word of the prompt, facts or services, within the
 * filters; items whose service the query names come first.
 */
export function searchBankItems(bank: Bank, search: BankSearch): { total: number; items: BankItem[] } {
  const queryWords = wordsOf(search.query ?? "");
  const matches = searchIndex(bank)
    .filter(({ item, words }) => {
      if (search.kinds?.length && !search.kinds.includes(item.kind)) return false;
      if (search.models?.length && !search.models.includes(item.model)) return false;
      if (search.services?.length && !item.services.some((s) => search.services!.includes(s))) return false;
      if (search.topics?.length && !search.topics.includes(item.topic)) return false;
      return queryWords.every((query) => hasPrefix(words, query));
    })
    .map((entry, order) => ({ entry, order, rank: queryWords.filter((query) => hasPrefix(entry.serviceWords, query)).length }))
    .sort((a, b) => b.rank - a.rank || a.order - b.order);
  const offset = search.offset ?? 0;
  return { total: matches.length, items: matches.slice(offset, offset + (search.limit ?? 20)).map((m) => m.entry.item) };
}
