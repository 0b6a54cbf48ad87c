"use client";

import { useEffect } from "react";
import type { FieldErrors } from "@/server/errors";
import type { TextLimits } from "@/server/text-limits";
import { Field } from "@/components/ui/field";
import { RadioGroup, type RadioChoice } from "@/components/ui/radio-group";

export interface SettingsDraft {
  title: string;
  instructions: string;
  mode: "practice" | "exam";
  timeLimitMinutes: string;
  feedbackTiming: "on_submit" | "after_due";
  opensAt: string;
  dueAt: string;
  latePolicy: "refuse" | "accept";
  attemptsAllowed: string;
  shuffleQuestions: boolean;
}

export const defaultSettings = (): SettingsDraft => ({
  title: "",
  instructions: "",
  mode: "practice",
  timeLimitMinutes: "30",
  feedbackTiming: "on_submit",
  opensAt: "",
  dueAt: "",
  latePolicy: "refuse",
  attemptsAllowed: "1",
  shuffleQuestions: false,
});

type TypedSetting = "title" | "instructions" | "timeLimitMinutes" | "opensAt" | "dueAt" | "attemptsAllowed";

/** A `datetime-local` value in this browser's time zone. */
export function toLocalInput(ms: number) {
  const d = new Date(ms);
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

const toMs = (local: string) => (local ? new Date(local).getTime() : undefined);

/** A number field's value as a number when it is one; otherwise as typed, for the server to refuse in words. */
export const wholeOrText = (value: string) => (value.trim() !== "" && Number.isFinite(Number(value)) ? Number(value) : value);

export function settingsPayload(draft: SettingsDraft) {
  return {
    title: draft.title,
    instructions: draft.instructions,
    mode: draft.mode,
    ...(draft.mode === "exam" ? { timeLimitMinutes: wholeOrText(draft.timeLimitMinutes), feedbackTiming: draft.feedbackTiming } : {}),
    ...(draft.opensAt ? { opensAt: toMs(draft.opensAt) } : {}),
    dueAt: toMs(draft.dueAt) ?? 0,
    latePolicy: draft.latePolicy,
    attemptsAllowed: wholeOrText(draft.attemptsAllowed),
    shuffleQuestions: draft.shuffleQuestions,
  };
}

const MODES: RadioChoice<SettingsDraft["mode"]>[] = [
  {
    value: "practice",
    label: "Practice",
    hint: "Untimed. Right or wrong and the explanation after each question; an answer cannot change once checked.",
  },
  { value: "exam", label: "Exam", hint: "Timed from when the student starts. Answers save as they go and can change until submitted." },
];

const FEEDBACK_TIMINGS: RadioChoice<SettingsDraft["feedbackTiming"]>[] = [
  { value: "on_submit", label: "When the student submits", hint: "Each student sees their score and every explanation at once." },
  {
    value: "after_due",
    label: "After the due date",
    hint: "Score at once; answers and explanations only after the due date, so they cannot be passed on.",
  },
];

/** What happens to work after the due date; the settings editor offers the same two, by label. */
export const LATE_POLICIES: RadioChoice<SettingsDraft["latePolicy"]>[] = [
  { value: "refuse", label: "Refuse after the due date", hint: "Attempts close at the due date; what was saved by then is submitted." },
  { value: "accept", label: "Accept and mark late", hint: "Students can still start and submit; the gradebook shows it as late." },
];

/** Everything about an assignment but its questions. */
export function SettingsFields({
  draft,
  onChange,
  errors,
  limits,
}: {
  draft: SettingsDraft;
  onChange: (next: SettingsDraft) => void;
  errors: FieldErrors;
  limits: Pick<TextLimits, "assignmentTitle" | "assignmentInstructions">;
}) {
  const set = <K extends keyof SettingsDraft>(key: K, value: SettingsDraft[K]) => onChange({ ...draft, [key]: value });
  /** The value and change handler of a setting typed as text. */
  const typed = (key: TypedSetting) => ({
    value: draft[key],
    onChange: (e: React.ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => set(key, e.target.value),
  });
  /** The name, value and change handler of a setting chosen with radio buttons. */
  const chosen = <K extends "mode" | "feedbackTiming" | "latePolicy">(key: K) => ({
    name: key,
    value: draft[key],
    onChange: (value: SettingsDraft[K]) => set(key, value),
  });
  useEffect(() => {
    // Due a week from today at 23:59, in the instructor's own time zone (known only in the browser).
    if (draft.dueAt) return;
    const due = new Date(Date.now() + 7 * 86_400_000);
    due.setHours(23, 59, 0, 0);
    onChange({ ...draft, dueAt: toLocalInput(due.getTime()) });
  }, []); // eslint-disable-line react-hooks/exhaustive-deps -- a default for a new draft, set once on mount

  return (
    <section className="card stack" aria-labelledby="settings-title">
      <h2 id="settings-title">Assignment</h2>
      <Field id="title" label="Title" errors={errors.title} count={{ length: draft.title.length, max: limits.assignmentTitle }}>
        {(p) => <input {...p} {...typed("title")} placeholder="e.g. Week 3: who patches what?" />}
      </Field>
      <Field
        id="instructions"
        label="Instructions (optional)"
        hint="Shown to students before they start."
        errors={errors.instructions}
        count={{ length: draft.instructions.length, max: limits.assignmentInstructions }}
      >
        {(p) => <textarea {...p} rows={3} {...typed("instructions")} />}
      </Field>
      <RadioGroup legend="Mode" choices={MODES} {...chosen("mode")} />
      {draft.mode === "exam" ? (
        <div className="stack">
          <Field id="timeLimitMinutes" label="Time limit (minutes)" errors={errors.timeLimitMinutes}>
            {(p) => <input {...p} type="number" min={1} max={600} {...typed("timeLimitMinutes")} style={{ maxWidth: "10rem" }} />}
          </Field>
          <RadioGroup legend="Show answers and explanations" choices={FEEDBACK_TIMINGS} {...chosen("feedbackTiming")} />
        </div>
      ) : null}
      <div className="grid">
        <Field id="opensAt" label="Opens (optional)" hint="Empty: open as soon as you publish." errors={errors.opensAt}>
          {(p) => <input {...p} type="datetime-local" {...typed("opensAt")} />}
        </Field>
        <Field id="dueAt" label="Due" hint="In your time zone; the server enforces it." errors={errors.dueAt}>
          {(p) => <input {...p} type="datetime-local" required {...typed("dueAt")} />}
        </Field>
        <Field id="attemptsAllowed" label="Attempts allowed (1–10)" hint="The best attempt counts." errors={errors.attemptsAllowed}>
          {(p) => <input {...p} type="number" min={1} max={10} {...typed("attemptsAllowed")} />}
        </Field>
      </div>
      <RadioGroup legend="Late work" choices={LATE_POLICIES} {...chosen("latePolicy")} />
      <label style={{ display: "flex", gap: "0.6rem", alignItems: "center" }}>
        <input type="checkbox" checked={draft.shuffleQuestions} onChange={(e) => set("shuffleQuestions", e.target.checked)} /> Shuffle the
        question order for each student
      </label>
    </section>
  );
}
