import { useRouter } from "next/navigation";
import { startTransition, useActionState } from "react";

/**
 * An onSubmit that hands the form to a useActionState action by hand. A form `action` would
 * reset every field afterwards, losing what the user typed when the server refuses a value. The
 * button that submitted is included, as a native submit would.
 */
export function submitKeepingValues(formAction: (form: FormData) => void) {
  return (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const submitter = (event.nativeEvent as SubmitEvent).submitter as HTMLButtonElement | null;
    if (submitter?.name) form.set(submitter.name, submitter.value);
    startTransition(() => formAction(form));
  };
}

/** The result of the last submission: a status when saved, an alert when refused. */
export function FormMessage({ state }: { state: { ok: boolean; message?: string } }) {
  if (!state.message) return null;
  return (
    <p className={`alert ${state.ok ? "alert-info" : "alert-error"}`} role={state.ok ? "status" : "alert"}>
      {state.message}
    </p>
  );
}

/** What a form's request answered: saved (with a message), or refused with a message and field errors. */
export type FormState = { ok: boolean; message?: string; fieldErrors?: Record<string, string[]> };

/**
 * A form's submission state around `send` (which calls the JSON API and never throws): pending
 * while it runs, its answer after, and the page's server data refreshed when it succeeded.
 */
export function useFormRequest(send: (form: FormData) => Promise<FormState>) {
  const router = useRouter();
  return useActionState(
    async (_previous: FormState, form: FormData) => {
      const result = await send(form);
      if (result.ok) router.refresh();
      return result;
    },
    { ok: false },
  );
}
