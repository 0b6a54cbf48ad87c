/** What a form field needs to show a server's refusal: its ids, aria wiring and the message itself. */
export type FieldErrors = Record<string, string[] | undefined>;

/** id, name, aria-describedby (hint, then the error when there is one) and aria-invalid for a control. */
export function describedField(errors: FieldErrors, name: string) {
  const invalid = Boolean(errors[name]?.length);
  return {
    id: name,
    name,
    "aria-describedby": invalid ? `${name}-hint ${name}-error` : `${name}-hint`,
    "aria-invalid": invalid ? true : undefined,
  };
}

export function FieldError({ errors, name }: { errors: FieldErrors; name: string }) {
  if (!errors[name]?.length) return null;
  return (
    <p className="field-error" id={`${name}-error`}>
      {errors[name]!.join(" ")}
    </p>
  );
}
