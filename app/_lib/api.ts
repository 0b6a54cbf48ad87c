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
  | "payload_too_large"
  | "unsupported_media_type"
  | "rate_limited"
  | "internal";

const STATUS: Record<ApiErrorCode, number> = {
  bad_request: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  payload_too_large: 413,
  unsupported_media_type: 415,
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
    {
      error: {
        code,
        message,
        ...(details?.fieldErrors ? { fieldErrors: details.fieldErrors } : {}),
        ...(details?.requestId ? { requestId: details.requestId } : {}),
      },
    },
    { status: STATUS[code], headers },
  );
}

/** How big a request body may be. Every route that reads a body reads it through readBody, under one of these. */
export const BODY_LIMITS = {
  /** Reviews, answers, settings, sign-in, registration: a few hundred bytes in practice. */
  small: 64 * 1024,
  /** An assignment: up to 4,000 characters of instructions and 100 hand-picked question ids. */
  assignment: 256 * 1024,
  /** A GIFT import: up to 500,000 characters, each up to 6 bytes once JSON-escaped. */
  giftImport: 3 * 1024 * 1024,
} as const;

const size = (bytes: number) => (bytes >= 1024 * 1024 ? `${bytes / 1024 / 1024} MB` : `${bytes / 1024} KB`);

/**
 * The request's body as bytes, refusing with 413 past `maxBytes` without reading further: a
 * declared Content-Length is checked first, and a body sent without one is counted as it streams.
 */
export const bodyTooLarge = (maxBytes: number) =>
  new ApiError("payload_too_large", `The request body is larger than this endpoint accepts (${size(maxBytes)}).`);

export async function readBody(request: Request, maxBytes: number): Promise<Uint8Array<ArrayBuffer>> {
  const tooLarge = () => bodyTooLarge(maxBytes);
  const declared = Number(request.headers.get("content-length") ?? 0);
  if (declared > maxBytes) throw tooLarge();
  if (!request.body) return new Uint8Array();
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw tooLarge();
    }
    chunks.push(value);
  }
  const body = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    body.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return body;
}

/** A body the client labelled as something other than JSON is refused (415) rather than guessed at. */
function assertJsonContentType(request: Request) {
  const type = request.headers.get("content-type");
  if (type === null) return;
  const media = type.split(";")[0].trim().toLowerCase();
  if (media !== "application/json" && !/^application\/[\w.+-]+\+json$/.test(media)) {
    throw new ApiError(
      "unsupported_media_type",
      `Send the body as JSON, with Content-Type: application/json (not ${media || "an empty type"}).`,
    );
  }
}

/** The request's JSON body: 413 past the size limit, 415 when labelled as something else, 400 when it is not UTF-8 JSON. */
export async function readJsonBody(request: Request, maxBytes: number = BODY_LIMITS.small): Promise<unknown> {
  assertJsonContentType(request);
  const bytes = await readBody(request, maxBytes);
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new ApiError("bad_request", "The request body must be UTF-8 text.");
  }
  try {
    return JSON.parse(text);
  } catch {
    throw new ApiError("bad_request", "The request body must be valid JSON.");
  }
}

/** Parses a JSON body with a zod schema, refusing bad input with a 400 that says what was wrong. */
export async function parseJsonBody<T extends z.ZodType>(
  request: Request,
  schema: T,
  message = "Some fields are missing or invalid.",
  maxBytes: number = BODY_LIMITS.small,
): Promise<z.infer<T>> {
  return parseInput(schema, await readJsonBody(request, maxBytes), message);
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
