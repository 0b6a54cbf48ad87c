import { NextResponse } from "next/server";
import { ApiError, apiRoute } from "@/app/_lib/api";
import { requireUser } from "@/app/_lib/session";
import { bankSearchSchema } from "@/server/classes/input";
import { browseBank } from "@/server/classes/bank-browser";
import { getDb } from "@/server/db";

type Context = { params: Promise<{ classId: string }> };

/** The bank browser: assignable items (and the class's imported questions) matching a search. */
export const GET = apiRoute(async (request: Request, context: Context) => {
  const instructor = await requireUser("instructor");
  const { classId } = await context.params;
  const parsed = bankSearchSchema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!parsed.success) {
    const fieldErrors: Record<string, string[]> = {};
    for (const issue of parsed.error.issues) (fieldErrors[issue.path.join(".") || "query"] ??= []).push(issue.message);
    throw new ApiError("bad_request", "Some search parameters are invalid.", { fieldErrors });
  }
  return NextResponse.json(await browseBank(getDb(), instructor.id, classId, parsed.data));
});
