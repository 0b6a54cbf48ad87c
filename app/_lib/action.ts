import { randomUUID } from "node:crypto";
import { DomainError, type DomainErrorCode, type FieldErrors } from "@/server/errors";

/** What every server action answers when it refuses: the same vocabulary as the JSON API's errors. */
export type ActionFailure = { ok: false; code: DomainErrorCode | "internal"; message: string; fieldErrors?: FieldErrors };

/**
 * Runs a server action's body after its guard: domain refusals (bad input, rate limits, conflicts)
 * become `{ ok: false, code, message, fieldErrors }` for the form to show; anything unexpected is
 * logged with a short reference the message carries.
 */
export async function runAction<T extends { ok: boolean }>(name: string, body: () => Promise<T>): Promise<T | ActionFailure> {
  try {
    return await body();
  } catch (error) {
    if (error instanceof DomainError) {
      return { ok: false, code: error.code, message: error.message, ...(error.fieldErrors ? { fieldErrors: error.fieldErrors } : {}) };
    }
    // next/navigation's redirect() and notFound() throw too: let them through.
    if (error instanceof Error && "digest" in error) throw error;
    const requestId = randomUUID().slice(0, 8);
    console.error(`[request ${requestId}] ${name}`, error);
    return { ok: false, code: "internal", message: `Something went wrong on our side (request ${requestId}). Nothing was changed.` };
  }
}
