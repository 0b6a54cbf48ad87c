import { useState } from "react";
import { errorMessage, fieldErrorsOf } from "@/components/api-client";
import type { FieldErrors } from "@/server/errors";

/**
 * The state of the requests a form or button sends through the JSON API, one at a time: which
 * one is pending (`action`, when a form sends more than one kind), and the server's refusal: its
 * message, for an alert, and its field errors. `send` resolves to `{ answer }`, or to `null` when
 * the request was refused (the refusal is then on screen). With `leaving`, the caller goes to
 * another page on success, so the control stays pending until it does.
 */
export function useRequest<Action extends string = "send">() {
  const [pending, setPending] = useState<Action | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});

  async function send<T>(
    request: () => Promise<T>,
    { action = "send" as Action, leaving = false }: { action?: Action; leaving?: boolean } = {},
  ): Promise<{ answer: T } | null> {
    // A new request starts clean, so a refusal said again is announced again.
    setPending(action);
    setError(null);
    setFieldErrors({});
    try {
      const answer = await request();
      if (!leaving) setPending(null);
      return { answer };
    } catch (failure) {
      setPending(null);
      setError(errorMessage(failure));
      setFieldErrors(fieldErrorsOf(failure));
      return null;
    }
  }

  return { pending, error, fieldErrors, send, setError };
}
