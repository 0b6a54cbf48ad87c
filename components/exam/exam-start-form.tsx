"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { api } from "@/components/api-client";
import { Field } from "@/components/ui/field";
import { ErrorAlert } from "@/components/ui/error-alert";
import { useRequest } from "@/components/ui/use-request";
import type { RunningExam } from "@/server/exams/types";
import { RadioGroup } from "@/components/ui/radio-group";

/** The 100–1000 scale the report uses (the server's scaledPassMark): 70% right is 730. */
const scaledPassMark = (percent: number) => Math.round(100 + 9 * percent);

interface Blueprint {
  id: string;
  title: string;
  description: string;
}

export function ExamStartForm({
  blueprints,
  topics,
  services,
}: {
  blueprints: Blueprint[];
  topics: string[];
  services: { id: string; name: string }[];
}) {
  const router = useRouter();
  const [blueprint, setBlueprint] = useState(blueprints[0].id);
  const { pending, error, fieldErrors, send } = useRequest();
  const [passMark, setPassMark] = useState("70");

  async function start(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    // As typed: an emptied field is sent empty, and the server says what it needs.
    const typed = (name: string) => String(form.get(name) ?? "");
    const options =
      blueprint === "custom"
        ? {
            count: typed("count"),
            minutes: typed("minutes"),
            passMark: typed("passMark"),
            models: form.getAll("models").map(String),
            topics: form.getAll("topics").map(String),
            services: form.getAll("services").map(String),
          }
        : undefined;
    const exam = await send(() => api<RunningExam>("/api/v1/exams", { method: "POST", body: { blueprint, options } }), { leaving: true });
    if (exam) router.push(`/exams/${exam.answer.attemptId}`);
  }

  const field = (name: string, label: string, props: React.InputHTMLAttributes<HTMLInputElement>, hint?: string) => (
    <Field id={name} label={label} hint={hint} errors={fieldErrors[`options.${name}`]}>
      {(control) => <input {...control} name={name} type="number" {...props} />}
    </Field>
  );

  return (
    <form className="card stack" onSubmit={start} noValidate>
      <h2>Start a mock exam</h2>
      <ErrorAlert message={error} />
      <RadioGroup
        legend="Format"
        name="blueprint"
        value={blueprint}
        choices={blueprints.map((b) => ({ value: b.id, label: b.title, hint: b.description }))}
        onChange={setBlueprint}
      />
      {blueprint === "custom" ? (
        <div className="stack">
          <div className="grid">
            {field("count", "Questions (5–100)", { min: 5, max: 100, defaultValue: 20 })}
            {field("minutes", "Minutes (5–240)", { min: 5, max: 240, defaultValue: 30 })}
            {field(
              "passMark",
              "Pass mark (% right)",
              { min: 0, max: 100, step: "any", value: passMark, onChange: (event) => setPassMark(event.target.value) },
              passMark.trim() !== "" && Number(passMark) >= 0 && Number(passMark) <= 100
                ? `${passMark}% right is a scaled score of ${scaledPassMark(Number(passMark))} (of 100–1000); the report gives both.`
                : "The share of questions to get right; the report also gives it as a scaled score (100–1000).",
            )}
          </div>
          <fieldset className="field">
            <legend>Models (none ticked: all)</legend>
            <div className="choice-row">
              {["infrastructure", "container", "abstract", "all"].map((m) => (
                <label key={m}>
                  <input type="checkbox" name="models" value={m} /> {m === "all" ? "every model" : m}
                </label>
              ))}
            </div>
          </fieldset>
          <details>
            <summary>Services (none ticked: all)</summary>
            <fieldset className="field">
              <legend className="visually-hidden">Services</legend>
              <div className="choice-row">
                {services.map((service) => (
                  <label key={service.id}>
                    <input type="checkbox" name="services" value={service.id} /> {service.name}
                  </label>
                ))}
              </div>
            </fieldset>
          </details>
          <fieldset className="field">
            <legend>Topics (none ticked: all)</legend>
            <div className="choice-row">
              {topics.map((t) => (
                <label key={t}>
                  <input type="checkbox" name="topics" value={t} /> {t}
                </label>
              ))}
            </div>
          </fieldset>
        </div>
      ) : null}
      <p className="small muted">The clock starts when you press Start and keeps running if you close the page; answers save as you go.</p>
      <button type="submit" className="button" disabled={pending !== null}>
        {pending ? "Starting…" : "Start exam"}
      </button>
    </form>
  );
}
