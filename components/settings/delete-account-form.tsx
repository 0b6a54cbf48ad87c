"use client";

import { useRouter } from "next/navigation";
import { useActionState, useState } from "react";
import { api, errorMessage, fieldErrorsOf } from "@/components/api-client";
import { Field } from "@/components/ui/field";
import { FieldError } from "@/components/ui/field-errors";
import { PasswordField } from "@/components/ui/password-field";
import { FormMessage, submitKeepingValues, type FormState } from "@/components/ui/form-submit";
import type { DeletedAccount } from "@/server/accounts/types";

type ClassChoice = "hand-over" | "delete";

/** DELETE /api/v1/me; never throws. */
async function deleteAccount(form: FormData): Promise<FormState> {
  const choice = form.get("classes") as ClassChoice | null;
  try {
    await api<DeletedAccount>("/api/v1/me", {
      method: "DELETE",
      body: {
        password: form.get("password") ?? "",
        ...(choice === "hand-over" ? { handOverTo: form.get("handOverTo") ?? "" } : {}),
        ...(choice === "delete" ? { deleteClasses: true } : {}),
      },
    });
    return { ok: true, message: "Your account was deleted." };
  } catch (failure) {
    return { ok: false, message: errorMessage(failure), fieldErrors: fieldErrorsOf(failure) };
  }
}

/** Deleting the account, with the password again; an instructor says what happens to their classes first. */
export function DeleteAccountForm({ classNames }: { classNames: string[] }) {
  const router = useRouter();
  // On success the session cookie is gone: off to sign-in, which says the account was deleted.
  const [state, formAction, pending] = useActionState(
    async (_previous: FormState, form: FormData) => {
      const result = await deleteAccount(form);
      if (result.ok) router.replace("/login?deleted=1");
      return result;
    },
    { ok: false },
  );
  const [choice, setChoice] = useState<ClassChoice>("hand-over");
  const errors = state.fieldErrors ?? {};
  const teaches = classNames.length > 0;
  return (
    <section className="card stack danger-zone" aria-labelledby="delete-account">
      <h2 id="delete-account">Delete your account</h2>
      <p>
        This deletes your account and everything in it for good: your cards, every review, your settings, your mock exams, your class
        memberships and your assignment answers. Download your data first if you want to keep it.
      </p>
      <form className="stack" noValidate onSubmit={submitKeepingValues(formAction)}>
        <FormMessage state={state} />
        {teaches ? (
          <fieldset className="field" aria-describedby="classes-hint">
            <legend>Your classes</legend>
            <p className="field-hint" id="classes-hint">
              You teach {classNames.length === 1 ? "one class" : `${classNames.length} classes`}: {classNames.join(", ")}.
            </p>
            <div className="choice-row">
              <label>
                <input
                  type="radio"
                  name="classes"
                  value="hand-over"
                  checked={choice === "hand-over"}
                  onChange={() => setChoice("hand-over")}
                />
                Hand them over to another instructor, with their students, assignments and results
              </label>
              <label>
                <input type="radio" name="classes" value="delete" checked={choice === "delete"} onChange={() => setChoice("delete")} />
                Delete them
              </label>
            </div>
            {choice === "hand-over" ? (
              <Field
                id="handOverTo"
                label="The other instructor's email"
                hint="They must already have an instructor account on Demarc."
                errors={errors.handOverTo}
              >
                {(control) => <input {...control} name="handOverTo" type="email" autoComplete="off" />}
              </Field>
            ) : (
              <p className="alert alert-error" role="note">
                Deleting your classes also deletes their assignments, their imported questions and{" "}
                <strong>every student&apos;s attempts and answers</strong>. Students keep their own accounts and practice history.
              </p>
            )}
            {choice === "delete" ? <FieldError errors={errors} name="handOverTo" /> : null}
          </fieldset>
        ) : null}
        <PasswordField id="password" label="Your password" hint="To confirm it is you." errors={errors.password} purpose="current" />
        <div>
          <button type="submit" className="button button-danger" disabled={pending}>
            {pending ? "Deleting…" : "Delete my account for good"}
          </button>
        </div>
      </form>
    </section>
  );
}
