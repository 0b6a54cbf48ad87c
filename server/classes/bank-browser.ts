import { bank } from "@/questions/bank";
import { searchBankItems } from "@/questions/bank-search";
import { generateItem } from "@/questions/generator";
import type { FactModel, Topic } from "@/questions/schema";
import type { QuestionKind } from "@/questions/types";
import type { Database } from "@/db";
import { classQuestionsOfInstructor } from "@/db/queries/class-questions";
import { answeredQuestionView, bankQuestion, importedQuestion } from "@/server/classes/assignment-questions";
import { requireClassOfInstructor } from "@/server/classes/classes";
import type { z } from "zod";
import type { bankSearchSchema } from "@/server/classes/input";
import type { BankPage } from "@/server/classes/types";

const PAGE = 20;

/**
 * A page of bank items for the assignment form, each rendered with the draft's seed so the wording
 * shown is the wording students will get; the class's imported questions match the same words.
 */
export async function browseBank(
  db: Database,
  instructorId: string,
  classId: string,
  search: z.infer<typeof bankSearchSchema>,
): Promise<BankPage> {
  await requireClassOfInstructor(db, instructorId, classId);
  const seed = search.seed ?? "browse";
  const limit = search.limit ?? PAGE;
  const offset = search.offset ?? 0;
  const found = searchBankItems(bank, {
    query: search.q,
    models: search.models as FactModel[] | undefined,
    services: search.services,
    topics: search.topics as Topic[] | undefined,
    kinds: search.kinds as QuestionKind[] | undefined,
    offset,
    limit,
  });
  const items = found.items.flatMap((item) => {
    const question = generateItem(bank, item.id, seed);
    return question ? [{ ...answeredQuestionView(bankQuestion(question, item.id, "q1")), topic: item.topic }] : [];
  });
  const words = (search.q ?? "").toLowerCase().split(/\s+/).filter(Boolean);
  const onlyBankFilters = Boolean(search.models?.length || search.services?.length || search.topics?.length || search.kinds?.length);
  const imported = onlyBankFilters
    ? []
    : (await classQuestionsOfInstructor(db, instructorId, classId))
        .filter((row) => {
          const text = `${row.title ?? ""} ${row.prompt} ${row.source} ${row.choices.map((c) => c.text).join(" ")}`.toLowerCase();
          return words.every((word) => text.includes(word));
        })
        .map((row) => ({ ...answeredQuestionView(importedQuestion(row, "q1")), topic: null, title: row.title }));
  return { total: found.total, offset, limit, items, imported };
}
