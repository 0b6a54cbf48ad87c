"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { api } from "@/components/api-client";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-submit";
import { ErrorAlert } from "@/components/ui/error-alert";
import { useRequest } from "@/components/ui/use-request";
import type { GiftImport } from "@/server/classes/types";
import type { TextLimits } from "@/server/text-limits";

const EXAMPLE = `// source: AWS Shared Responsibility Model, https://aws.amazon.com/compliance/shared-responsibility-model/
::EC2 guest OS:: Who patches the guest operating system on an EC2 instance? {
=The customer#Right: the guest OS is inside the instance, on the customer's side.
~AWS#No: AWS's part stops at the hypervisor.
}`;

/** Paste or upload Moodle GIFT; every question imports, or (on any error) none, with the line named. */
export function GiftImportForm({ classId, limits }: { classId: string; limits: Pick<TextLimits, "giftText" | "giftSource"> }) {
  const router = useRouter();
  const [gift, setGift] = useState("");
  const [source, setSource] = useState("");
  const { pending, error, fieldErrors: errors, send } = useRequest();
  const [imported, setImported] = useState<GiftImport | null>(null);
  const notes = imported?.notes ?? [];

  async function readFile(file: File | undefined) {
    if (file) setGift(await file.text());
  }

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    setImported(null);
    const body = { gift, ...(source.trim() ? { source } : {}) };
    const done = await send(() => api<GiftImport>(`/api/v1/classes/${classId}/questions`, { method: "POST", body }));
    if (!done) return;
    setImported(done.answer);
    setGift("");
    router.refresh();
  }

  return (
    <form className="card stack" onSubmit={submit} noValidate aria-labelledby="import-title">
      <h2 id="import-title">Import questions (Moodle GIFT)</h2>
      <p className="small muted">
        Multiple choice (<code>=right ~wrong</code>, partial credit like <code>~%50%half right</code>), multiple answer (
        <code>~%50%right ~%-100%wrong</code>) and true/false (<code>{"{TRUE}"}</code>), with <code>::title::</code>, <code>#feedback</code>{" "}
        and <code>####general feedback</code>. <code>[html]</code> and <code>[markdown]</code> text keep their bold, italics, code, lists
        and links. A <code>{"// source: …"}</code> comment right above a question gives its source; descriptions and short-answer questions
        are skipped with a note.
      </p>
      <ErrorAlert message={error} />
      {imported ? (
        <FormMessage
          state={{
            ok: true,
            message: `Imported ${imported.imported} question${imported.imported === 1 ? "" : "s"}. Pick them in a new assignment's hand-pick list.`,
          }}
        />
      ) : null}
      {notes.length > 0 ? (
        <div className="alert alert-info small" role="status">
          <p style={{ marginBottom: "0.3rem" }}>
            Not imported ({notes.length} item{notes.length === 1 ? "" : "s"}; everything else was):
          </p>
          <ul style={{ margin: 0 }}>
            {notes.map((note) => (
              <li key={note.line}>{note.message}</li>
            ))}
          </ul>
        </div>
      ) : null}
      <Field id="gift-file" label="GIFT file">
        {(control) => (
          <input {...control} type="file" accept=".gift,.txt,text/plain" onChange={(e) => void readFile(e.target.files?.[0])} />
        )}
      </Field>
      <div className="field">
        <label htmlFor="gift-text">GIFT text</label>
        <textarea
          id="gift-text"
          rows={10}
          value={gift}
          maxLength={limits.giftText}
          onChange={(e) => setGift(e.target.value)}
          placeholder={EXAMPLE}
          style={{ fontFamily: "var(--mono)", fontSize: "0.85rem" }}
          aria-invalid={errors.gift ? true : undefined}
          aria-describedby={errors.gift ? "gift-text-hint gift-text-error" : "gift-text-hint"}
        />
        <p className={`field-hint${gift.length > limits.giftText ? " field-error" : ""}`} id="gift-text-hint">
          Up to {limits.giftText.toLocaleString("en")} characters ({gift.length.toLocaleString("en")} now).
        </p>
        {errors.gift ? (
          <p className="field-error" id="gift-text-error">
            {errors.gift.join(" ")}
          </p>
        ) : null}
      </div>
      <Field
        id="gift-source"
        label="Source for questions without one"
        hint={`Every question shows students where its answer comes from. Up to ${limits.giftSource} characters.`}
        errors={errors.source}
      >
        {(control) => (
          <input
            {...control}
            value={source}
            maxLength={limits.giftSource}
            onChange={(e) => setSource(e.target.value)}
            placeholder="e.g. Course reader, chapter 4"
          />
        )}
      </Field>
      <div>
        <button type="submit" className="button" disabled={pending !== null || gift.trim() === ""}>
          {pending ? "Importing…" : "Import"}
        </button>
      </div>
    </form>
  );
}
