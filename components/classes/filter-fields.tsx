"use client";

import type { FilterOptions } from "@/server/classes/types";
import type { FieldErrors } from "@/server/errors";
import { KIND_LABELS } from "./labels";
import { SelectField } from "@/components/ui/select-field";

export interface FilterDraft {
  count: string;
  models: string[];
  services: string[];
  topics: string[];
  kinds: string[];
}

function Checkboxes({
  legend,
  name,
  options,
  chosen,
  onChange,
}: {
  legend: string;
  name: string;
  options: { id: string; label: string }[];
  chosen: string[];
  onChange: (next: string[]) => void;
}) {
  return (
    <fieldset className="field">
      <legend>{legend}</legend>
      <div className="choice-row">
        {options.map((option) => (
          <label key={option.id}>
            <input
              type="checkbox"
              name={name}
              value={option.id}
              checked={chosen.includes(option.id)}
              onChange={(e) => onChange(e.target.checked ? [...chosen, option.id] : chosen.filter((id) => id !== option.id))}
            />
            {option.label}
          </label>
        ))}
      </div>
    </fieldset>
  );
}

/** Questions by filter: how many, from which models, services, topics and kinds (none ticked: all). */
export function FilterFields({
  draft,
  onChange,
  options,
  errors,
}: {
  draft: FilterDraft;
  onChange: (next: FilterDraft) => void;
  options: FilterOptions;
  errors: FieldErrors;
}) {
  const countError = errors["selection.count"]?.join(" ");
  return (
    <div className="stack">
      <div className="field" style={{ maxWidth: "16rem" }}>
        <label htmlFor="count">Number of questions (1–100)</label>
        <input
          id="count"
          type="number"
          min={1}
          max={100}
          value={draft.count}
          onChange={(e) => onChange({ ...draft, count: e.target.value })}
          aria-invalid={countError ? true : undefined}
          aria-describedby={countError ? "count-error" : undefined}
        />
        {countError ? (
          <p className="field-error" id="count-error">
            {countError}
          </p>
        ) : null}
      </div>
      <p className="field-hint">
        Leave a group unticked to draw from all of it. Questions spread across models, services and kinds, one per fact.
      </p>
      <Checkboxes
        legend="Models"
        name="models"
        options={options.models}
        chosen={draft.models}
        onChange={(models) => onChange({ ...draft, models })}
      />
      <Checkboxes
        legend="Kinds of question"
        name="kinds"
        options={options.kinds.map((id) => ({ id, label: KIND_LABELS[id] ?? id }))}
        chosen={draft.kinds}
        onChange={(kinds) => onChange({ ...draft, kinds })}
      />
      <Checkboxes
        legend="Topics"
        name="topics"
        options={options.topics.map((t) => ({ id: t, label: t }))}
        chosen={draft.topics}
        onChange={(topics) => onChange({ ...draft, topics })}
      />
      <SelectField
        id="services"
        label="Services (hold Ctrl or ⌘ to choose several)"
        options={options.services.map((s) => ({ value: s.id, label: s.name }))}
        multiple
        size={6}
        value={draft.services}
        onChange={(e) => onChange({ ...draft, services: [...e.target.selectedOptions].map((o) => o.value) })}
      />
    </div>
  );
}
