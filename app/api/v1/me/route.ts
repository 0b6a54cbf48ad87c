import { NextResponse } from "next/server";
import { apiRoute } from "@/app/_lib/api";
import { requireUser } from "@/app/_lib/session";

export const GET = apiRoute(async () => {
  const user = await requireUser();
  return NextResponse.json({ user });
});
