import { NextResponse } from "next/server";
import { databaseHealth } from "@/server/health";

export const dynamic = "force-dynamic";

export async function GET() {
  const health = await databaseHealth();
  if (!health.ok) {
    return NextResponse.json({ status: "error", db: "unreachable", reason: health.reason }, { status: 503 });
  }
  return NextResponse.json({ status: "ok", db: "ok" });
}
