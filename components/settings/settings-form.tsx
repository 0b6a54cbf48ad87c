"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { api, errorMessage, fieldErrorsOf } from "@/components/api-client";
import { useDeviceTimeZone } from "@/components/ui/device-time-zone";
import { describedField, FieldError } from "@/components/ui/field-errors";
import type { EditableSettings } from "@/server/settings/types";
import { FormMessage, submitKeepingValues, useFormRequest, type FormState } from "@/components/ui/form-submit";

type Settings = EditableSettings;

const LISTS = ["models", "services", "topics"] as const;
const TEXTS = [
  "desiredRetention",
  "newPerDay",
  "reviewsPerDay",
  "learningSteps",
  "relearningSteps",
  "timeZone",
  "dayStartsAtHour",
] as const;

/** The form's values as it would send them, for the settings as saved and for what is on screen. */
function savedValues(settings: Settings): Record<string, string | string[]> {
  return {
    desiredRetention: String(settings.desiredRetention),
    newPerDay: String(settings.newPerDay),
    reviewsPerDay: String(settings.reviewsPerDay),
    learningSteps: settings.learningSteps.join(" "),
    relearningSteps: settings.relearningSteps.join(" "),
    timeZone: settings.timeZone,
    dayStartsAtHour: String(settings.dayStartsAtHour),
    models: settings.scope.models ?? [],
    services: settings.scope.services ?? [],
    topics: settings.scope.topics ?? [],
  };
}

function sameValue(a: string | string[], b: string | string[]) {
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((value) => b.includes(value));
  return a === b;
}

/** Only what the learner changed, so a setting they did not touch is never rewritten. */
function changedValues(form: FormData, saved: Record<string, string | string[]>) {
  const shown: Record<string, string | string[]> = {};
  for (const name of TEXTS) shown[name] = String(form.get(name) ?? "");
  for (const name of LISTS) shown[name] = form.getAll(name).map(String);
  return Object.fromEntries(Object.entries(shown).filter(([name, value]) => !sameValue(value, saved[name])));
}

/** PATCH /api/v1/me/settings with the settings changed, as typed; the server validates and says what is wrong. */
function saveChanges(saved: Record<string, string | string[]>) {
  return async (form: FormData): Promise<FormState> => {
    const changes = changedValues(form, saved);
    if (Object.keys(changes).length === 0) return { ok: true, message: "Nothing to save: no setting was changed." };
    try {
      await api("/api/v1/me/settings", { method: "PATCH", body: changes });
      return { ok: true, message: "Settings saved. They apply from your next card." };
    } catch (failure) {
      return { ok: false, message: errorMessage(failure), fieldErrors: fieldErrorsOf(failure) };
    }
  };
}

function Field({
  name,
  label,
  hint,
  errors,
  children,
}: {
  name: string;
  label: string;
  hint: string;
  errors?: string[];
  children: React.ReactNode;
}) {
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

/** When this device's zone differs from the account's: say so, and switch with one click. */
function DeviceZoneOffer({ accountZone, onSwitched }: { accountZone: string; onSwitched: (zone: string) => void }) {
  const deviceZone = useDeviceTimeZone();
  const [state, setState] = useState<{ pending: boolean; error: string | null }>({ pending: false, error: null });
  if (!deviceZone || deviceZone === accountZone) return null;
  async function switchToDeviceZone() {
    setState({ pending: true, error: null });
    try {
      await api("/api/v1/me/settings", { method: "PATCH", body: { timeZone: deviceZone } });
      setState({ pending: false, error: null });
      onSwitched(deviceZone!);
    } catch (failure) {
      setState({ pending: false, error: errorMessage(failure) });
    }
  }
  return (
    <div className="alert alert-info stack" role="region" aria-label="This device's time zone">
      <p style={{ margin: 0 }}>
        This device is set to <strong>{deviceZone}</strong>, but your days follow <strong>{accountZone}</strong>.
      </p>
      <p style={{ margin: 0 }}>
        <button type="button" className="button button-quiet" onClick={() => void switchToDeviceZone()} disabled={state.pending}>
          {state.pending ? "Switching…" : `Use ${deviceZone}`}
        </button>
      </p>
      {state.error ? (
        <p className="field-error" role="alert">
          {state.error}
        </p>
      ) : null}
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
  const router = useRouter();
  // Compared with the settings as saved (fresh after every save), so an untouched form changes nothing.
  const [state, formAction, pending] = useFormRequest(saveChanges(savedValues(settings)));
  const [timeZone, setTimeZone] = useState(settings.timeZone);
  const [zoneNotice, setZoneNotice] = useState<string | null>(null);
  const zones = timeZones.includes(timeZone) ? timeZones : [timeZone, ...timeZones];
  const errors = state.fieldErrors ?? {};
  const described = (name: string) => describedField(errors, name);
  const chosenServices = settings.scope.services?.length ?? 0;
  return (
    <form className="stack" noValidate onSubmit={submitKeepingValues(formAction)}>
      <FormMessage state={state} />
      <section className="card stack">
        <h2>Scheduling</h2>
        <Field
          name="desiredRetention"
          label="Desired retention"
          hint="How likely you want to be to remember a card when it comes due: higher means more reviews."
          errors={errors.desiredRetention}
        >
          <input
            {...described("desiredRetention")}
            type="number"
            step="0.01"
            min="0.7"
            max="0.97"
            defaultValue={settings.desiredRetention}
          />
        </Field>
        <Field
          name="newPerDay"
          label="New cards per day"
          hint="How many cards you meet for the first time each day."
          errors={errors.newPerDay}
        >
          <input {...described("newPerDay")} type="number" min="0" max="500" defaultValue={settings.newPerDay} />
        </Field>
        <Field
          name="reviewsPerDay"
          label="Reviews per day"
          hint="A cap on reviews a day; the rest wait until tomorrow."
          errors={errors.reviewsPerDay}
        >
          <input {...described("reviewsPerDay")} type="number" min="0" max="5000" defaultValue={settings.reviewsPerDay} />
        </Field>
        <Field
          name="learningSteps"
          label="Learning steps"
          hint={`Delays before a new card graduates, like 1m 10m: up to 10 steps, ${stepsMax} characters.`}
          errors={errors.learningSteps}
        >
          <input {...described("learningSteps")} maxLength={stepsMax} defaultValue={settings.learningSteps.join(" ")} />
        </Field>
        <Field
          name="relearningSteps"
          label="Relearning steps"
          hint={`Delays after you forget a card, before it returns to normal reviews: up to 10 steps, ${stepsMax} characters.`}
          errors={errors.relearningSteps}
        >
          <input {...described("relearningSteps")} maxLength={stepsMax} defaultValue={settings.relearningSteps.join(" ")} />
        </Field>
        <DeviceZoneOffer
          accountZone={settings.timeZone}
          onSwitched={(zone) => {
            setTimeZone(zone);
            setZoneNotice(`Time zone changed to ${zone}: your days now start by this device's clock.`);
            router.refresh();
          }}
        />
        {zoneNotice ? (
          <p className="alert alert-info" role="status">
            {zoneNotice}
          </p>
        ) : null}
        <Field name="timeZone" label="Time zone" hint="Daily limits and streaks follow your own day, not UTC." errors={errors.timeZone}>
          <select {...described("timeZone")} value={timeZone} onChange={(e) => setTimeZone(e.target.value)}>
            {zones.map((zone) => (
              <option key={zone}>{zone}</option>
            ))}
          </select>
        </Field>
        <Field
          name="dayStartsAtHour"
          label="Day starts at (hour)"
          hint="When a new day begins for your limits: 4 means 04:00, so late-night study counts as the evening before."
          errors={errors.dayStartsAtHour}
        >
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
          <FieldError errors={errors} name="models" />
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
          <FieldError errors={errors} name="topics" />
        </fieldset>
        <details open={chosenServices > 0}>
          <summary>Services ({chosenServices ? `${chosenServices} chosen` : "all"})</summary>
          <fieldset className="field">
            <legend className="visually-hidden">Services</legend>
            <div className="choice-row">
              {services.map((service) => (
                <label key={service.id}>
                  <input
                    type="checkbox"
                    name="services"
                    value={service.id}
                    defaultChecked={settings.scope.services?.includes(service.id)}
                  />
                  {service.name}
                </label>
              ))}
            </div>
            <FieldError errors={errors} name="services" />
          </fieldset>
        </details>
      </section>
      <button type="submit" className="button" disabled={pending}>
        {pending ? "Saving…" : "Save settings"}
      </button>
    </form>
  );
}
