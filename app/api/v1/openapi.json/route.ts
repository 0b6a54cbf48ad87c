import { NextResponse } from "next/server";
import { openApiDocument } from "@/server/openapi/document";

/** The JSON API's OpenAPI 3.1 document, generated from the zod schemas the routes use. Public: it is the reference. */
export async function GET() {
  return NextResponse.json(openApiDocument(), { headers: { "Cache-Control": "public, max-age=300" } });
}
