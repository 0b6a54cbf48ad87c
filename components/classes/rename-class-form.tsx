"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { api, errorMessage, fieldErrorsOf } from "@/components/api-client";
import { CharacterCount } from "@/components/ui/character-count";

/** The longest class name the server takes (createClassSchema). */
const CLASS_NAME_MAX = 80;

/** Renames a class; students see the new name at once. */
export function RenameClassForm({ classId, name: savedName }: { classId: string; name: string }) {
  const router = useRouter();
  const [name, setName] = useState(savedName);
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);
  const [pending, setPending] = useState(false);

  async function rename(event: React.FormEvent) {
    event.preventDefault();
    setPending(true);
    setStatus(null);
    try {
      await api(`/api/v1/classes/${classId}`, { method: "PATCH", body: { name } });
      setStatus({ ok: true, text: "Renamed." });
      router.refresh();
    } catch (failure) {
      setStatus({ ok: false, text: fieldErrorsOf(failure).name?.join(" ") ?? errorMessage(failure) });
    } finally {
      setPending(false);
    }
  }

  return (
    <form className="stack" onSubmit={rename} noValidate>
      <div className="field">
        <label htmlFor="rename-class">Class name</label>
        <input
          id="rename-class"
          value={name}
          onChange={(e) => setName(e.target.value)}
          aria-invalid={status && !status.ok ? true : undefined}
          aria-describedby={status && !status.ok ? "rename-class-count rename-class-error" : "rename-class-count"}
        />
        <CharacterCount id="rename-class-count" length={name.length} max={CLASS_NAME_MAX} />
        {status && !status.ok ? (
          <p className="field-error" id="rename-class-error">
            {status.text}
          </p>
        ) : null}
      </div>
      <div>
        <button type="submit" className="button button-secondary" disabled={pending}>
          {pending ? "Renaming…" : "Rename class"}
        </button>
      </div>
      {status?.ok ? (
        <p className="small muted" role="status">
          {status.text}
        </p>
      ) : null}
    </form>
  );
}
