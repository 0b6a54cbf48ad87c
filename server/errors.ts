/**
 * Domain refusals. The domain says what went wrong; `app/_lib/api.ts` decides the HTTP status and
 * pages turn NotFound into their 404 page. Nothing here knows about HTTP.
 */
export type FieldErrors = Record<string, string[]>;

/** The codes are the JSON API's error vocabulary (docs/api.md), not HTTP statuses. */
export type DomainErrorCode = "not_found" | "conflict" | "bad_request" | "forbidden" | "rate_limited";

export abstract class DomainError extends Error {
  abstract readonly code: DomainErrorCode;
}

/** The thing asked for does not exist, or is not the caller's to see. */
export class NotFound extends DomainError {
  readonly code = "not_found" as const;
  constructor(
    message: string,
    readonly fieldErrors?: FieldErrors,
  ) {
    super(message);
  }
}

/** The request is well formed but clashes with the current state (submitted, past due, used twice). */
export class Conflict extends DomainError {
  readonly code = "conflict" as const;
}

/** The input is wrong; `fieldErrors` says which field and why. */
export class Invalid extends DomainError {
  readonly code = "bad_request" as const;
  constructor(
    message: string,
    readonly fieldErrors?: FieldErrors,
  ) {
    super(message);
  }
}

/** The caller may not do this. */
export class Forbidden extends DomainError {
  readonly code = "forbidden" as const;
  constructor(
    message: string,
    readonly fieldErrors?: FieldErrors,
  ) {
    super(message);
  }
}

/** Too many tries; come back after `retryAfterSeconds`. */
export class RateLimited extends DomainError {
  readonly code = "rate_limited" as const;
  constructor(
    message: string,
    readonly retryAfterSeconds: number,
    readonly fieldErrors?: FieldErrors,
  ) {
    super(message);
  }
}
