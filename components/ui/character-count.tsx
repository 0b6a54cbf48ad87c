/**
 * Characters typed against the limit, under a text field: pasted text is never cut, so a learner
 * sees how far over they are and shortens it themselves (the server refuses what is too long).
 */
export function CharacterCount({ id, length, max }: { id: string; length: number; max: number }) {
  const over = length - max;
  return (
    <p id={id} className={over > 0 ? "field-error" : "field-hint"} aria-live="polite">
      {length} of {max} characters{over > 0 ? ` — ${over} too many: shorten it to save` : ""}
    </p>
  );
}
