"use client";

import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";
import { toLocalInput } from "./settings-fields";
import type { FieldErrors } from "@/server/errors";
import { api, errorMessage, fieldErrorsOf } from "@/components/api-client";
import { CharacterCount } from "@/components/ui/character-count";
import { wholeOrText } from "./settings-fields";
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
  const [errors, setErrors] = useState<FieldErrors>({});
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);
  // eslint-disable-next-line react-hooks/set-state-in-effect -- the due date is shown in the instructor's own time zone, known only in the browser
  useEffect(() => setDue(toLocalInput(dueAt)), [dueAt]);

  async function save(event: React.FormEvent) {
    event.preventDefault();
    setStatus(null);
    try {
      await api(`/api/v1/assignments/${assignmentId}`, {
        method: "PATCH",
        body: { title, instructions, dueAt: new Date(due).getTime(), latePolicy: policy, attemptsAllowed: wholeOrText(attempts) },
      });
    } catch (failure) {
      setErrors(fieldErrorsOf(failure));
      return setStatus({ ok: false, text: errorMessage(failure) });
    }
    setErrors({});
    setStatus({ ok: true, text: "Saved." });
    router.refresh();
  }

  const error = (name: string) =>
    errors[name]?.length ? (
      <p className="field-error" id={`edit-${name}-error`}>
        {errors[name].join(" ")}
      </p>
    ) : null;

  return (
    <form className="stack" onSubmit={save} noValidate>
      <div className="field">
        <label htmlFor="edit-title">Title</label>
        <input
          id="edit-title"
          value={title}
          onChange={(e) => setTitle(e.target.value)}
          aria-invalid={errors.title ? true : undefined}
          aria-describedby={errors.title ? "edit-title-count edit-title-error" : "edit-title-count"}
        />
        <CharacterCount id="edit-title-count" length={title.length} max={limits.assignmentTitle} />
        {error("title")}
      </div>
      <div className="field">
        <label htmlFor="edit-instructions">Instructions</label>
        <textarea
          id="edit-instructions"
          rows={3}
          value={instructions}
          onChange={(e) => setInstructions(e.target.value)}
          aria-invalid={errors.instructions ? true : undefined}
          aria-describedby={errors.instructions ? "edit-instructions-count edit-instructions-error" : "edit-instructions-count"}
        />
        <CharacterCount id="edit-instructions-count" length={instructions.length} max={limits.assignmentInstructions} />
        {error("instructions")}
      </div>
      <div className="grid">
        <div className="field">
          <label htmlFor="edit-dueAt">Due</label>
          <input
            id="edit-dueAt"
            type="datetime-local"
            value={due}
            onChange={(e) => setDue(e.target.value)}
            aria-invalid={errors.dueAt ? true : undefined}
            aria-describedby={errors.dueAt ? "edit-dueAt-error" : undefined}
          />
          {error("dueAt")}
        </div>
        <div className="field">
          <label htmlFor="edit-latePolicy">Late work</label>
          <select id="edit-latePolicy" value={policy} onChange={(e) => setPolicy(e.target.value as "refuse" | "accept")}>
            <option value="refuse">Refuse after the due date</option>
            <option value="accept">Accept and mark late</option>
          </select>
        </div>
        <div className="field">
          <label htmlFor="edit-attempts">Attempts allowed</label>
          <input
            id="edit-attempts"
            type="number"
            min={1}
            max={10}
            value={attempts}
            onChange={(e) => setAttempts(e.target.value)}
            aria-invalid={errors.attemptsAllowed ? true : undefined}
            aria-describedby={errors.attemptsAllowed ? "edit-attemptsAllowed-error" : undefined}
          />
          {error("attemptsAllowed")}
        </div>
      </div>
      <div>
        <button type="submit" className="button button-secondary">
          Save changes
        </button>
      </div>
      <p className={status && !status.ok ? "field-error" : "small muted"} role="status">
        {status?.text}
      </p>
    </form>
  );
}
