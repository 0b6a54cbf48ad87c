"use client";

import { useRouter } from "next/navigation";
import { useMemo, useState } from "react";
import { BankBrowser, type PickedQuestion } from "./bank-browser";
import { FilterFields, type FilterDraft } from "./filter-fields";
import { PickedList } from "./picked-list";
import { QuestionPreview } from "./question-preview";
import { SettingsFields, defaultSettings, settingsPayload, type SettingsDraft } from "./settings-fields";
import type { AnsweredQuestion, CreatedAssignment, FilterOptions, SelectionPreview } from "@/server/classes/types";
import { api } from "@/components/api-client";
import { ErrorAlert } from "@/components/ui/error-alert";
import { useRequest } from "@/components/ui/use-request";
import styles from "./classes.module.css";
import type { TextLimits } from "@/server/text-limits";

const freshSeed = () => Math.random().toString(36).slice(2, 10);

/** Title, timing and policy; questions by filter or by hand; a preview with the publish seed; publish. */
export function AssignmentForm({ classId, options, limits }: { classId: string; options: FilterOptions; limits: TextLimits }) {
  const router = useRouter();
  const [settings, setSettings] = useState<SettingsDraft>(defaultSettings);
  const [how, setHow] = useState<"filter" | "pick">("filter");
  const [filter, setFilter] = useState<FilterDraft>({ count: "10", models: [], services: [], topics: [], kinds: [] });
  const [picked, setPicked] = useState<PickedQuestion[]>([]);
  // One seed for the whole draft: the preview and the published assignment are the same questions.
  const [seed, setSeed] = useState(freshSeed);
  const [preview, setPreview] = useState<AnsweredQuestion[] | null>(null);
  const { pending, error: message, fieldErrors: errors, send, setError: setMessage } = useRequest<"preview" | "publish">();
  const serviceNames = useMemo(() => Object.fromEntries(options.services.map((s) => [s.id, s.name])), [options.services]);

  const selection = () =>
    how === "filter"
      ? {
          count: Number(filter.count) || 0,
          seed,
          ...(filter.models.length ? { models: filter.models } : {}),
          ...(filter.services.length ? { services: filter.services } : {}),
          ...(filter.topics.length ? { topics: filter.topics } : {}),
          ...(filter.kinds.length ? { kinds: filter.kinds } : {}),
        }
      : { questionIds: picked.map((p) => p.itemId), seed };

  async function showPreview(nextSeed = seed) {
    if (how === "pick" && picked.length === 0) return setMessage("Add at least one question from the bank first.");
    const body = { selection: { ...selection(), seed: nextSeed } };
    const shown = await send(() => api<SelectionPreview>(`/api/v1/classes/${classId}/assignments/preview`, { method: "POST", body }), {
      action: "preview",
    });
    if (shown) setPreview(shown.answer.questions);
  }

  async function publish(event: React.FormEvent) {
    event.preventDefault();
    if (how === "pick" && picked.length === 0) return setMessage("Add at least one question from the bank before publishing.");
    const body = { ...settingsPayload(settings), selection: selection() };
    const published = await send(() => api<CreatedAssignment>(`/api/v1/classes/${classId}/assignments`, { method: "POST", body }), {
      action: "publish",
      leaving: true,
    });
    if (published) router.push(`/classes/${classId}/assignments/${published.answer.id}?published=1`);
  }

  const changeSelection =
    <T,>(set: (value: T) => void) =>
    (value: T) => {
      set(value);
      setPreview(null);
    };

  return (
    <form className="stack" onSubmit={publish} noValidate>
      <ErrorAlert message={message} />
      <SettingsFields draft={settings} onChange={setSettings} errors={errors} limits={limits} />
      <section className="card stack" aria-labelledby="questions-title">
        <h2 id="questions-title">Questions</h2>
        <p className="field-hint">Fixed when you publish: every student gets the same questions and wording.</p>
        <div className={styles.tabs} role="group" aria-label="How to choose questions">
          <button type="button" aria-pressed={how === "filter"} onClick={() => (setHow("filter"), setPreview(null))}>
            By filter
          </button>
          <button type="button" aria-pressed={how === "pick"} onClick={() => (setHow("pick"), setPreview(null))}>
            Hand-pick ({picked.length})
          </button>
        </div>
        {how === "filter" ? (
          <FilterFields draft={filter} onChange={changeSelection(setFilter)} options={options} errors={errors} />
        ) : (
          <div className="stack">
            <PickedList picked={picked} onChange={changeSelection(setPicked)} />
            {errors["selection.questionIds"] ? <p className="field-error">{errors["selection.questionIds"].join(" ")}</p> : null}
            <BankBrowser
              classId={classId}
              seed={seed}
              options={options}
              searchMax={limits.bankSearch}
              picked={picked}
              onToggle={(q) =>
                changeSelection(setPicked)(
                  picked.some((p) => p.itemId === q.itemId) ? picked.filter((p) => p.itemId !== q.itemId) : [...picked, q],
                )
              }
            />
          </div>
        )}
        <div className={styles.actions}>
          <button type="button" className="button button-secondary" onClick={() => void showPreview()} disabled={pending !== null}>
            {pending === "preview" ? "Preparing preview…" : "Preview as students see it"}
          </button>
          <button
            type="button"
            className="button button-quiet"
            disabled={pending !== null}
            onClick={() => {
              const next = freshSeed();
              setSeed(next);
              if (preview) void showPreview(next);
            }}
          >
            {how === "filter" ? "Draw different questions" : "Reword scenarios"}
          </button>
        </div>
        {preview ? <QuestionPreview questions={preview} serviceNames={serviceNames} /> : null}
      </section>
      <div className={styles.actions}>
        <button type="submit" className="button" disabled={pending !== null}>
          {pending === "publish" ? "Publishing…" : "Publish assignment"}
        </button>
        <span className="small muted">Students in the class see it on their home page from the opening time.</span>
      </div>
    </form>
  );
}
