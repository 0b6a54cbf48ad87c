import { services } from "@/questions/bank";
import { TOPICS } from "@/questions/schema";
import { ASSIGNABLE_KINDS } from "@/questions/assignment-selection";
import type { FilterOptions } from "@/server/classes/types";

/** What the assignment form's filters offer: the bank's models, services, topics and assignable kinds. */
export function filterOptions(): FilterOptions {
  return {
    models: [
      { id: "infrastructure", label: "Infrastructure" },
      { id: "container", label: "Container" },
      { id: "abstract", label: "Abstract" },
      { id: "all", label: "Every model" },
    ],
    services: [...services].sort((a, b) => a.name.localeCompare(b.name)).map((s) => ({ id: s.id, name: s.name })),
    topics: [...TOPICS],
    kinds: [...ASSIGNABLE_KINDS],
  };
}
