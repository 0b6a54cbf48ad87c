import { NextResponse } from "next/server";
import { openApiDocument } from "@/server/openapi/document";

// Built once per server process (about 30 ms of schema conversion), then served as is.
let built: ReturnType<typeof openApiDocument> | undefined;

/** The JSON API's OpenAPI 3.1 document, generated from the zod schemas the routes use. Public: it is the reference. */
export async function GET() {
  built ??= openApiDocument();
  return NextResponse.json(built, { headers: { "Cache-Control": "public, max-age=300" } });
}
