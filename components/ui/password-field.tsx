import { Field } from "@/components/ui/field";

/**
 * A required password field named like its id: `current` for one the user already has (signing in,
 * confirming), `new` for one they choose, which the browser may offer to generate. The lengths are
 * the server's limits, given here so a browser says so first.
 */
export function PasswordField({
  id,
  label,
  hint,
  errors,
  purpose,
  minLength,
  maxLength,
}: {
  id: string;
  label: string;
  hint?: string;
  errors?: string[];
  purpose: "current" | "new";
  minLength?: number;
  maxLength?: number;
}) {
  return (
    <Field id={id} label={label} hint={hint} errors={errors}>
      {(control) => (
        <input
          {...control}
          name={id}
          type="password"
          autoComplete={`${purpose}-password`}
          minLength={minLength}
          maxLength={maxLength}
          required
        />
      )}
    </Field>
  );
}
