"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import type { FieldErrors } from "@/server/errors";
import { api, errorMessage, fieldErrorsOf } from "@/components/api-client";
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
  const [errors, setErrors] = useState<FieldErrors>({});
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [notes, setNotes] = useState<GiftImport["notes"]>([]);
  const [pending, setPending] = useState(false);

  async function readFile(file: File | undefined) {
    if (file) setGift(await file.text());
  }

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    setPending(true);
    setMessage(null);
    setNotes([]);
    let result: GiftImport;
    try {
      result = await api<GiftImport>(`/api/v1/classes/${classId}/questions`, {
        method: "POST",
        body: { gift, ...(source.trim() ? { source } : {}) },
      });
    } catch (failure) {
      setPending(false);
      setErrors(fieldErrorsOf(failure));
      return setMessage({ ok: false, text: errorMessage(failure) });
    }
    setPending(false);
    setErrors({});
    setMessage({
      ok: true,
      text: `Imported ${result.imported} question${result.imported === 1 ? "" : "s"}. Pick them in a new assignment's hand-pick list.`,
    });
    setNotes(result.notes);
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
      {message ? (
        <p className={`alert ${message.ok ? "alert-info" : "alert-error"}`} role={message.ok ? "status" : "alert"}>
          {message.text}
        </p>
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
      <div className="field">
        <label htmlFor="gift-file">GIFT file</label>
        <input id="gift-file" type="file" accept=".gift,.txt,text/plain" onChange={(e) => void readFile(e.target.files?.[0])} />
      </div>
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
      <div className="field">
        <label htmlFor="gift-source">Source for questions without one</label>
        <input
          id="gift-source"
          value={source}
          maxLength={limits.giftSource}
          onChange={(e) => setSource(e.target.value)}
          placeholder="e.g. Course reader, chapter 4"
          aria-invalid={errors.source ? true : undefined}
          aria-describedby={errors.source ? "gift-source-hint gift-source-error" : "gift-source-hint"}
        />
        <p className="field-hint" id="gift-source-hint">
          Every question shows students where its answer comes from. Up to {limits.giftSource} characters.
        </p>
        {errors.source ? (
          <p className="field-error" id="gift-source-error">
            {errors.source.join(" ")}
          </p>
        ) : null}
      </div>
      <div>
        <button type="submit" className="button" disabled={pending || gift.trim() === ""}>
          {pending ? "Importing…" : "Import"}
        </button>
      </div>
    </form>
  );
}
