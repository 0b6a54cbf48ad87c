"use client";

import { useEffect, useState } from "react";
import type { AnsweredQuestion, BankPage, FilterOptions } from "@/server/classes/types";
import { KIND_LABELS } from "./labels";
import styles from "./classes.module.css";
import { api, errorMessage } from "@/components/api-client";
import { Field } from "@/components/ui/field";
import { SelectField } from "@/components/ui/select-field";
import { ErrorAlert } from "@/components/ui/error-alert";
import { RichText } from "@/components/ui/rich-text";

type BrowseResult = BankPage;

export interface PickedQuestion {
  itemId: string;
  prompt: string;
  kind: string;
}

function Result({
  question,
  picked,
  onToggle,
  showAnswers,
  label,
}: {
  question: AnsweredQuestion;
  picked: boolean;
  onToggle: () => void;
  showAnswers: boolean;
  label: string;
}) {
  return (
    <li className={styles.pickResult} data-picked={picked}>
      <p className="small muted" style={{ marginBottom: 0 }}>
        {label}
      </p>
      <p className={styles.prompt}>{question.promptRich ? <RichText nodes={question.promptRich} inline /> : question.prompt}</p>
      <ul className={styles.choiceList}>
        {question.choices.map((c) => (
          <li key={c.id}>
            {c.textRich ? <RichText nodes={c.textRich} inline /> : c.text}
            {showAnswers && c.correct ? <strong> — ✓ right answer</strong> : null}
            {showAnswers && c.partialCredit ? <strong> — ◐ partly right ({Math.round(c.partialCredit * 100)}% credit)</strong> : null}
          </li>
        ))}
      </ul>
      <div>
        <button type="button" className={`button ${picked ? "button-secondary" : "button-quiet"}`} aria-pressed={picked} onClick={onToggle}>
          {picked ? "✓ Added — remove" : "Add to assignment"}
        </button>
      </div>
    </li>
  );
}

/** Search the bank (prompts, facts, services) and the class's own questions; add what you want, in order. */
export function BankBrowser({
  classId,
  seed,
  options,
  searchMax,
  picked,
  onToggle,
}: {
  classId: string;
  seed: string;
  options: FilterOptions;
  /** The longest search the server accepts. */
  searchMax: number;
  picked: PickedQuestion[];
  onToggle: (question: PickedQuestion) => void;
}) {
  const [query, setQuery] = useState("");
  const [kind, setKind] = useState("");
  const [model, setModel] = useState("");
  const [offset, setOffset] = useState(0);
  const [showAnswers, setShowAnswers] = useState(true);
  const [result, setResult] = useState<BrowseResult | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    // A search past the limit is not sent: the field says how long it is instead.
    if (query.trim().length > searchMax) return;
    const controller = new AbortController();
    const timer = setTimeout(async () => {
      const params = new URLSearchParams({ seed, offset: String(offset), limit: "10" });
      if (query.trim()) params.set("q", query.trim());
      if (kind) params.set("kinds", kind);
      if (model) params.set("models", model);
      try {
        const page = await api<BankPage>(`/api/v1/classes/${classId}/bank?${params}`, { signal: controller.signal });
        setError(null);
        setResult(page);
      } catch (failure) {
        if (!controller.signal.aborted) setError(`The bank could not be searched: ${errorMessage(failure)}`);
      }
    }, 250);
    return () => {
      controller.abort();
      clearTimeout(timer);
    };
  }, [classId, seed, query, kind, model, offset, searchMax]);

  const isPicked = (itemId: string) => picked.some((p) => p.itemId === itemId);
  const serviceName = (id: string | null) => options.services.find((s) => s.id === id)?.name ?? id ?? "";
  const toggle = (q: AnsweredQuestion) => onToggle({ itemId: q.itemId, prompt: q.prompt, kind: q.kind });
  const last = result ? Math.min(result.offset + result.limit, result.total) : 0;
  const tooLong = query.trim().length > searchMax;
  const resultList = <Q extends AnsweredQuestion>(questions: Q[], label: (question: Q) => string) => (
    <ul className={styles.list}>
      {questions.map((q) => (
        <Result
          key={q.itemId}
          question={q}
          picked={isPicked(q.itemId)}
          onToggle={() => toggle(q)}
          showAnswers={showAnswers}
          label={label(q)}
        />
      ))}
    </ul>
  );

  return (
    <section className="stack" aria-labelledby="bank-title">
      <h3 id="bank-title" style={{ marginBottom: 0 }}>
        Question bank
      </h3>
      <div className="grid">
        <Field
          id="bank-search"
          label="Search prompts, facts and services"
          count={tooLong ? { length: query.trim().length, max: searchMax } : undefined}
        >
          {(control) => (
            <input
              {...control}
              type="search"
              value={query}
              placeholder="e.g. patch RDS, KMS key rotation"
              onChange={(e) => (setQuery(e.target.value), setOffset(0))}
              aria-invalid={tooLong ? true : undefined}
            />
          )}
        </Field>
        <SelectField
          id="bank-kind"
          label="Kind"
          options={[{ value: "", label: "Any kind" }, ...options.kinds.map((k) => ({ value: k, label: KIND_LABELS[k] ?? k }))]}
          value={kind}
          onChange={(e) => (setKind(e.target.value), setOffset(0))}
        />
        <SelectField
          id="bank-model"
          label="Model"
          options={[{ value: "", label: "Any model" }, ...options.models.map((m) => ({ value: m.id, label: m.label }))]}
          value={model}
          onChange={(e) => (setModel(e.target.value), setOffset(0))}
        />
      </div>
      <label className="small" style={{ display: "inline-flex", gap: "0.4rem", alignItems: "center" }}>
        <input type="checkbox" checked={showAnswers} onChange={(e) => setShowAnswers(e.target.checked)} /> Mark the right answers
      </label>
      <ErrorAlert message={error} />
      <p className="small muted" role="status">
        {tooLong
          ? "Shorten the search to search the bank."
          : result
            ? result.total === 0 && result.imported.length === 0
              ? "No questions match."
              : `Bank: ${result.total} match${result.total === 1 ? "es" : ""}${result.total ? `, showing ${result.offset + 1}–${last}` : ""}.`
            : "Searching…"}
      </p>
      {result?.imported.length ? (
        <>
          <h4 style={{ marginBottom: 0 }}>Your imported questions</h4>
          {resultList(result.imported, (q) => `${q.title ?? "Untitled"} · ${KIND_LABELS[q.kind] ?? q.kind}`)}
        </>
      ) : null}
      {resultList(result?.items ?? [], (q) => `${KIND_LABELS[q.kind] ?? q.kind} · ${q.model} · ${serviceName(q.service)}`)}
      {result && result.total > result.limit ? (
        <div className={styles.actions}>
          <button
            type="button"
            className="button button-quiet"
            disabled={offset === 0}
            onClick={() => setOffset(Math.max(0, offset - result.limit))}
          >
            ← Previous
          </button>
          <button
            type="button"
            className="button button-quiet"
            disabled={last >= result.total}
            onClick={() => setOffset(offset + result.limit)}
          >
            Next →
          </button>
        </div>
      ) : null}
    </section>
  );
}
