import { randomUUID } from "node:crypto";
import { NextResponse } from "next/server";
import type { z } from "zod";
import { DomainError, parseInput, RateLimited } from "@/server/errors";

export type ApiErrorCode =
  | "bad_request"
  | "unauthenticated"
  | "forbidden"
  | "not_found"
  | "conflict"
  | "rate_limited"
  | "internal";

const STATUS: Record<ApiErrorCode, number> = {
  bad_request: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  rate_limited: 429,
  internal: 500,
};

/** An HTTP-level refusal (no session, wrong role, unreadable body); `apiRoute` turns it into the JSON answer. */
export class ApiError extends Error {
  constructor(
    readonly code: ApiErrorCode,
    message: string,
    readonly details?: { fieldErrors?: Record<string, string[]>; retryAfterSeconds?: number },
  ) {
    super(message);
  }
}

/** The one error shape of every JSON refusal. */
export function jsonError(
  code: ApiErrorCode,
  message: string,
  details?: { fieldErrors?: Record<string, string[]>; retryAfterSeconds?: number; requestId?: string },
) {
  const headers: Record<string, string> = {};
  if (details?.retryAfterSeconds) headers["Retry-After"] = String(details.retryAfterSeconds);
  return NextResponse.json(
    { error: { code, message, ...(details?.fieldErrors ? { fieldErrors: details.fieldErrors } : {}), ...(details?.requestId ? { requestId: details.requestId } : {}) } },
    { status: STATUS[code], headers },
  );
}

/** The request's JSON body, or a 400 when it is not JSON. */
export async function readJsonBody(request: Request): Promise<unknown> {
  try {
    return await request.json();
  } catch {
    throw new ApiError("bad_request", "The request body must be valid JSON.");
  }
}

/** Parses a JSON body with a zod schema, refusing bad input with a 400 that says what was wrong. */
export async function parseJsonBody<T extends z.ZodType>(request: Request, schema: T, message = "Some fields are missing or invalid."): Promise<z.infer<T>> {
  return parseInput(schema, await readJsonBody(request), message);
}

/** A domain refusal as its JSON answer: NotFound 404, Conflict 409, Invalid 400, Forbidden 403, RateLimited 429. */
export function domainErrorResponse(error: DomainError) {
  return jsonError(error.code, error.message, {
    fieldErrors: error.fieldErrors,
    retryAfterSeconds: error instanceof RateLimited ? error.retryAfterSeconds : undefined,
  });
}

type Handler<C> = (request: Request, context: C) => Promise<Response>;

/** Wraps a route handler: ApiErrors and domain errors become their JSON answer; anything else is logged with a request id. */
export function apiRoute<C>(handler: Handler<C>): Handler<C> {
  return async (request, context) => {
    try {
      return await handler(request, context);
    } catch (error) {
      if (error instanceof ApiError) return jsonError(error.code, error.message, error.details);
      if (error instanceof DomainError) return domainErrorResponse(error);
      const requestId = randomUUID().slice(0, 8);
      console.error(`[request ${requestId}] ${request.method} ${new URL(request.url).pathname}`, error);
      return jsonError("internal", `Something went wrong on our side (request ${requestId}).`, { requestId });
    }
  };
}

/** A file to save: its media type, and a file name the user recognises (ASCII fallback plus the UTF-8 name). */
export function downloadResponse(body: string, fileName: string, contentType: string): Response {
  return new Response(body, {
    headers: {
      "Content-Type": contentType,
      "Content-Disposition": `attachment; filename="${fileName.replace(/[^\w.-]+/g, "-")}"; filename*=UTF-8''${encodeURIComponent(fileName)}`,
      "Cache-Control": "no-store",
    },
  });
}

/** A CSV download: UTF-8, with a file name a spreadsheet user recognises. */
export function csvResponse(csv: string, fileName: string): Response {
  return downloadResponse(csv, fileName, "text/csv; charset=utf-8");
}
