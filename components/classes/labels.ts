/** Words the class screens show for ids the server sends. */
export const KIND_LABELS: Record<string, string> = {
  scenario: "Scenario",
  "multi-select": "Multiple answer",
  "true-false": "True / false",
  "which-model": "Which model",
  "control-type": "Control type",
  compare: "Compare",
  "multiple-choice": "Multiple choice (yours)",
  "multiple-answer": "Multiple answer (yours)",
};

/** "all" marks a duty that holds in every model. */
export const modelLabel = (model: string) => (model === "all" ? "every model" : model);
