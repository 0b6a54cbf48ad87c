/** One choice of a RadioGroup: its value, its name in bold and a line saying what it means. */
export type RadioChoice<T extends string> = { value: T; label: string; hint: string };

/** A labelled group of radio buttons, one per line, each with a hint under its name. */
export function RadioGroup<T extends string>({
  legend,
  name,
  value,
  choices,
  onChange,
}: {
  legend: string;
  name: string;
  value: T;
  choices: readonly RadioChoice<T>[];
  onChange: (value: T) => void;
}) {
  return (
    <fieldset className="field">
      <legend>{legend}</legend>
      <div className="stack">
        {choices.map((choice) => (
          <label key={choice.value} style={{ display: "flex", gap: "0.6rem", alignItems: "flex-start", fontWeight: 400 }}>
            <input
              type="radio"
              name={name}
              value={choice.value}
              checked={value === choice.value}
              onChange={() => onChange(choice.value)}
              style={{ marginTop: "0.35rem" }}
            />
            <span>
              <strong>{choice.label}</strong>
              <br />
              <span className="small muted">{choice.hint}</span>
            </span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
