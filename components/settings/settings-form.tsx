"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { api, errorMessage, fieldErrorsOf } from "@/components/api-client";
import { useDeviceTimeZone } from "@/components/ui/device-time-zone";
import { Field } from "@/components/ui/field";
import { FieldError, type FieldErrors } from "@/components/ui/field-errors";
import { SelectField } from "@/components/ui/select-field";
import { useRequest } from "@/components/ui/use-request";
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

/** A scheduling setting typed into a box: its name (also the control's id), label, hint and input attributes. */
type TypedSetting = { name: (typeof TEXTS)[number]; label: string; hint: string; input: React.InputHTMLAttributes<HTMLInputElement> };

/** The limits and steps, in the order the form shows them, before the time zone. */
function limitsAndSteps(settings: Settings, stepsMax: number): TypedSetting[] {
  const stepLimits = `up to 10 steps, ${stepsMax} characters.`;
  return [
    {
      name: "desiredRetention",
      label: "Desired retention",
      hint: "How likely you want to be to remember a card when it comes due: higher means more reviews.",
      input: { type: "number", step: "0.01", min: "0.7", max: "0.97", defaultValue: settings.desiredRetention },
    },
    {
      name: "newPerDay",
      label: "New cards per day",
      hint: "How many cards you meet for the first time each day.",
      input: { type: "number", min: "0", max: "500", defaultValue: settings.newPerDay },
    },
    {
      name: "reviewsPerDay",
      label: "Reviews per day",
      hint: "A cap on reviews a day; the rest wait until tomorrow.",
      input: { type: "number", min: "0", max: "5000", defaultValue: settings.reviewsPerDay },
    },
    {
      name: "learningSteps",
      label: "Learning steps",
      hint: `Delays before a new card graduates, like 1m 10m: ${stepLimits}`,
      input: { maxLength: stepsMax, defaultValue: settings.learningSteps.join(" ") },
    },
    {
      name: "relearningSteps",
      label: "Relearning steps",
      hint: `Delays after you forget a card, before it returns to normal reviews: ${stepLimits}`,
      input: { maxLength: stepsMax, defaultValue: settings.relearningSteps.join(" ") },
    },
  ];
}

/** When the learner's day starts, shown after the time zone it is counted in. */
const dayStartsAtHour = (settings: Settings): TypedSetting => ({
  name: "dayStartsAtHour",
  label: "Day starts at (hour)",
  hint: "When a new day begins for your limits: 4 means 04:00, so late-night study counts as the evening before.",
  input: { type: "number", min: "0", max: "23", defaultValue: settings.dayStartsAtHour },
});

/** One typed setting as a field, named so the form sends it. */
function TypedSettingField({ setting, errors }: { setting: TypedSetting; errors: FieldErrors }) {
  return (
    <Field id={setting.name} label={setting.label} hint={setting.hint} errors={errors[setting.name]}>
      {(control) => <input {...control} name={setting.name} {...setting.input} />}
    </Field>
  );
}

/** When this device's zone differs from the account's: say so, and switch with one click. */
function DeviceZoneOffer({ accountZone, onSwitched }: { accountZone: string; onSwitched: (zone: string) => void }) {
  const deviceZone = useDeviceTimeZone();
  const { pending, error, send } = useRequest();
  if (!deviceZone || deviceZone === accountZone) return null;
  async function switchToDeviceZone() {
    if (await send(() => api("/api/v1/me/settings", { method: "PATCH", body: { timeZone: deviceZone } }))) onSwitched(deviceZone!);
  }
  return (
    <div className="alert alert-info stack" role="region" aria-label="This device's time zone">
      <p style={{ margin: 0 }}>
        This device is set to <strong>{deviceZone}</strong>, but your days follow <strong>{accountZone}</strong>.
      </p>
      <p style={{ margin: 0 }}>
        <button type="button" className="button button-quiet" onClick={() => void switchToDeviceZone()} disabled={pending !== null}>
          {pending ? "Switching…" : `Use ${deviceZone}`}
        </button>
      </p>
      {error ? (
        <p className="field-error" role="alert">
          {error}
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
  const chosenServices = settings.scope.services?.length ?? 0;
  return (
    <form className="stack" noValidate onSubmit={submitKeepingValues(formAction)}>
      <FormMessage state={state} />
      <section className="card stack">
        <h2>Scheduling</h2>
        {limitsAndSteps(settings, stepsMax).map((setting) => (
          <TypedSettingField key={setting.name} setting={setting} errors={errors} />
        ))}
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
        <SelectField
          id="timeZone"
          name="timeZone"
          label="Time zone"
          hint="Daily limits and streaks follow your own day, not UTC."
          errors={errors.timeZone}
          options={zones.map((zone) => ({ value: zone, label: zone }))}
          value={timeZone}
          onChange={(e) => setTimeZone(e.target.value)}
        />
        <TypedSettingField setting={dayStartsAtHour(settings)} errors={errors} />
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
