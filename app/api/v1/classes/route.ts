import { NextResponse } from "next/server";
import { apiRoute, parseJsonBody } from "@/app/_lib/api";
import { requireUser } from "@/app/_lib/session";
import { createClassSchema } from "@/server/classes/input";
import { classesTaughtBy, createClass } from "@/server/classes/classes";
import { getDb } from "@/server/db";

export const GET = apiRoute(async () => {
  const instructor = await requireUser("instructor");
  const classes = await classesTaughtBy(getDb(), instructor.id);
  return NextResponse.json({ classes });
});

export const POST = apiRoute(async (request: Request) => {
  const instructor = await requireUser("instructor");
  const { name } = await parseJsonBody(request, createClassSchema);
  return NextResponse.json(await createClass(getDb(), instructor.id, name, Date.now()), { status: 201 });
});
