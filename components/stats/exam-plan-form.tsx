"use client";

import { api, errorMessage, fieldErrorsOf } from "@/components/api-client";
import { describedField, FieldError } from "@/components/ui/field-errors";
import { FormMessage, submitKeepingValues, useFormRequest, type FormState } from "@/components/ui/form-submit";
import styles from "./stats.module.css";

/** Save (PUT) or clear (DELETE) the plan through /api/v1/me/exam-plan, as the pressed button says. */
async function sendPlan(form: FormData): Promise<FormState> {
  try {
    if (form.get("intent") === "clear") {
      await api("/api/v1/me/exam-plan", { method: "DELETE" });
      return { ok: true, message: "Exam date removed; practice is back to your everyday schedule." };
    }
    const { cramMode } = await api<{ cramMode: boolean }>("/api/v1/me/exam-plan", {
      method: "PUT",
      body: {
        examDate: form.get("examDate") ?? "",
        examBlueprint: form.get("examBlueprint") ?? "",
        cramMode: form.get("cramMode") === "on",
      },
    });
    return { ok: true, message: cramMode ? "Plan saved. Practice now crams toward your exam date." : "Plan saved." };
  } catch (failure) {
    return { ok: false, message: errorMessage(failure), fieldErrors: fieldErrorsOf(failure) };
  }
}

interface Plan {
  examDate: string | null;
  examBlueprint: string | null;
  cramMode: boolean;
}

/** Target exam date, format and the cram switch, with a message beside each refused field. */
export function ExamPlanForm({
  plan,
  today,
  blueprints,
  cramTarget,
}: {
  plan: Plan;
  today: string;
  blueprints: { id: string; title: string; description: string }[];
  cramTarget: string;
}) {
  const [state, formAction, pending] = useFormRequest(sendPlan);
  const errors = state.fieldErrors ?? {};
  const described = (name: string) => describedField(errors, name);
  const error = (name: string) => <FieldError errors={errors} name={name} />;
  return (
    <form className="stack" noValidate onSubmit={submitKeepingValues(formAction)}>
      <FormMessage state={state} />
      <div className="field">
        <label htmlFor="examDate">Exam date</label>
        <input {...described("examDate")} type="date" min={today} defaultValue={plan.examDate ?? ""} />
        <p className="field-hint" id="examDate-hint">
          The day you sit the exam, in your own time zone.
        </p>
        {error("examDate")}
      </div>
      <div className="field">
        <label htmlFor="examBlueprint">Exam format</label>
        <select {...described("examBlueprint")} defaultValue={plan.examBlueprint ?? "cloud-practitioner"}>
          {blueprints.map((b) => (
            <option key={b.id} value={b.id}>
              {b.title}
            </option>
          ))}
        </select>
        <p className="field-hint" id="examBlueprint-hint">
          Sets the pass mark shown with your mock-exam trend. Take mock exams in this format from Exams.
        </p>
        {error("examBlueprint")}
      </div>
      <div className="field">
        <label className={styles.checkbox}>
          <input type="checkbox" name="cramMode" defaultChecked={plan.cramMode} aria-describedby="cramMode-hint" />
          Cram toward the exam date
        </label>
        <p className="field-hint" id="cramMode-hint">
          Practice schedules any card whose recall on the exam morning would be under {cramTarget} for {cramTarget} instead of your everyday
          desired retention, so it comes back sooner. Cards already safe for the day keep their schedule. Off after the exam.
        </p>
        {error("cramMode")}
      </div>
      <div className={styles.actions}>
        <button type="submit" className="button" name="intent" value="save" disabled={pending}>
          {pending ? "Saving…" : "Save plan"}
        </button>
        {plan.examDate ? (
          <button type="submit" className="button button-quiet" name="intent" value="clear" disabled={pending}>
            Remove exam date
          </button>
        ) : null}
      </div>
    </form>
  );
}
