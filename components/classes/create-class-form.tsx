"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { api, errorMessage, fieldErrorsOf } from "@/components/api-client";
import type { CreatedClass } from "@/server/classes/types";
import type { TextLimits } from "@/server/text-limits";
import { CharacterCount } from "@/components/ui/character-count";

export function CreateClassForm({ limits }: { limits: Pick<TextLimits, "className"> }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const [name, setName] = useState("");

  async function create(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setPending(true);
    setError(null);
    try {
      const created = await api<CreatedClass>("/api/v1/classes", { method: "POST", body: { name } });
      router.push(`/classes/${created.id}`);
    } catch (failure) {
      setPending(false);
      setError(fieldErrorsOf(failure).name?.join(" ") ?? errorMessage(failure));
    }
  }

  return (
    <form className="card stack" onSubmit={create} noValidate aria-labelledby="create-class-title">
      <h2 id="create-class-title">Create a class</h2>
      <div className="field">
        <label htmlFor="class-name">Class name</label>
        <input
          id="class-name"
          name="name"
          required
          value={name}
          onChange={(e) => setName(e.target.value)}
          placeholder="e.g. Cloud Security — spring cohort"
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? "class-name-count class-name-hint class-name-error" : "class-name-count class-name-hint"}
        />
        <CharacterCount id="class-name-count" length={name.length} max={limits.className} />
        <p className="field-hint" id="class-name-hint">
          Students see this name when they join. You get a join code and a link to share.
        </p>
        {error ? (
          <p className="field-error" id="class-name-error">
            {error}
          </p>
        ) : null}
      </div>
      <div>
        <button type="submit" className="button" disabled={pending}>
          {pending ? "Creating…" : "Create class"}
        </button>
      </div>
    </form>
  );
}
