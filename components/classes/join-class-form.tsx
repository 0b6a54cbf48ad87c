"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { api, errorMessage, fieldErrorsOf } from "@/components/api-client";
import type { JoinedClass } from "@/server/classes/types";

/** A student joins a class with the code their instructor gave them. */
export function JoinClassForm({
  initialCode = "",
  headingLevel = 2,
  title = "Join a class",
}: {
  initialCode?: string;
  headingLevel?: 2 | 3;
  title?: string;
}) {
  const router = useRouter();
  const [code, setCode] = useState(initialCode);
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const Heading = `h${headingLevel}` as const;

  async function join(event: React.FormEvent) {
    event.preventDefault();
    setPending(true);
    setError(null);
    try {
      const joined = await api<JoinedClass>("/api/v1/classes/join", { method: "POST", body: { code } });
      router.push(`/assignments?joined=${encodeURIComponent(joined.classId)}`);
      router.refresh();
    } catch (failure) {
      setPending(false);
      setError(fieldErrorsOf(failure).code?.join(" ") ?? errorMessage(failure));
    }
  }

  return (
    <form className="card stack" onSubmit={join} noValidate aria-labelledby="join-title">
      <Heading id="join-title" style={{ marginBottom: 0 }}>
        {title}
      </Heading>
      <div className="field">
        <label htmlFor="join-code">Join code</label>
        <input
          id="join-code"
          name="code"
          value={code}
          onChange={(e) => setCode(e.target.value.toUpperCase())}
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          maxLength={20}
          placeholder="e.g. K7QM4TXP"
          style={{ fontFamily: "var(--mono)", letterSpacing: "0.12em" }}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? "join-code-hint join-code-error" : "join-code-hint"}
        />
        <p className="field-hint" id="join-code-hint">
          8 letters and digits from your instructor. Spaces and dashes are fine.
        </p>
        {error ? (
          <p className="field-error" id="join-code-error" role="alert">
            {error}
          </p>
        ) : null}
      </div>
      <div>
        <button type="submit" className="button" disabled={pending || code.trim() === ""}>
          {pending ? "Joining…" : "Join class"}
        </button>
      </div>
    </form>
  );
}
