"use client";

import { useState } from "react";
import { api, errorMessage, fieldErrorsOf } from "@/components/api-client";
import { describedField, FieldError } from "@/components/ui/field-errors";
import { FormMessage, submitKeepingValues, useFormRequest, type FormState } from "@/components/ui/form-submit";


interface Settings {
  desiredRetention: number;
  newPerDay: number;
  reviewsPerDay: number;
  learningSteps: string[];
  relearningSteps: string[];
  timeZone: string;
  dayStartsAtHour: number;
  scope: { models?: string[]; services?: string[]; topics?: string[] };
}

/** PUT /api/v1/me/settings with the form's values as typed; the server validates and says what is wrong. */
async function saveSettings(form: FormData): Promise<FormState> {
  try {
    await api("/api/v1/me/settings", {
      method: "PUT",
      body: {
        desiredRetention: form.get("desiredRetention"),
        newPerDay: form.get("newPerDay"),
        reviewsPerDay: form.get("reviewsPerDay"),
        learningSteps: form.get("learningSteps") ?? "",
        relearningSteps: form.get("relearningSteps") ?? "",
        timeZone: form.get("timeZone") ?? "",
        dayStartsAtHour: form.get("dayStartsAtHour"),
        models: form.getAll("models"),
        services: form.getAll("services"),
        topics: form.getAll("topics"),
      },
    });
    return { ok: true, message: "Settings saved. They apply from your next card." };
  } catch (failure) {
    return { ok: false, message: errorMessage(failure), fieldErrors: fieldErrorsOf(failure) };
  }
}

function Field({ name, label, hint, errors, children }: { name: string; label: string; hint: string; errors?: string[]; children: React.ReactNode }) {
  return (
    <div className="field">
      <label htmlFor={name}>{label}</label>
      {children}
      <p className="field-hint" id={`${name}-hint`}>
        {hint}
      </p>
      <FieldError errors={{ [name]: errors }} name={name} />
    </div>
  );
}

export function SettingsForm({
  settings,
  timeZones,
  services,
  topics,
  stepsMax,
}: {
  settings: Settings;
  /** The longest list of steps the server accepts, in characters. */
  stepsMax: number;
  timeZones: string[];
  services: { id: string; name: string }[];
  topics: string[];
}) {
  const [state, formAction, pending] = useFormRequest(saveSettings);
  const [timeZone, setTimeZone] = useState(settings.timeZone);
  const errors = state.fieldErrors ?? {};
  const described = (name: string) => describedField(errors, name);
  const browserZone = typeof Intl !== "undefined" ? Intl.DateTimeFormat().resolvedOptions().timeZone : "UTC";
  return (
    <form
      className="stack"
      noValidate
      onSubmit={submitKeepingValues(formAction)}
    >
      <FormMessage state={state} />
      <section className="card stack">
        <h2>Scheduling</h2>
        <Field name="desiredRetention" label="Desired retention" hint="How likely you want to be to remember a card when it comes due: higher means more reviews." errors={errors.desiredRetention}>
          <input {...described("desiredRetention")} type="number" step="0.01" min="0.7" max="0.97" defaultValue={settings.desiredRetention} />
        </Field>
        <Field name="newPerDay" label="New cards per day" hint="How many cards you meet for the first time each day." errors={errors.newPerDay}>
          <input {...described("newPerDay")} type="number" min="0" max="500" defaultValue={settings.newPerDay} />
        </Field>
        <Field name="reviewsPerDay" label="Reviews per day" hint="A cap on reviews a day; the rest wait until tomorrow." errors={errors.reviewsPerDay}>
          <input {...described("reviewsPerDay")} type="number" min="0" max="5000" defaultValue={settings.reviewsPerDay} />
        </Field>
        <Field name="learningSteps" label="Learning steps" hint={`Delays before a new card graduates, like 1m 10m: up to 10 steps, ${stepsMax} characters.`} errors={errors.learningSteps}>
          <input {...described("learningSteps")} maxLength={stepsMax} defaultValue={settings.learningSteps.join(" ")} />
        </Field>
        <Field name="relearningSteps" label="Relearning steps" hint={`Delays after you forget a card, before it returns to normal reviews: up to 10 steps, ${stepsMax} characters.`} errors={errors.relearningSteps}>
          <input {...described("relearningSteps")} maxLength={stepsMax} defaultValue={settings.relearningSteps.join(" ")} />
        </Field>
        <Field name="timeZone" label="Time zone" hint="Daily limits and streaks follow your own day, not UTC." errors={errors.timeZone}>
          <select {...described("timeZone")} value={timeZone} onChange={(e) => setTimeZone(e.target.value)}>
            {timeZones.map((zone) => (
              <option key={zone}>{zone}</option>
            ))}
          </select>
        </Field>
        {browserZone !== timeZone && timeZones.includes(browserZone) ? (
          <button type="button" className="button button-quiet" onClick={() => setTimeZone(browserZone)}>
            Use this device&apos;s time zone ({browserZone})
          </button>
        ) : null}
        <Field name="dayStartsAtHour" label="Day starts at (hour)" hint="When a new day begins for your limits: 4 means 04:00, so late-night study counts as the evening before." errors={errors.dayStartsAtHour}>
          <input {...described("dayStartsAtHour")} type="number" min="0" max="23" defaultValue={settings.dayStartsAtHour} />
        </Field>
      </section>
      <section className="card stack">
        <h2>What to practise</h2>
        <p className="muted small">Leave everything unticked to practise the whole bank.</p>
        <fieldset className="field">
          <legend>Models</legend>
          <div className="choice-row">
            {["infrastructure", "container", "abstract", "all"].map((model) => (
              <label key={model}>
                <input type="checkbox" name="models" value={model} defaultChecked={settings.scope.models?.includes(model)} />
                {model === "all" ? "Every model" : model}
              </label>
            ))}
          </div>
        </fieldset>
        <fieldset className="field">
          <legend>Topics</legend>
          <div className="choice-row">
            {topics.map((topic) => (
              <label key={topic}>
                <input type="checkbox" name="topics" value={topic} defaultChecked={settings.scope.topics?.includes(topic)} />
                {topic}
              </label>
            ))}
          </div>
        </fieldset>
        <div className="field">
          <label htmlFor="services">Services</label>
          <select id="services" name="services" multiple size={8} defaultValue={settings.scope.services ?? []} aria-describedby="services-hint">
            {services.map((service) => (
              <option key={service.id} value={service.id}>
                {service.name}
              </option>
            ))}
          </select>
          <p className="field-hint" id="services-hint">
            Hold Ctrl (or ⌘) to pick several.
          </p>
        </div>
      </section>
      <button type="submit" className="button" disabled={pending}>
        {pending ? "Saving…" : "Save settings"}
      </button>
    </form>
  );
}
