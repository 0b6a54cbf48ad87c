/**
 * How an operation of the JSON API is described: its input schemas (the zod schemas the route
 * parses with) and, per status, the zod schema of the body it answers. server/openapi/document.ts
 * turns the list into OpenAPI 3.1; docs/api.md is rendered from that document.
 */
import type { z } from "zod";

export type HttpMethod = "get" | "post" | "put" | "patch" | "delete";

/** Who may call: nobody signed in needed, any account, or one role (others get 403). */
export type Caller = "public" | "signed-in" | "student" | "instructor";

export interface ResponseSpec {
  description: string;
  /** A JSON body. Error statuses get the shared Error body when this is left out. */
  schema?: z.ZodType;
  /** A download or text body instead of JSON: its media type and an example of its start. */
  media?: { type: string; example?: string };
  headers?: Record<string, string>;
}

export interface Operation {
  method: HttpMethod;
  path: string;
  /** The section of the reference it belongs in. */
  tag: string;
  summary: string;
  /** Markdown: rules a client must know that the schemas cannot say. */
  description?: string;
  caller: Caller;
  /** Descriptions of the path parameters named in `path`. */
  params?: Record<string, string>;
  /** The query string, as the zod object the route parses it with. */
  query?: z.ZodObject;
  /** The JSON body, as the zod schema the route parses it with. */
  body?: z.ZodType;
  bodyExample?: unknown;
  /** Component names for the body and the success responses, so the reference can link them. */
  names?: { body?: string; responses?: Record<number, string> };
  responses: Record<number, ResponseSpec>;
}

/** A refusal's status, with the rule that gives it (the Error body is implied). */
export const refusal = (description: string): ResponseSpec => ({ description });
