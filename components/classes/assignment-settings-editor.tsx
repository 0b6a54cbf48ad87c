"use client";

import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";
import { LATE_POLICIES, toLocalInput, wholeOrText } from "./settings-fields";
import { api } from "@/components/api-client";
import { Field } from "@/components/ui/field";
import { SelectField } from "@/components/ui/select-field";
import { useRequest } from "@/components/ui/use-request";
import type { TextLimits } from "@/server/text-limits";

/** Rename, reword the instructions, extend the due date, change the late policy or the attempts allowed; the questions stay as published. */
export function AssignmentSettingsEditor({
  assignmentId,
  title: savedTitle,
  instructions: savedInstructions,
  dueAt,
  latePolicy,
  attemptsAllowed,
  limits,
}: {
  assignmentId: string;
  title: string;
  instructions: string;
  dueAt: number;
  latePolicy: "refuse" | "accept";
  attemptsAllowed: number;
  limits: Pick<TextLimits, "assignmentTitle" | "assignmentInstructions">;
}) {
  const router = useRouter();
  const [title, setTitle] = useState(savedTitle);
  const [instructions, setInstructions] = useState(savedInstructions);
  const [due, setDue] = useState("");
  const [policy, setPolicy] = useState(latePolicy);
  const [attempts, setAttempts] = useState(String(attemptsAllowed));
  const { error, fieldErrors: errors, send } = useRequest();
  const [saved, setSaved] = useState(false);
  // eslint-disable-next-line react-hooks/set-state-in-effect -- the due date is shown in the instructor's own time zone, known only in the browser
  useEffect(() => setDue(toLocalInput(dueAt)), [dueAt]);

  async function save(event: React.FormEvent) {
    event.preventDefault();
    setSaved(false);
    const body = { title, instructions, dueAt: new Date(due).getTime(), latePolicy: policy, attemptsAllowed: wholeOrText(attempts) };
    if (!(await send(() => api(`/api/v1/assignments/${assignmentId}`, { method: "PATCH", body })))) return;
    setSaved(true);
    router.refresh();
  }

  return (
    <form className="stack" onSubmit={save} noValidate>
      <Field id="edit-title" label="Title" errors={errors.title} count={{ length: title.length, max: limits.assignmentTitle }}>
        {(control) => <input {...control} value={title} onChange={(e) => setTitle(e.target.value)} />}
      </Field>
      <Field
        id="edit-instructions"
        label="Instructions"
        errors={errors.instructions}
        count={{ length: instructions.length, max: limits.assignmentInstructions }}
      >
        {(control) => <textarea {...control} rows={3} value={instructions} onChange={(e) => setInstructions(e.target.value)} />}
      </Field>
      <div className="grid">
        <Field id="edit-dueAt" label="Due" errors={errors.dueAt}>
          {(control) => <input {...control} type="datetime-local" value={due} onChange={(e) => setDue(e.target.value)} />}
        </Field>
        <SelectField
          id="edit-latePolicy"
          label="Late work"
          options={LATE_POLICIES}
          value={policy}
          onChange={(e) => setPolicy(e.target.value as typeof policy)}
        />
        <Field id="edit-attemptsAllowed" label="Attempts allowed" errors={errors.attemptsAllowed}>
          {(control) => (
            <input {...control} type="number" min={1} max={10} value={attempts} onChange={(e) => setAttempts(e.target.value)} />
          )}
        </Field>
      </div>
      <div>
        <button type="submit" className="button button-secondary">
          Save changes
        </button>
      </div>
      <p className={error ? "field-error" : "small muted"} role="status">
        {error ?? (saved ? "Saved." : null)}
      </p>
    </form>
  );
}
