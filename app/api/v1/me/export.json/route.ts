import { apiRoute, downloadResponse } from "@/app/_lib/api";
import { requireUser } from "@/app/_lib/session";
import { accountExport } from "@/server/accounts/export";
import { getDb } from "@/server/db";

/** Everything Demarc holds about the signed-in account. */
export const GET = apiRoute(async () => {
  const user = await requireUser();
  const everything = await accountExport(getDb(), user.id, Date.now());
  return downloadResponse(JSON.stringify(everything, null, 2), "demarc-my-data.json", "application/json; charset=utf-8");
});
