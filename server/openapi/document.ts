/**
 * The OpenAPI 3.1 document of the JSON API, generated from the zod schemas the routes parse with
 * and the zod schemas of server/<feature>/types.ts the handlers are typed by: the two cannot drift.
 * Served at GET /api/v1/openapi.json; docs/api.md is rendered from it (npm run api-docs).
 */
import { z } from "zod";
import type { Operation, ResponseSpec } from "@/server/openapi/operation";
import { API_DESCRIPTION, API_TAGS } from "@/server/openapi/overview";
import { OPERATIONS } from "@/server/openapi/paths/index";
import { SHARED_REQUEST_SCHEMAS, SHARED_SCHEMAS } from "@/server/openapi/shared-schemas";

type JsonSchema = Record<string, unknown>;

export const ERROR_CODES = ["bad_request", "unauthenticated", "forbidden", "not_found", "conflict", "rate_limited", "internal"] as const;

/** Every refusal has this one shape. */
export const errorBodySchema = z.object({
  error: z.object({
    code: z.enum(ERROR_CODES),
    message: z.string().describe("Written for a person: show it."),
    fieldErrors: z
      .record(z.string(), z.array(z.string()))
      .optional()
      .describe('The fields at fault, by dotted path ("selection.count"); "form" for the input as a whole.'),
    requestId: z.string().optional().describe("internal only: the id the server logged the error under."),
  }),
});

const pascal = (text: string) => text.replace(/(^|[^a-zA-Z0-9]+)([a-zA-Z0-9])/g, (_m, _sep, c: string) => c.toUpperCase());

/** "PostApiV1Reviews" for POST /api/v1/reviews: a stable default name for a schema nobody named. */
export function operationId(operation: Pick<Operation, "method" | "path">) {
  return pascal(
    `${operation.method} ${operation.path
      .replace(/^\/api\/(v1\/)?/, "")
      .replace(/[{}]/g, "")
      .replace(/\.(\w+)/, " $1")}`,
  );
}

const MAX_SAFE = Number.MAX_SAFE_INTEGER;

/** zod's JSON Schema, tidied for reading: numbers the client may send as strings say so; no ±2^53 noise. */
function override(context: { zodSchema: unknown; jsonSchema: JsonSchema }) {
  const def = (context.zodSchema as { _zod: { def: { type: string; coerce?: boolean } } })._zod.def;
  const schema = context.jsonSchema;
  if (def.type === "number" && def.coerce && typeof schema.type === "string") schema.type = [schema.type, "string"];
  if (schema.minimum === -MAX_SAFE) delete schema.minimum;
  if (schema.maximum === MAX_SAFE) delete schema.maximum;
}

function tidy(schema: JsonSchema): JsonSchema {
  const { $schema: _schema, $id: _id, ...rest } = schema;
  return rest;
}

/** Gives every schema an operation uses a component name, then converts them all at once so shared shapes become $refs. */
function components(operations: Operation[]) {
  const responses = z.registry<{ id: string }>();
  const requests = z.registry<{ id: string }>();
  const name = (registry: typeof responses, schema: z.ZodType, id: string) => {
    const existing = registry.get(schema)?.id;
    if (existing) return existing;
    registry.add(schema, { id });
    return id;
  };
  for (const [id, schema] of Object.entries(SHARED_SCHEMAS)) name(responses, schema, id);
  for (const [id, schema] of Object.entries(SHARED_REQUEST_SCHEMAS)) name(requests, schema, id);
  name(responses, errorBodySchema, "Error");
  // Names given by an operation first, so a schema two operations share keeps the given one.
  for (const operation of operations) {
    if (operation.body?.name) name(requests, operation.body.schema, operation.body.name);
    for (const response of Object.values(operation.responses)) {
      if (response.schema && response.name) name(responses, response.schema, response.name);
    }
  }
  const refs = new Map<string, string>();
  for (const operation of operations) {
    const base = operationId(operation);
    if (operation.body) refs.set(`${base} body`, name(requests, operation.body.schema, operation.body.name ?? `${base}Request`));
    for (const [status, response] of Object.entries(operation.responses)) {
      if (response.schema) refs.set(`${base} ${status}`, name(responses, response.schema, response.name ?? `${base}${status}`));
    }
  }
  const convert = (registry: typeof responses, io: "input" | "output") =>
    (
      z.toJSONSchema(registry, {
        target: "draft-2020-12",
        io,
        unrepresentable: "any",
        override,
        uri: (id) => `#/components/schemas/${id}`,
      }) as { schemas: Record<string, JsonSchema> }
    ).schemas;
  const schemas: Record<string, JsonSchema> = {};
  for (const [id, schema] of [...Object.entries(convert(responses, "output")), ...Object.entries(convert(requests, "input"))]) {
    if (schemas[id]) throw new Error(`Two schemas are both named ${id} in the OpenAPI document.`);
    schemas[id] = tidy(schema);
  }
  return { schemas, refs };
}

const ref = (id: string) => ({ $ref: `#/components/schemas/${id}` });

function withRefusals(operation: Operation): Record<number, ResponseSpec> {
  const responses: Record<number, ResponseSpec> = { ...operation.responses };
  if (operation.caller !== "public") responses[401] ??= { description: "Not signed in." };
  if (operation.caller === "student" || operation.caller === "instructor") {
    responses[403] ??= { description: `Signed in, but not as ${operation.caller === "student" ? "a student" : "an instructor"}.` };
  }
  return responses;
}

function parameters(operation: Operation) {
  const pathParams = [...operation.path.matchAll(/\{(\w+)\}/g)].map(([, name]) => ({
    name,
    in: "path",
    required: true,
    description: operation.params?.[name]?.description,
    schema: { type: "string" },
  }));
  const query = operation.query
    ? Object.entries(
        (
          z.toJSONSchema(operation.query, { target: "draft-2020-12", io: "input", unrepresentable: "any", override }) as {
            properties: Record<string, JsonSchema>;
            required?: string[];
          }
        ).properties,
      ).map(([name, schema]) => {
        const { description, ...rest } = schema;
        return {
          name,
          in: "query",
          required: false,
          ...(description ? { description } : {}),
          ...(rest.type === "array" ? { explode: true } : {}),
          schema: rest,
        };
      })
    : [];
  return [...pathParams, ...query];
}

/** The whole document: OpenAPI 3.1, JSON Schema 2020-12 throughout. */
export function openApiDocument(operations: Operation[] = OPERATIONS) {
  const { schemas, refs } = components(operations);
  const paths: Record<string, Record<string, unknown>> = {};
  for (const operation of operations) {
    const base = operationId(operation);
    const responses = Object.fromEntries(
      Object.entries(withRefusals(operation))
        .sort(([a], [b]) => Number(a) - Number(b))
        .map(([status, response]) => {
          const headers = response.headers
            ? Object.fromEntries(
                Object.entries(response.headers).map(([header, description]) => [header, { description, schema: { type: "string" } }]),
              )
            : undefined;
          let content: Record<string, unknown> | undefined;
          if (response.media)
            content = {
              [response.media.type]: { schema: { type: "string" }, ...(response.media.example ? { example: response.media.example } : {}) },
            };
          else if (response.schema) content = { "application/json": { schema: ref(refs.get(`${base} ${status}`)!) } };
          else if (Number(status) >= 400) content = { "application/json": { schema: ref("Error") } };
          return [status, { description: response.description, ...(headers ? { headers } : {}), ...(content ? { content } : {}) }];
        }),
    );
    paths[operation.path] ??= {};
    paths[operation.path][operation.method] = {
      operationId: base,
      tags: [operation.tag],
      summary: operation.summary,
      ...(operation.description ? { description: operation.description } : {}),
      ...(operation.caller === "public" ? { security: [] } : {}),
      ...(parameters(operation).length ? { parameters: parameters(operation) } : {}),
      ...(operation.body
        ? {
            requestBody: {
              required: true,
              content: {
                "application/json": {
                  schema: ref(refs.get(`${base} body`)!),
                  ...(operation.body.example ? { example: operation.body.example } : {}),
                },
              },
            },
          }
        : {}),
      responses,
    };
  }
  return {
    openapi: "3.1.0",
    jsonSchemaDialect: "https://json-schema.org/draft/2020-12/schema",
    info: { title: "Demarc JSON API", version: "1", description: API_DESCRIPTION },
    servers: [{ url: "/" }],
    tags: API_TAGS,
    security: [{ session: [] }],
    paths,
    components: {
      schemas,
      securitySchemes: {
        session: {
          type: "apiKey",
          in: "cookie",
          name: "next-auth.session-token",
          description:
            "The session cookie sign-in sets (`__Secure-next-auth.session-token` over HTTPS). Sign in with `GET /api/auth/csrf`, then `POST /api/auth/callback/credentials`.",
        },
      },
    },
  };
}

export type OpenApiDocument = ReturnType<typeof openApiDocument>;
