/**
 * docs/api.md, rendered from the OpenAPI document: the prose, every operation with who may call it,
 * its parameters, body and answers, and every shape field by field. `npm run api-docs` writes it; a
 * test fails when the file differs from what the document renders.
 */
import type { OpenApiDocument } from "@/server/openapi/document";

type Schema = Record<string, unknown> & {
  $ref?: string;
  type?: string | string[];
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema;
  anyOf?: Schema[];
  oneOf?: Schema[];
  enum?: unknown[];
  const?: unknown;
  additionalProperties?: Schema | boolean;
  description?: string;
  default?: unknown;
};
type Operation = {
  summary: string;
  description?: string;
  security?: unknown[];
  parameters?: { name: string; in: string; description?: string; schema: Schema }[];
  requestBody?: { content: Record<string, { schema: Schema; example?: unknown }> };
  responses: Record<
    string,
    {
      description: string;
      headers?: Record<string, { description: string }>;
      content?: Record<string, { schema: Schema; example?: string }>;
    }
  >;
  tags: string[];
};

const refName = (ref: string) => ref.split("/").pop()!;
const anchor = (name: string) => `#${name.toLowerCase()}`;
const code = (text: string) => `\`${text}\``;

function bounds(schema: Schema) {
  const parts: string[] = [];
  const range = (min: unknown, max: unknown, unit = "") => {
    if (min !== undefined && max !== undefined) parts.push(`${min}–${max}${unit}`);
    else if (min !== undefined) parts.push(`≥ ${min}${unit}`);
    else if (max !== undefined) parts.push(`≤ ${max}${unit}`);
  };
  range(schema.minimum, schema.maximum);
  range(schema.minLength, schema.maxLength, " characters");
  range(schema.minItems, schema.maxItems, " items");
  if (schema.format) parts.push(String(schema.format));
  if (schema.default !== undefined) parts.push(`default ${JSON.stringify(schema.default)}`);
  return parts;
}

/** The one variant of "X or null", if the schema is that. */
function nullableOf(schema: Schema): Schema | null {
  const variants = schema.anyOf ?? schema.oneOf;
  if (variants?.length !== 2) return null;
  const [a, b] = variants;
  if (b.type === "null") return a;
  if (a.type === "null") return b;
  return null;
}

/** A short type: `string`, `integer or null`, `"quiz" | "flashcard"`, `array of CitationView`, `map of AreaScore`. */
function typeOf(schema: Schema): string {
  const nullable = nullableOf(schema);
  if (nullable) return `${typeOf(nullable)} or null`;
  if (schema.$ref) return `[${refName(schema.$ref)}](${anchor(refName(schema.$ref))})`;
  if (schema.const !== undefined) return code(JSON.stringify(schema.const));
  if (schema.enum) return schema.enum.map((value) => code(JSON.stringify(value))).join(" \\| ");
  const variants = schema.anyOf ?? schema.oneOf;
  if (variants) return variants.map(typeOf).join(" \\| ");
  const types = Array.isArray(schema.type) ? schema.type : schema.type ? [schema.type] : [];
  if (types.includes("array") && schema.items) return `array of ${typeOf(schema.items)}`;
  if (types.includes("object") && typeof schema.additionalProperties === "object" && !schema.properties)
    return `map of ${typeOf(schema.additionalProperties)}`;
  if (types.length === 0) return "any";
  return types.join(" or ");
}

/** The object a schema describes, if any (through arrays, maps and a nullable variant). */
function objectOf(schema: Schema): Schema | null {
  if (schema.properties) return schema;
  if (schema.items) return objectOf(schema.items);
  if (typeof schema.additionalProperties === "object") return objectOf(schema.additionalProperties);
  const variants = schema.anyOf ?? schema.oneOf;
  if (variants) {
    const objects = variants.filter((v) => v.properties);
    return objects.length === 1 ? objects[0] : null;
  }
  return null;
}

function fields(schema: Schema, depth = 0): string[] {
  const indent = "  ".repeat(depth);
  const object = schema.properties ? schema : null;
  if (!object) return [];
  const lines: string[] = [];
  for (const [name, property] of Object.entries(object.properties!)) {
    const optional = object.required?.includes(name) ? "" : ", optional";
    const inline = objectOf(property);
    const type =
      inline && !property.$ref && !property.items?.$ref
        ? property.items
          ? "array of objects"
          : property.anyOf
            ? "object or null"
            : typeof property.additionalProperties === "object"
              ? "map of objects"
              : "object"
        : typeOf(property);
    const description = property.description ?? nullableOf(property)?.description;
    const notes = [...bounds(nullableOf(property) ?? property), ...(description ? [description] : [])];
    lines.push(`${indent}- ${code(name)} (${type}${optional})${notes.length ? ` — ${notes.join("; ")}` : ""}`);
    if (inline && !property.$ref && !property.items?.$ref) lines.push(...fields(inline, depth + 1));
  }
  return lines;
}

function body(schema: Schema): string[] {
  if (schema.$ref) return [`Body: ${typeOf(schema)}.`];
  const variants = schema.anyOf ?? schema.oneOf;
  if (variants) return [`Body: one of ${variants.map(typeOf).join(", ")}.`];
  return fields(schema);
}

const CALLERS = { public: "no session needed", student: "students", instructor: "instructors", signed: "any signed-in user" };

function callerOf(operation: Operation) {
  if (operation.security?.length === 0) return CALLERS.public;
  const refusal = operation.responses["403"]?.description ?? "";
  if (refusal.includes("not as a student")) return CALLERS.student;
  if (refusal.includes("not as an instructor")) return CALLERS.instructor;
  return CALLERS.signed;
}

/** A component named after its operation (GetMe200): small enough to show in place. */
const isOperationShape = (name: string) => /^(Get|Post|Put|Patch|Delete)[A-Za-z]*\d{3}$/.test(name);

function renderOperation(path: string, method: string, operation: Operation, schemas: Record<string, Schema>): string[] {
  const out = [`### ${code(`${method.toUpperCase()} ${path}`)}`, "", `${operation.summary}. *For ${callerOf(operation)}.*`, ""];
  if (operation.description) out.push(operation.description, "");
  const params = operation.parameters ?? [];
  const pathParams = params.filter((p) => p.in === "path");
  const query = params.filter((p) => p.in === "query");
  if (pathParams.length)
    out.push("Path:", "", ...pathParams.map((p) => `- ${code(p.name)}${p.description ? ` — ${p.description}` : ""}`), "");
  if (query.length) {
    out.push(
      "Query (all optional):",
      "",
      ...query.map(
        (p) =>
          `- ${code(p.name)} (${typeOf(p.schema)})${[...bounds(p.schema), ...(p.description ? [p.description] : [])].map((n) => ` — ${n}`).join("")}`,
      ),
      "",
    );
  }
  const request = operation.requestBody?.content["application/json"];
  if (request) {
    out.push(`Request body (JSON): ${typeOf(request.schema)}`, "");
    if (request.example !== undefined) out.push("```json", JSON.stringify(request.example), "```", "");
  }
  out.push("Answers:", "");
  for (const [status, response] of Object.entries(operation.responses)) {
    const [mediaType, media] = Object.entries(response.content ?? {})[0] ?? [];
    let what = "";
    const shape = media?.schema.$ref ? refName(media.schema.$ref) : null;
    const inPlace = shape && isOperationShape(shape) ? schemas[shape] : null;
    if (mediaType === "application/json")
      what = shape === "Error" ? "" : inPlace ? (inPlace.properties ? "" : ` → ${typeOf(inPlace)}`) : ` → ${typeOf(media!.schema)}`;
    else if (mediaType) what = ` → ${code(mediaType)}`;
    const headers = Object.entries(response.headers ?? {})
      .map(([name, header]) => ` (${code(name)}: ${header.description})`)
      .join("");
    out.push(`- **${status}** ${response.description}${headers}${what}`);
    if (inPlace?.properties) out.push(...body(inPlace).map((line) => `  ${line}`));
  }
  out.push("");
  return out;
}

export function apiMarkdown(document: OpenApiDocument): string {
  const out = [
    "# Demarc JSON API",
    "",
    "<!-- Generated from the OpenAPI document (GET /api/v1/openapi.json) by `npm run api-docs`: edit server/openapi/ and the zod schemas, not this file. -->",
    "",
    document.info.description,
    "",
    "The same reference as OpenAPI 3.1: `GET /api/v1/openapi.json` (JSON Schema 2020-12 throughout).",
    "",
  ];
  for (const tag of document.tags) {
    out.push(`## ${tag.name}`, "", tag.description, "");
    for (const [path, item] of Object.entries(document.paths)) {
      for (const [method, operation] of Object.entries(item as Record<string, Operation>)) {
        if (operation.tags[0] === tag.name)
          out.push(...renderOperation(path, method, operation, document.components.schemas as Record<string, Schema>));
      }
    }
  }
  out.push("## Shapes", "", "Every body above, field by field. Responses carry exactly these fields; optional ones may be left out.", "");
  for (const [name, schema] of Object.entries(document.components.schemas as Record<string, Schema>)) {
    if (isOperationShape(name)) continue;
    out.push(`### ${name}`, "");
    if (schema.description) out.push(schema.description, "");
    const lines = body(schema);
    out.push(...(lines.length ? lines : [`${typeOf(schema)}.`]), "");
  }
  return `${out
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trimEnd()}\n`;
}
