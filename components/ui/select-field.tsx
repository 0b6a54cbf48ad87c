import { Field } from "@/components/ui/field";

/** One option of a SelectField: the value sent and the words shown. */
export type SelectOption = { value: string; label: string };

/** A labelled select (a Field) with its options; every other select attribute goes to the control. */
export function SelectField({
  id,
  label,
  hint,
  errors,
  options,
  ...select
}: {
  id: string;
  label: string;
  hint?: string;
  errors?: string[];
  options: readonly SelectOption[];
} & Omit<React.SelectHTMLAttributes<HTMLSelectElement>, "id" | "children">) {
  return (
    <Field id={id} label={label} hint={hint} errors={errors}>
      {(control) => (
        <select {...control} {...select}>
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
