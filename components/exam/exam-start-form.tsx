"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { api, errorMessage, fieldErrorsOf } from "@/components/api-client";
import type { RunningExam } from "@/server/exams/types";

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
  const [error, setError] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string[]>>({});
  const [pending, setPending] = useState(false);
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
  const field = (name: string, label: string, props: React.InputHTMLAttributes<HTMLInputElement>, hint?: string) => (
    <div className="field">
      <label htmlFor={name}>{label}</label>
      <input
        id={name}
        name={name}
        type="number"
        aria-invalid={errorFor(name) ? true : undefined}
        aria-describedby={[hint ? `${name}-hint` : "", errorFor(name) ? `${name}-error` : ""].filter(Boolean).join(" ") || undefined}
        {...props}
      />
      {hint ? (
        <p className="field-hint" id={`${name}-hint`}>
          {hint}
        </p>
      ) : null}
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
              <input
                type="radio"
                name="blueprint"
                value={b.id}
                checked={blueprint === b.id}
                onChange={() => setBlueprint(b.id)}
                style={{ marginTop: "0.35rem" }}
              />
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
      <button type="submit" className="button" disabled={pending}>
        {pending ? "Starting…" : "Start exam"}
      </button>
    </form>
  );
}
