"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { api } from "@/components/api-client";
import { useRequest } from "@/components/ui/use-request";
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
  const request = useRequest();
  // The server names what is wrong with a code as a field error; anything else is its message.
  const error = request.fieldErrors.code?.join(" ") ?? request.error;
  const Heading = `h${headingLevel}` as const;

  async function join(event: React.FormEvent) {
    event.preventDefault();
    const joined = await request.send(() => api<JoinedClass>("/api/v1/classes/join", { method: "POST", body: { code } }), {
      leaving: true,
    });
    if (!joined) return;
    router.push(`/assignments?joined=${encodeURIComponent(joined.answer.classId)}`);
    router.refresh();
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
        <button type="submit" className="button" disabled={request.pending !== null || code.trim() === ""}>
          {request.pending ? "Joining…" : "Join class"}
        </button>
      </div>
    </form>
  );
}
