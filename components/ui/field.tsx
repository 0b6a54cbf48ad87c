import { CharacterCount } from "@/components/ui/character-count";

/** What a field's control needs: its id and the aria wiring to its hint, counter and error. */
export type FieldControlProps = { id: string; "aria-describedby"?: string; "aria-invalid"?: true };

/**
 * A labelled form field: the control (rendered by `children` with the props it needs), then its
 * character counter, hint and error, each tied to the control for screen readers.
 */
export function Field({
  id,
  label,
  hint,
  errors,
  count,
  children,
}: {
  id: string;
  label: string;
  hint?: string;
  errors?: string[];
  /** A text field's length and limit: a counter instead of a silent cut. */
  count?: { length: number; max: number };
  children: (control: FieldControlProps) => React.ReactNode;
}) {
  const describedBy = [hint ? `${id}-hint` : null, count ? `${id}-count` : null, errors?.length ? `${id}-error` : null]
    .filter(Boolean)
    .join(" ");
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {children({
        id,
        ...(describedBy ? { "aria-describedby": describedBy } : {}),
        ...(errors?.length ? { "aria-invalid": true as const } : {}),
      })}
      {count ? <CharacterCount id={`${id}-count`} length={count.length} max={count.max} /> : null}
      {hint ? (
        <p className="field-hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      {errors?.length ? (
        <p className="field-error" id={`${id}-error`}>
          {errors.join(" ")}
        </p>
      ) : null}
    </div>
  );
}
