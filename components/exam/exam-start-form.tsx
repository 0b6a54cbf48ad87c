"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { api, errorMessage, fieldErrorsOf } from "@/components/api-client";
import type { RunningExam } from "@/server/exams/types";

interface Blueprint {
  id: string;
  title: string;
  description: string;
}

export function ExamStartForm({ blueprints, topics, services }: { blueprints: Blueprint[]; topics: string[]; services: { id: string; name: string }[] }) {
  const router = useRouter();
  const [blueprint, setBlueprint] = useState(blueprints[0].id);
  const [error, setError] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string[]>>({});
  const [pending, setPending] = useState(false);

  async function start(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const number = (name: string) => (form.get(name) === "" || form.get(name) === null ? undefined : Number(form.get(name)));
    const options =
      blueprint === "custom"
        ? {
            count: number("count"),
            minutes: number("minutes"),
            passMark: number("passMark"),
            models: form.getAll("models").map(String),
            topics: form.getAll("topics").map(String),
            services: form.getAll("services").map(String),
          }
        : undefined;
    setPending(true);
    setError(null);
    setFieldErrors({});
    try {
      const exam = await api<RunningExam>("/api/v1/exams", { method: "POST", body: { blueprint, options } });
      router.push(`/exams/${exam.attemptId}`);
    } catch (error) {
      setPending(false);
      setError(errorMessage(error));
      setFieldErrors(fieldErrorsOf(error));
    }
  }

  const errorFor = (name: string) => fieldErrors[`options.${name}`]?.join(" ");
  const field = (name: string, label: string, props: React.InputHTMLAttributes<HTMLInputElement>) => (
    <div className="field">
      <label htmlFor={name}>{label}</label>
      <input id={name} name={name} type="number" aria-invalid={errorFor(name) ? true : undefined} aria-describedby={errorFor(name) ? `${name}-error` : undefined} {...props} />
      {errorFor(name) ? (
        <p className="field-error" id={`${name}-error`}>
          {errorFor(name)}
        </p>
      ) : null}
    </div>
  );

  return (
    <form className="card stack" onSubmit={start} noValidate>
      <h2>Start a mock exam</h2>
      {error ? (
        <p className="alert alert-error" role="alert">
          {error}
        </p>
      ) : null}
      <fieldset className="field">
        <legend>Format</legend>
        <div className="stack">
          {blueprints.map((b) => (
            <label key={b.id} style={{ display: "flex", gap: "0.6rem", alignItems: "flex-start", fontWeight: 400 }}>
              <input type="radio" name="blueprint" value={b.id} checked={blueprint === b.id} onChange={() => setBlueprint(b.id)} style={{ marginTop: "0.35rem" }} />
              <span>
                <strong>{b.title}</strong>
                <br />
                <span className="small muted">{b.description}</span>
              </span>
            </label>
          ))}
        </div>
      </fieldset>
      {blueprint === "custom" ? (
        <div className="stack">
          <div className="grid">
            {field("count", "Questions (5–100)", { min: 5, max: 100, defaultValue: 20 })}
            {field("minutes", "Minutes (5–240)", { min: 5, max: 240, defaultValue: 30 })}
            {field("passMark", "Pass mark (% right)", { min: 0, max: 100, defaultValue: 70 })}
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
          <div className="field">
            <label htmlFor="exam-services">Services (none chosen: all)</label>
            <select id="exam-services" name="services" multiple size={6} aria-describedby="exam-services-hint">
              {services.map((service) => (
                <option key={service.id} value={service.id}>
                  {service.name}
                </option>
              ))}
            </select>
            <p className="field-hint" id="exam-services-hint">
              Hold Ctrl (or ⌘) to pick several.
            </p>
          </div>
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
      <button type="submit" className="button" disabled={pending}>
        {pending ? "Starting…" : "Start exam"}
      </button>
    </form>
  );
}
