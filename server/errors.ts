import { z } from "zod";

/**
 * Domain refusals. The domain says what went wrong; `app/_lib/api.ts` decides the HTTP status and
 * pages turn NotFound into their 404 page. Nothing here knows about HTTP.
 */
export type FieldErrors = Record<string, string[]>;

/** The codes are the JSON API's error vocabulary (docs/api.md), not HTTP statuses. */
export type DomainErrorCode = "not_found" | "conflict" | "bad_request" | "forbidden" | "rate_limited";

export abstract class DomainError extends Error {
  abstract readonly code: DomainErrorCode;
  constructor(
    message: string,
    /** Which input fields the refusal is about, for forms to show beside each field. */
    readonly fieldErrors?: FieldErrors,
  ) {
    super(message);
  }
}

/** The thing asked for does not exist, or is not the caller's to see. */
export class NotFound extends DomainError {
  readonly code = "not_found" as const;
}

/** The request is well formed but clashes with the current state (submitted, past due, used twice). */
export class Conflict extends DomainError {
  readonly code = "conflict" as const;
}

/** The input is wrong; `fieldErrors` says which field and why. */
export class Invalid extends DomainError {
  readonly code = "bad_request" as const;
}

/** The caller may not do this. */
export class Forbidden extends DomainError {
  readonly code = "forbidden" as const;
}

/** Too many tries; come back after `retryAfterSeconds`. */
export class RateLimited extends DomainError {
  readonly code = "rate_limited" as const;
  constructor(
    message: string,
    readonly retryAfterSeconds: number,
    fieldErrors?: FieldErrors,
  ) {
    super(message, fieldErrors);
  }
}

/** The field an issue is about: its object keys up to the first array index ("options.count", "learningSteps"). */
function fieldPath(issue: z.core.$ZodIssue): string[] {
  const keys: string[] = [];
  for (const segment of issue.path) {
    if (typeof segment !== "string") break;
    keys.push(segment);
  }
  return keys;
}

/**
 * A zod refusal as an Invalid: each field's messages under its name (z.flattenError, which also
 * folds an array's items into the array's field), a field of a nested object under its dotted path
 * ("options.count", as docs/api.md promises; flattenError would fold it into "options"), and
 * messages about the input as a whole under "form".
 */
function invalidInput(error: z.ZodError, message: string): Invalid {
  const nested = error.issues.filter((issue) => fieldPath(issue).length > 1);
  const { formErrors, fieldErrors } = z.flattenError(new z.ZodError(error.issues.filter((issue) => !nested.includes(issue))));
  const fields: FieldErrors = {};
  for (const [key, messages] of Object.entries(fieldErrors as Record<string, string[] | undefined>))
    if (messages?.length) fields[key] = messages;
  for (const issue of nested) (fields[fieldPath(issue).join(".")] ??= []).push(issue.message);
  if (formErrors.length) fields.form = formErrors;
  return new Invalid(message, fields);
}

/** Parses input with a zod schema, or throws Invalid naming each bad field. */
export function parseInput<T extends z.ZodType>(schema: T, input: unknown, message: string): z.infer<T> {
  const parsed = schema.safeParse(input);
  if (!parsed.success) throw invalidInput(parsed.error, message);
  return parsed.data;
}
