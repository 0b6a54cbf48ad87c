import { NextResponse } from "next/server";
import { apiRoute } from "@/app/_lib/api";
import { requireUser } from "@/app/_lib/session";
import { getDb } from "@/db";
import { classesOfInstructor } from "@/db/queries/classes";

export const GET = apiRoute(async () => {
  const instructor = await requireUser("instructor");
  const classes = await classesOfInstructor(getDb(), instructor.id);
  return NextResponse.json({ classes });
});
