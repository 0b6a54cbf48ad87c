import type { FieldErrors } from "@/server/errors";

/**
 * The one way components call Demarc's JSON API (docs/api.md): JSON in, JSON out typed by the
 * caller with the shapes of server/<feature>/types.ts, and every refusal thrown as an ApiRequestError
 * that carries the server's own message and field errors, for the screen to show.
 */

const UNREACHABLE = "Demarc could not be reached. Check your connection; nothing was lost.";

export class ApiRequestError extends Error {
  constructor(
    /** The HTTP status; 0 when the server could not be reached. */
    readonly status: number,
    message: string,
    readonly code: string | null = null,
    readonly fieldErrors: FieldErrors = {},
  ) {
    super(message);
  }
}

export type Method = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";

export async function api<T>(path: string, options: { method?: Method; body?: unknown; signal?: AbortSignal } = {}): Promise<T> {
  const { method = "GET", body, signal } = options;
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      signal,
      headers: body === undefined ? undefined : { "Content-Type": "application/json" },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new ApiRequestError(0, UNREACHABLE);
  }
  const text = await response.text();
  let json: unknown = null;
  try {
    json = text ? JSON.parse(text) : null;
  } catch {
    throw new ApiRequestError(response.status, `Demarc answered something unreadable (${response.status}). Try again.`);
  }
  if (!response.ok) {
    const refusal = (json as { error?: { code?: string; message?: string; fieldErrors?: FieldErrors } } | null)?.error;
    throw new ApiRequestError(
      response.status,
      refusal?.message ?? `The request failed (${response.status}). Try again.`,
      refusal?.code ?? null,
      refusal?.fieldErrors ?? {},
    );
  }
  return json as T;
}

/** What to tell the user about an error a call threw: the server's message, or a plain fallback. */
export function errorMessage(error: unknown): string {
  return error instanceof ApiRequestError ? error.message : "Something went wrong. Try again.";
}

/** The field errors of a refusal, or none. */
export function fieldErrorsOf(error: unknown): FieldErrors {
  return error instanceof ApiRequestError ? error.fieldErrors : {};
}
