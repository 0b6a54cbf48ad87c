/**
 * How an operation of the JSON API is described: its input schemas (the zod schemas the route
 * parses with) and, per status, the zod schema of the body it answers. server/openapi/document.ts
 * turns the list into OpenAPI 3.1; docs/api.md is rendered from that document. Operations are declared
 * through their section (server/openapi/sections.ts), which supplies what they have in common.
 */
import type { z } from "zod";

export type HttpMethod = "get" | "post" | "put" | "patch" | "delete";

/** Who may call: nobody signed in needed, any account, or one role (others get 403). */
export type Caller = "public" | "signed-in" | "student" | "instructor";

export interface ResponseSpec {
  description: string;
  /** A JSON body. Error statuses get the shared Error body when this is left out. */
  schema?: z.ZodType;
  /** The component name of `schema` when shared-schemas.ts does not name it (else one is made from the operation). */
  name?: string;
  /** A download or text body instead of JSON: its media type and an example of its start. */
  media?: { type: string; example?: string };
  headers?: Record<string, string>;
}

/** The JSON body, as the zod schema the route parses it with, its component name and an example. */
export interface RequestBody {
  schema: z.ZodType;
  name?: string;
  example?: unknown;
}

/** A path parameter of a section: what it is, and the refusal when it names nothing of the caller's. */
export interface PathParam {
  description?: string;
  notFound: string;
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
  /** What the path parameters named in `path` are (its section's table). */
  params?: Record<string, PathParam>;
  /** The query string, as the zod object the route parses it with. */
  query?: z.ZodObject;
  body?: RequestBody;
  responses: Record<number, ResponseSpec>;
}

/** A refusal's status, with the rule that gives it (the Error body is implied). */
export const refusal = (description: string): ResponseSpec => ({ description });

/** 429, with the header every rate limit answers with. */
export const rateLimited = (description: string): ResponseSpec => ({ description, headers: { "Retry-After": "Seconds to wait." } });

/** What one operation declares besides its route and summary: `caller` only where it differs from its section's. */
type Details = Omit<Operation, "method" | "path" | "tag" | "summary" | "caller" | "params"> & { caller?: Caller };

/**
 * The operations of one section of the reference, declared by route ("GET /api/v1/exams/{attemptId}")
 * and summary. The section gives the tag, the usual caller and its path parameters: an operation with
 * any answers 404 as its last one says, unless it declares its own 404.
 */
export function section(tag: string, caller: Caller, params: Record<string, PathParam> = {}) {
  return (route: `${Uppercase<HttpMethod>} /${string}`, summary: string, details: Details): Operation => {
    const [method, path] = route.split(" ");
    const named = [...path.matchAll(/\{(\w+)\}/g)].map(([, name]) => name);
    for (const name of named) if (!params[name]) throw new Error(`${route}: the ${tag} section does not describe {${name}}.`);
    const notFound: Record<number, ResponseSpec> = named.length ? { 404: refusal(params[named[named.length - 1]].notFound) } : {};
    return {
      ...details,
      method: method.toLowerCase() as HttpMethod,
      path,
      tag,
      summary,
      caller: details.caller ?? caller,
      params,
      responses: { ...notFound, ...details.responses },
    };
  };
}
